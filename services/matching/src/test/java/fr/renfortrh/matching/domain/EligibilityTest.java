package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.Availability.Period;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.matching.domain.VolunteerSchedule.Booking;
import fr.renfortrh.matching.domain.allocation.SyntheticNormandy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static fr.renfortrh.matching.domain.Fixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    private final OpenNeed need = nightNeed(night(MONDAY));
    private final VolunteerSchedule free = VolunteerSchedule.empty("v1");

    private Eligibility.Verdict assess(Candidate candidate) {
        return Eligibility.assess(candidate, need, free, Audience.ESTABLISHMENT);
    }

    @Test
    void aVerifiedNurseNearbyAvailableAtNightIsEligibleAndToldWhy() {
        var verdict = assess(nurse("v1"));

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.distanceKm()).isBetween(15.0, 25.0);
        assertThat(verdict.met()).contains("Profil vérifié par l'ARS", "Disponible sur tous les créneaux");
    }

    @Test
    void anUnverifiedOrPausedVolunteerIsNeverShortlisted() {
        for (var status : List.of(VolunteerStatus.SUBMITTED, VolunteerStatus.PAUSED, VolunteerStatus.REJECTED)) {
            var c = nurse("v1");
            var candidate = new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), status,
                    c.department(), c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(),
                    c.contractTypes(), c.maxHoursPerWeek(), c.earliestStart(), c.availability(), c.confirmedAt(),
                    c.experienceYears(), c.unitExperience(), c.weeklyContactBudget(), c.contactConsent());
            assertThat(assess(candidate).eligible()).isFalse();
        }
    }

    @Test
    void aVolunteerFartherThanTheirMaximumTravelDistanceIsExcluded() {
        var c = nurse("v1");
        var homeInCherbourg = new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), c.status(),
                "50", 49.63984, -1.61631, 30, List.of("50", "76"), c.contractTypes(), 48, null, c.availability(),
                c.confirmedAt(), 1, List.of(), 3, c.contactConsent());

        var verdict = assess(homeInCherbourg);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).anyMatch(reason -> reason.startsWith("Trop loin"));
    }

    @Test
    void theContractTypeMustBeAccepted() {
        var c = nurse("v1");
        var onlySecondment = new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), c.status(),
                c.department(), c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(),
                List.of(ContractType.MISE_A_DISPOSITION), 48, null, c.availability(), c.confirmedAt(), 1, List.of(),
                3, c.contactConsent());
        assertThat(assess(onlySecondment).eligible()).isFalse();
    }

    @Test
    void aVolunteerWhoWantsOnlyTheArsIsHiddenFromEstablishmentsButNotFromTheArs() {
        var c = nurse("v1");
        var arsOnly = new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), c.status(),
                c.department(), c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(),
                c.contractTypes(), 48, null, c.availability(), c.confirmedAt(), 1, List.of(), 3, ContactConsent.ARS_ONLY);

        assertThat(Eligibility.assess(arsOnly, need, free, Audience.ESTABLISHMENT).eligible()).isFalse();
        assertThat(Eligibility.assess(arsOnly, need, free, Audience.ARS).eligible()).isTrue();
    }

    @Test
    void availabilityMustCoverTheShiftsAndUnavailabilityAlwaysWins() {
        var c = nurse("v1");
        int daysOnly = 0;
        for (int day = 0; day < 7; day++) {
            daysOnly |= 1 << (2 * day);
        }
        var dayWorker = withAvailability(c, new Availability(daysOnly, List.of(), List.of(), null));
        var onHoliday = withAvailability(c, new Availability(Fixtures.ALL_WEEK, List.of(),
                List.of(new Period(MONDAY, MONDAY)), null));
        var availableNow = withAvailability(c, new Availability(0, List.of(), List.of(), MONDAY.plusDays(3).atStartOfDay()));
        var inPeriod = withAvailability(c, new Availability(0, List.of(new Period(MONDAY, MONDAY.plusDays(1))), List.of(), null));

        assertThat(assess(dayWorker).eligible()).isFalse();
        assertThat(assess(onHoliday).eligible()).isFalse();
        assertThat(assess(availableNow).eligible()).isTrue();
        assertThat(assess(inPeriod).eligible()).isTrue();
    }

    @Test
    void aVolunteerAlreadyOnMissionOrWithoutElevenHoursRestOrOverFortyEightHoursIsExcluded() {
        var overlapping = free.book(new Booking("p0", "n0", List.of(shift(MONDAY.atTime(22, 0), 4))));
        var tooLittleRest = free.book(new Booking("p0", "n0", List.of(shift(MONDAY.atTime(8, 0), 10))));
        var bookings = new ArrayList<fr.renfortrh.contracts.events.ShiftSnapshot>();
        for (int day = 2; day <= 5; day++) {
            bookings.add(shift(MONDAY.plusDays(day).atTime(7, 0), 12));
        }
        var fullWeek = free.book(new Booking("p0", "n0", bookings));

        for (var schedule : List.of(overlapping, tooLittleRest, fullWeek)) {
            assertThat(Eligibility.assess(nurse("v1"), need, schedule, Audience.ESTABLISHMENT).eligible()).isFalse();
        }
    }

    private static Candidate withAvailability(Candidate c, Availability availability) {
        return new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), c.status(), c.department(),
                c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(), c.contractTypes(),
                c.maxHoursPerWeek(), c.earliestStart(), availability, c.confirmedAt(), c.experienceYears(),
                c.unitExperience(), c.weeklyContactBudget(), c.contactConsent());
    }

    @Test
    void theQuietCheckUsedForRankingAndTheEligiblesLinesAgreeWithTheExplainedCheckOnEveryPair() {
        var normandy = SyntheticNormandy.nominal(Fixtures.NOW);
        var schedule = VolunteerSchedule.empty("any").book(new VolunteerSchedule.Booking("p", "n", normandy.needs().get(3).shifts()));
        int eligible = 0;
        for (OpenNeed need : normandy.needs().subList(0, 40)) {
            for (Candidate candidate : normandy.volunteers()) {
                for (Audience audience : Audience.values()) {
                    var verdict = Eligibility.assess(candidate, need, schedule, audience);
                    boolean explained = verdict.eligible();
                    assertThat(Eligibility.isEligible(candidate, need, schedule, audience)).isEqualTo(explained);
                    if (explained) {
                        assertThat(Eligibility.metByEligible(candidate, need, verdict.distanceKm(), audience))
                                .isEqualTo(verdict.met());
                    }
                    eligible += explained ? 1 : 0;
                }
            }
        }
        assertThat(eligible).isPositive();
    }

    @Test
    void whoeverLacksABitOfANeedsRequirementIsNeverEligibleForItAndTheBitsPassOverMostOfThoseWhoAreNot() {
        var normandy = SyntheticNormandy.nominal(Fixtures.NOW);
        var free = VolunteerSchedule.empty("any");
        int passedOver = 0;
        int ineligible = 0;
        for (OpenNeed need : normandy.needs().subList(0, 40)) {
            for (Audience audience : Audience.values()) {
                long requirement = Eligibility.requirement(need, audience);
                for (Candidate candidate : normandy.volunteers()) {
                    boolean eligible = Eligibility.isEligible(candidate, need, free, audience);
                    if (!Eligibility.meets(Eligibility.offer(candidate), requirement)) {
                        assertThat(eligible).isFalse();
                        passedOver++;
                    }
                    ineligible += eligible ? 0 : 1;
                }
            }
        }
        assertThat(passedOver).isGreaterThan(ineligible / 4);
    }
}
