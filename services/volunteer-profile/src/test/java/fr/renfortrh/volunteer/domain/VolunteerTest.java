package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.Availability.Period;
import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.VolunteerAvailabilityStale;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.volunteer.domain.Profile.Experience;
import fr.renfortrh.volunteer.domain.Profile.Mobility;
import fr.renfortrh.volunteer.domain.Profile.Preferences;
import fr.renfortrh.volunteer.domain.Profile.Situation;
import fr.renfortrh.volunteer.domain.Profile.WorkStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class VolunteerTest {

    static final String VALID_RPPS = "10003456786";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Decision ARS = new Decision("Anne Roux", NOW, null, null);
    private final Identity marie = new Identity("Marie", "Lefebvre", "marie@example.fr");

    static Profile completeNurseProfile(String rpps) {
        return new Profile("06 12 34 56 78", Profile.ContactChannel.SMS,
                new Situation(WorkStatus.RETIRED, null, false, null, null, null, 2022),
                List.of(Profession.INFIRMIER), null, rpps, List.of(new Profile.Diploma("DEI", 1990, "IFSI Rouen")),
                new Experience(30, List.of(UnitType.URGENCES), List.of("anglais")),
                new Mobility("76540", 30, true, List.of("76", "27")),
                new Preferences(List.of(ContractType.CDD_COURT, ContractType.VACATION), List.of(), 35, null, false, 3));
    }

    private Volunteer readyToSubmit() {
        var draft = Volunteer.register("v1", "v1", marie, completeNurseProfile(VALID_RPPS), NOW, TODAY).aggregate();
        var available = draft.updateAvailability(new Availability(0b11, List.of(), List.of(), null), 0, NOW,
                LocalDateTime.of(2026, 12, 1, 10, 0)).aggregate();
        return available.accept(new Consent("2026-11", NOW, ContactConsent.ESTABLISHMENTS_AND_ARS)).aggregate();
    }

    @Test
    void aNewProfileIsADraftAnnouncedWithoutNameContactOrRppsAndItsContactPointGoesApart() {
        var change = Volunteer.register("v1", "v1", marie, completeNurseProfile(VALID_RPPS), NOW, TODAY);

        assertThat(change.aggregate().status()).isEqualTo(VolunteerStatus.DRAFT);
        assertThat(change.events()).hasSize(2);
        assertThat(change.events().getFirst()).isInstanceOfSatisfying(VolunteerRegistered.class, e -> {
            assertThat(e.volunteer().initials()).isEqualTo("M.L.");
            assertThat(e.volunteer().latitude()).isBetween(49.4, 49.5);
            assertThat(e.volunteer().toString()).doesNotContain("Lefebvre", "marie@example.fr", VALID_RPPS, "06 12");
        });
        assertThat(change.events().getLast()).isEqualTo(new ContactPointChanged("v1", "marie@example.fr",
                "Marie Lefebvre", "06 12 34 56 78", ContactPointChanged.Channel.SMS));
        assertThat(Topics.of(change.events().getLast(), Topics.VOLUNTEERS)).isEqualTo(Topics.CONTACT_POINTS);
    }

    @Test
    void aWrongRppsKeyOrPhoneIsRefusedOnItsField() {
        assertThatThrownBy(() -> Volunteer.register("v1", "v1", marie, completeNurseProfile("10003456787"), NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("professionalId"));
        var p = completeNurseProfile(VALID_RPPS);
        var badPhone = new Profile("12 34", p.preferredChannel(), p.situation(), p.professions(), null, VALID_RPPS,
                p.diplomas(), p.experience(), p.mobility(), p.preferences());
        assertThatThrownBy(() -> Volunteer.register("v1", "v1", marie, badPhone, NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("phone"));
    }

    @Test
    void submittingAnIncompleteProfileSaysWhatIsMissing() {
        var draft = Volunteer.register("v1", "v1", marie, Profile.minimal(List.of(Profession.INFIRMIER), "76"), NOW, TODAY).aggregate();

        assertThatThrownBy(() -> draft.submit(NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                .extracting(RuleViolation.FieldMessage::field)
                .contains("phone", "professionalId", "mobility.communeInsee", "preferences.contractTypes", "availability", "consent"));
        assertThat(readyToSubmit().missingForSubmission()).isEmpty();
    }

    @Test
    void aDiplomaWithoutTitleOrWithAFutureYearIsRefusedOnItsField() {
        var p = completeNurseProfile(VALID_RPPS);
        var diplomas = List.of(new Profile.Diploma("DEI", 1990, "IFSI Rouen"), new Profile.Diploma(" ", 2099, null));
        var withBadDiploma = new Profile(p.phone(), p.preferredChannel(), p.situation(), p.professions(), null,
                VALID_RPPS, diplomas, p.experience(), p.mobility(), p.preferences());

        assertThatThrownBy(() -> Volunteer.register("v1", "v1", marie, withBadDiploma, NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("diplomas[1].title", "diplomas[1].year"));
    }

    @Test
    void aProfileWithoutASectionOrWithAnEmptyEntryIsRefusedOnThoseFields() {
        var p = completeNurseProfile(VALID_RPPS);
        var withoutSections = new Profile(p.phone(), p.preferredChannel(), p.situation(), p.professions(), null,
                VALID_RPPS, p.diplomas(), null, null, null);
        var withEmptyEntries = new Profile(p.phone(), p.preferredChannel(), p.situation(),
                Arrays.asList(Profession.INFIRMIER, null), null, VALID_RPPS, Arrays.asList((Profile.Diploma) null),
                new Experience(3, null, List.of()), new Mobility("76540", 30, true, Arrays.asList("76", null)),
                new Preferences(null, List.of(), 35, null, false, 3));

        assertThatThrownBy(() -> Volunteer.register("v1", "v1", marie, withoutSections, NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("experience", "mobility", "preferences"));
        assertThatThrownBy(() -> Volunteer.register("v1", "v1", marie, withEmptyEntries, NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("professions[1]", "diplomas[0]", "experience.units", "mobility.departmentsAccepted[1]",
                                "preferences.contractTypes"));
    }

    @Test
    void aMissingPeriodOrAPeriodWithoutDatesIsRefusedOnItsField() {
        var draft = Volunteer.register("v1", "v1", marie, completeNurseProfile(VALID_RPPS), NOW, TODAY).aggregate();
        var wrong = new Availability(0, Arrays.asList(null, new Period(null, TODAY.plusDays(3))), List.of(), null);

        assertThatThrownBy(() -> draft.updateAvailability(wrong, 0, NOW, TODAY.atTime(10, 0)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("available[0]", "available[1]"));
    }

    @Test
    void onlyTheArsVerificationMakesAVolunteerProposableAndChangingCredentialsSendsThemBack() {
        var submitted = readyToSubmit().submit(NOW).aggregate();
        var verified = submitted.verify(ARS);
        assertThat(verified.events()).singleElement().isInstanceOf(VolunteerVerified.class);

        var p = completeNurseProfile(VALID_RPPS);
        var nowAlsoMidwife = new Profile(p.phone(), p.preferredChannel(), p.situation(),
                List.of(Profession.INFIRMIER, Profession.SAGE_FEMME), null, VALID_RPPS, p.diplomas(), p.experience(),
                p.mobility(), p.preferences());
        assertThat(verified.aggregate().edit(marie, nowAlsoMidwife, TODAY).aggregate().status()).isEqualTo(VolunteerStatus.SUBMITTED);
        assertThatThrownBy(() -> readyToSubmit().verify(ARS)).isInstanceOf(StateConflict.class);
    }

    @Test
    void changingTheNameOrDiplomasTheArsVerifiedSendsTheProfileBackEvenWhenPausedButNotAPhoneNumber() {
        var verified = readyToSubmit().submit(NOW).aggregate().verify(ARS).aggregate();
        var p = completeNurseProfile(VALID_RPPS);
        var anotherDiploma = new Profile(p.phone(), p.preferredChannel(), p.situation(), p.professions(), null, VALID_RPPS,
                List.of(new Profile.Diploma("Diplôme d'État d'infirmier de bloc opératoire", 2020, "CHU de Caen")),
                p.experience(), p.mobility(), p.preferences());
        var anotherPhone = new Profile("06 99 88 77 66", p.preferredChannel(), p.situation(), p.professions(), null, VALID_RPPS,
                p.diplomas(), p.experience(), p.mobility(), p.preferences());
        var married = new Identity(marie.firstName(), "Durand", marie.email());

        assertThat(verified.edit(marie, anotherDiploma, TODAY).aggregate().status()).isEqualTo(VolunteerStatus.SUBMITTED);
        assertThat(verified.edit(married, p, TODAY).aggregate().status()).isEqualTo(VolunteerStatus.SUBMITTED);
        assertThat(verified.edit(marie, anotherPhone, TODAY).aggregate().status()).isEqualTo(VolunteerStatus.VERIFIED);
        var pausedThenEdited = verified.pause().aggregate().edit(marie, anotherDiploma, TODAY).aggregate();
        assertThat(pausedThenEdited.status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(pausedThenEdited.resume().aggregate().status()).isEqualTo(VolunteerStatus.SUBMITTED);
    }

    @Test
    void theArsWithdrawsAVerificationWithAReasonEvenDuringAPauseAndTheVolunteerCanSubmitAgainTheReasonKeptForTheArs() {
        var verified = readyToSubmit().submit(NOW).aggregate().verify(ARS).aggregate();
        var withdrawn = verified.withdrawVerification("  Radiée du tableau de l'Ordre ", ARS);
        assertThat(withdrawn.aggregate().status()).isEqualTo(VolunteerStatus.REJECTED);
        assertThat(withdrawn.aggregate().rejectionReason()).isEqualTo("Radiée du tableau de l'Ordre");
        assertThat(withdrawn.aggregate().decision())
                .isEqualTo(ARS.to(Decision.Outcome.VERIFICATION_WITHDRAWN, "Radiée du tableau de l'Ordre"));
        assertThat(withdrawn.events()).singleElement().isInstanceOfSatisfying(VolunteerVerificationWithdrawn.class,
                e -> assertThat(e.volunteer().status()).isEqualTo(VolunteerStatus.REJECTED));
        var resubmitted = withdrawn.aggregate().submit(NOW).aggregate();
        assertThat(resubmitted.status()).isEqualTo(VolunteerStatus.SUBMITTED);
        assertThat(resubmitted.rejectionReason()).isEqualTo("Radiée du tableau de l'Ordre");
        var verifiedAgain = resubmitted.verify(ARS).aggregate();
        assertThat(verifiedAgain.rejectionReason()).isNull();
        assertThat(verifiedAgain.decision().outcome()).isEqualTo(Decision.Outcome.VERIFIED);
        assertThat(verifiedAgain.earlierDecisions()).extracting(Decision::outcome, Decision::reason).containsExactly(
                tuple(Decision.Outcome.VERIFICATION_WITHDRAWN, "Radiée du tableau de l'Ordre"), tuple(Decision.Outcome.VERIFIED, null));

        var pausedWhileVerified = verified.pause().aggregate().withdrawVerification("Absences répétées", ARS).aggregate();
        assertThat(pausedWhileVerified.status()).isEqualTo(VolunteerStatus.REJECTED);
        assertThatThrownBy(() -> pausedWhileVerified.resume()).isInstanceOf(StateConflict.class);

        assertThatThrownBy(() -> verified.withdrawVerification(" ", ARS)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> readyToSubmit().submit(NOW).aggregate().withdrawVerification("Motif", ARS))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> readyToSubmit().submit(NOW).aggregate().pause().aggregate().withdrawVerification("Motif", ARS))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void pauseThenResumeReturnsToThePreviousStatus() {
        var verified = readyToSubmit().submit(NOW).aggregate().verify(ARS).aggregate();
        var paused = verified.pause().aggregate();
        assertThat(paused.status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(paused.resume().aggregate().status()).isEqualTo(VolunteerStatus.VERIFIED);
    }

    @Test
    void overlappingOrPastPeriodsAreRefused() {
        var draft = Volunteer.register("v1", "v1", marie, completeNurseProfile(VALID_RPPS), NOW, TODAY).aggregate();
        var overlapping = new Availability(0, List.of(new Period(TODAY.plusDays(1), TODAY.plusDays(5)),
                new Period(TODAY.plusDays(4), TODAY.plusDays(8))), List.of(), null);
        var past = new Availability(0, List.of(new Period(TODAY.minusDays(9), TODAY.minusDays(2))), List.of(), null);
        for (var wrong : List.of(overlapping, past)) {
            assertThatThrownBy(() -> draft.updateAvailability(wrong, 0, NOW, TODAY.atTime(10, 0))).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void aProfileUnconfirmedFor30DaysIsStaleAndRemindedOnceUntilConfirmedAgain() {
        var volunteer = readyToSubmit().submit(NOW).aggregate();
        Instant later = NOW.plus(Duration.ofDays(31));

        assertThat(volunteer.isStale(NOW)).isFalse();
        var reminded = volunteer.remindStale(later);
        assertThat(reminded.events()).singleElement().isInstanceOf(VolunteerAvailabilityStale.class);
        assertThatThrownBy(() -> reminded.aggregate().remindStale(later)).isInstanceOf(StateConflict.class);
        assertThat(reminded.aggregate().confirmAvailability(later).aggregate().isStale(later)).isFalse();
    }

    @Test
    void aProfileSilentFor24MonthsIsWarnedOnceThenDueForPurge30DaysLaterUnlessConfirmedAgain() {
        var volunteer = readyToSubmit().submit(NOW).aggregate();
        Instant twoYearsOn = NOW.plus(Duration.ofDays(731));

        assertThat(volunteer.isDormant(NOW.plus(Duration.ofDays(729)))).isFalse();
        var warned = volunteer.warnDormant(twoYearsOn);
        assertThat(warned.events()).singleElement().isEqualTo(new VolunteerDormancyWarned("v1", twoYearsOn.plus(Duration.ofDays(30))));
        assertThatThrownBy(() -> warned.aggregate().warnDormant(twoYearsOn)).isInstanceOf(StateConflict.class);
        assertThat(warned.aggregate().isDueForPurge(twoYearsOn.plus(Duration.ofDays(29)))).isFalse();
        assertThat(warned.aggregate().isDueForPurge(twoYearsOn.plus(Duration.ofDays(31)))).isTrue();

        var awake = warned.aggregate().confirmAvailability(twoYearsOn.plus(Duration.ofDays(10))).aggregate();
        assertThat(awake.isDueForPurge(twoYearsOn.plus(Duration.ofDays(31)))).isFalse();
        assertThat(awake.dormancyWarnedAt()).isNull();
    }

    @Test
    void aDirectoryCheckIsAwaitedOnceSubmittedUntilTheDirectoryAnswersAndIsRedoneWhenCredentialsChange() {
        var submitted = readyToSubmit().submit(NOW).aggregate();
        assertThat(readyToSubmit().awaitsDirectoryCheck()).isFalse();
        assertThat(submitted.awaitsDirectoryCheck()).isTrue();

        var unreachable = submitted.recordDirectoryCheck(DirectoryCheck.unavailable("délai dépassé", NOW));
        assertThat(unreachable.events()).isEmpty();
        assertThat(unreachable.aggregate().awaitsDirectoryCheck()).isTrue();
        var checked = submitted.recordDirectoryCheck(DirectoryCheck.notApplicable(NOW)).aggregate();
        assertThat(checked.awaitsDirectoryCheck()).isFalse();

        var renamed = checked.edit(new Identity("Marie", "Martin", marie.email()), checked.profile(), TODAY).aggregate();
        assertThat(renamed.directoryCheck()).isNull();
    }
}
