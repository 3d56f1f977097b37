package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.allocation.SyntheticNormandy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;

class ReachGridTest {

    @Test
    void everyPlaceWithinTheVolunteersTravelDistanceIsInOneOfTheirCellsAndTheGridFindsThemThere() {
        Candidate rouen = nurse("rouen");
        List<Long> cells = ReachGrid.cellsReachedBy(rouen);
        ReachGrid grid = ReachGrid.of(List.of(rouen));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            double latitude = rouen.latitude() + random.nextDouble(-1, 1);
            double longitude = rouen.longitude() + random.nextDouble(-1.5, 1.5);
            double distance = Commune.haversineKm(rouen.latitude(), rouen.longitude(), latitude, longitude);
            if (distance <= rouen.maxTravelKm()) {
                assertThat(cells).contains(ReachGrid.cellOf(latitude, longitude));
                assertThat(grid.inReachOf(needAt(latitude, longitude), Audience.ESTABLISHMENT, NOW).candidates()).containsExactly(rouen);
            }
        }
    }

    @Test
    void theCellsOfATravelDiskLeaveOutTheCornersOfItsSquare() {
        Candidate rouen = volunteerAt(49.44, 1.10, 80);
        double corner = 79 / 111.2; // a place 79 km north and 79 km east: 112 km away

        assertThat(ReachGrid.cellsReachedBy(rouen))
                .contains(ReachGrid.cellOf(rouen.latitude() + corner, rouen.longitude()))
                .doesNotContain(ReachGrid.cellOf(rouen.latitude() + corner,
                        rouen.longitude() + corner / Math.cos(Math.toRadians(rouen.latitude() + corner))));
    }

    @Test
    void farPlacesAndVolunteersWithoutALocationAreNotFound() {
        Candidate rouen = nurse("rouen");
        ReachGrid grid = ReachGrid.of(List.of(rouen));

        OpenNeed inCherbourg = needAt(49.63984, -1.61631); // 240 km away
        assertThat(grid.inReachOf(inCherbourg, Audience.ESTABLISHMENT, NOW).candidates()).isEmpty();
        assertThat(Shortlist.rank(inCherbourg, grid.inReachOf(inCherbourg, Audience.ESTABLISHMENT, NOW), ids -> Map.of(),
                Audience.ESTABLISHMENT, NOW, 20)).isEmpty();
        assertThat(ReachGrid.cellsReachedBy(volunteerAt(0, 0, 30))).isEmpty();
        assertThat(grid.file(volunteerAt(0, 0, 30))).isFalse();
    }

    @Test
    void onlyVerifiedVolunteersOfTheNeedsProfessionAreFound() {
        Candidate rouen = nurse("rouen");
        Candidate paused = withStatus(nurse("paused"), VolunteerStatus.PAUSED);
        Candidate doctor = new Candidate("doctor", "D.R.", List.of(Profession.MEDECIN), null, VolunteerStatus.VERIFIED, "76",
                rouen.latitude(), rouen.longitude(), 30, rouen.departmentsAccepted(), rouen.contractTypes(), 48, null,
                rouen.availability(), rouen.confirmedAt(), 1, List.of(), 3, rouen.contactConsent());
        ReachGrid grid = new ReachGrid();

        assertThat(grid.file(rouen)).isTrue();
        assertThat(grid.file(paused)).isFalse();
        assertThat(grid.file(doctor)).isTrue();
        assertThat(grid.inReachOf(needAt(rouen.latitude(), rouen.longitude()), Audience.ESTABLISHMENT, NOW).candidates()).containsExactly(rouen);
    }

    @Test
    void aVolunteerWhoMovesIsFoundOnlyWhereTheyNowLive() {
        ReachGrid grid = new ReachGrid();
        Candidate inRouen = nurse("v");
        Candidate inCherbourg = nurse("v", 49.63984, -1.61631);
        OpenNeed atRouen = needAt(inRouen.latitude(), inRouen.longitude());
        OpenNeed atCherbourg = needAt(inCherbourg.latitude(), inCherbourg.longitude());
        grid.file(inRouen);
        assertThat(grid.inReachOf(atRouen, Audience.ESTABLISHMENT, NOW).candidates()).containsExactly(inRouen);

        grid.unfile(inRouen);
        grid.file(inCherbourg);

        assertThat(grid.inReachOf(atRouen, Audience.ESTABLISHMENT, NOW).candidates()).isEmpty();
        assertThat(grid.inReachOf(atCherbourg, Audience.ESTABLISHMENT, NOW).candidates()).containsExactly(inCherbourg);
    }

    @Test
    void everyoneInReachIsReadOnceBestBoundFirstAndNoneScoresAboveTheirBoundEvenHoursAfterTheOrderWasBuilt() {
        var normandy = SyntheticNormandy.nominal(NOW);
        ReachGrid grid = ReachGrid.of(normandy.volunteers());
        int readWithTheirUnit = 0;
        for (Instant now : List.of(NOW, NOW.plus(Duration.ofHours(5)), NOW.plus(Duration.ofDays(3)))) {
            for (OpenNeed need : normandy.needs().subList(0, 40)) {
                var inReach = grid.inReachOf(need, Audience.ESTABLISHMENT, now);
                List<Candidate> read = new ArrayList<>();
                double previous = Double.POSITIVE_INFINITY;
                while (inReach.hasNext()) {
                    double bound = inReach.nextBound();
                    Candidate candidate = inReach.next();
                    var score = Scoring.score(candidate, need, Eligibility.distanceKm(candidate, need),
                            VolunteerSchedule.empty(candidate.volunteerId()), now);
                    assertThat(bound).isGreaterThanOrEqualTo(score.total()).isLessThanOrEqualTo(previous);
                    previous = bound;
                    read.add(candidate);
                    readWithTheirUnit += candidate.unitExperience().contains(need.unitType()) ? 1 : 0;
                }
                assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inReach.candidates());
            }
        }
        assertThat(readWithTheirUnit).isPositive();
    }

    @Test
    void aFilteredReadingKeepsTheOrderOfThoseItKeeps() {
        var normandy = SyntheticNormandy.nominal(NOW);
        OpenNeed need = normandy.needs().getFirst();
        var grid = ReachGrid.of(normandy.volunteers());

        List<Candidate> experienced = readAll(grid.inReachOf(need, Audience.ESTABLISHMENT, NOW).matching(candidate -> candidate.experienceYears() >= 5));

        assertThat(experienced).isNotEmpty().containsExactlyElementsOf(
                readAll(grid.inReachOf(need, Audience.ESTABLISHMENT, NOW)).stream().filter(candidate -> candidate.experienceYears() >= 5).toList());
    }

    private static List<Candidate> readAll(ReachGrid.InReach inReach) {
        List<Candidate> read = new ArrayList<>();
        while (inReach.hasNext()) {
            read.add(inReach.next());
        }
        return read;
    }

    private static OpenNeed needAt(double latitude, double longitude) {
        return new OpenNeed("need-1", "est-1", "EHPAD Les Tilleuls", Profession.INFIRMIER, null, UnitType.EHPAD, "76",
                latitude, longitude, ContractType.CDD_COURT, Urgency.HIGH, 1, List.of(night(MONDAY)), true, null, false, null);
    }

    private static Candidate withStatus(Candidate c, VolunteerStatus status) {
        return new Candidate(c.volunteerId(), c.initials(), c.professions(), c.specialty(), status, c.department(),
                c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(), c.contractTypes(), c.maxHoursPerWeek(),
                c.earliestStart(), c.availability(), c.confirmedAt(), c.experienceYears(), c.unitExperience(),
                c.weeklyContactBudget(), c.contactConsent());
    }

    private static Candidate volunteerAt(double latitude, double longitude, int reach) {
        Candidate rouen = nurse("rouen");
        return new Candidate("v", "V.V.", rouen.professions(), null, rouen.status(), "76", latitude, longitude, reach,
                rouen.departmentsAccepted(), rouen.contractTypes(), 48, null, rouen.availability(), rouen.confirmedAt(), 1,
                List.of(), 3, rouen.contactConsent());
    }
}
