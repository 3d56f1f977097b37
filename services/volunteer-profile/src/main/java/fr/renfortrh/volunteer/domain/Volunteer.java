package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.VolunteerAvailabilityChanged;
import fr.renfortrh.contracts.events.VolunteerAvailabilityStale;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerPaused;
import fr.renfortrh.contracts.events.VolunteerProfileChanged;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerRejected;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerResumed;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerSubmitted;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;
import fr.renfortrh.platform.domain.StateConflict;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A health professional who volunteers. DRAFT → SUBMITTED (complete) → VERIFIED or REJECTED by the ARS;
 * the volunteer may pause and resume. Every change is announced with the snapshot matching needs.
 */
public record Volunteer(
        String id,
        String accountId,
        Identity identity,
        Profile profile,
        Availability availability,
        Instant confirmedAt,
        Consent consent,
        VolunteerStatus status,
        VolunteerStatus statusBeforePause,
        String rejectionReason,
        Instant submittedAt,
        Instant staleRemindedAt,
        Instant registeredAt,
        DirectoryCheck directoryCheck,
        Instant dormancyWarnedAt,
        Decision decision,
        List<Decision> earlierDecisions) {

    public Volunteer {
        earlierDecisions = earlierDecisions == null ? List.of() : List.copyOf(earlierDecisions);
    }

    /** Availability not confirmed for this long is stale: matching ranks it lower, the volunteer is reminded. */
    public static final Duration STALE_AFTER = Duration.ofDays(30);
    /** RGPD retention: a profile without any sign of life for 24 months is warned, then purged 30 days later. */
    public static final Duration DORMANT_AFTER = Duration.ofDays(730);
    public static final Duration PURGE_AFTER_WARNING = Duration.ofDays(30);

    public static Change<Volunteer> register(String id, String accountId, Identity identity, Profile profile,
                                             Instant now, LocalDate today) {
        ProfileRules.requireWellFormed(profile, today);
        var volunteer = new Volunteer(id, accountId, identity, profile, Availability.none(), null, null,
                VolunteerStatus.DRAFT, null, null, null, null, now, null, null, null, List.of());
        return Change.of(volunteer, new VolunteerRegistered(volunteer.snapshot()), volunteer.contactPoint());
    }

    /**
     * Edits the profile. Changing the name, professions, RPPS/ADELI number or diplomas of a verified profile sends it
     * back to the ARS, since that is what was verified; a paused one goes back to the ARS when resumed.
     */
    public Change<Volunteer> edit(Identity newIdentity, Profile newProfile, LocalDate today) {
        ProfileRules.requireWellFormed(newProfile, today);
        boolean credentialsChanged = !newProfile.professions().equals(profile.professions())
                || !Objects.equals(newProfile.professionalId(), profile.professionalId());
        boolean checkedNameChanged = !Objects.equals(newIdentity.lastName(), identity.lastName());
        boolean verifiedFactsChanged = credentialsChanged || checkedNameChanged
                || !Objects.equals(newIdentity.firstName(), identity.firstName())
                || !Objects.equals(newProfile.diplomas(), profile.diplomas());
        VolunteerStatus next = status == VolunteerStatus.VERIFIED && verifiedFactsChanged ? VolunteerStatus.SUBMITTED : status;
        VolunteerStatus beforePause = statusBeforePause == VolunteerStatus.VERIFIED && verifiedFactsChanged
                ? VolunteerStatus.SUBMITTED : statusBeforePause;
        var edited = new Volunteer(id, accountId, newIdentity, newProfile, availability, confirmedAt, consent, next,
                beforePause, rejectionReason, submittedAt, staleRemindedAt, registeredAt,
                credentialsChanged || checkedNameChanged ? null : directoryCheck, dormancyWarnedAt,
                decision, earlierDecisions);
        return Change.of(edited, new VolunteerProfileChanged(edited.snapshot()), edited.contactPoint());
    }

    public Change<Volunteer> accept(Consent newConsent) {
        if (newConsent.privacyNoticeVersion() == null || newConsent.privacyNoticeVersion().isBlank()) {
            throw new RuleViolation("privacyNoticeVersion", "Indiquez la version de la notice acceptée.");
        }
        var consented = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, newConsent,
                status, statusBeforePause, rejectionReason, submittedAt, staleRemindedAt, registeredAt,
                directoryCheck, dormancyWarnedAt, decision, earlierDecisions);
        return Change.of(consented, new VolunteerProfileChanged(consented.snapshot()));
    }

    /** New availability; saving it also confirms it, which keeps the profile fresh. */
    public Change<Volunteer> updateAvailability(Availability newAvailability, int availableNowDays, Instant now,
                                                LocalDateTime localNow) {
        ProfileRules.requireValidAvailability(newAvailability, availableNowDays, localNow.toLocalDate());
        var withNow = new Availability(newAvailability.weeklySlots(), newAvailability.available(),
                newAvailability.unavailable(), availableNowDays > 0 ? localNow.plusDays(availableNowDays) : null);
        var updated = new Volunteer(id, accountId, identity, profile, withNow, now, consent, status, statusBeforePause,
                rejectionReason, submittedAt, null, registeredAt, directoryCheck, null, decision, earlierDecisions);
        return Change.of(updated, new VolunteerAvailabilityChanged(updated.snapshot()));
    }

    public Change<Volunteer> confirmAvailability(Instant now) {
        var confirmed = new Volunteer(id, accountId, identity, profile, availability, now, consent, status,
                statusBeforePause, rejectionReason, submittedAt, null, registeredAt, directoryCheck, null,
                decision, earlierDecisions);
        return Change.of(confirmed, new VolunteerAvailabilityChanged(confirmed.snapshot()));
    }

    /** What is still missing before the profile can be submitted to the ARS (empty when it can). */
    public List<FieldMessage> missingForSubmission() {
        return ProfileRules.missingForSubmission(this);
    }

    public Change<Volunteer> submit(Instant now) {
        if (status != VolunteerStatus.DRAFT && status != VolunteerStatus.REJECTED) {
            throw new StateConflict("Ce profil est déjà soumis.");
        }
        var missing = missingForSubmission();
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        // the reason of a refusal stays until the ARS decides again, so that the operator sees what was asked
        var submitted = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent,
                VolunteerStatus.SUBMITTED, null, rejectionReason, now, staleRemindedAt, registeredAt,
                directoryCheck, dormancyWarnedAt, decision, earlierDecisions);
        return Change.of(submitted, new VolunteerSubmitted(submitted.snapshot()));
    }

    public Change<Volunteer> verify(Decision decided) {
        requireStatus(VolunteerStatus.SUBMITTED, "Seul un profil soumis peut être vérifié.");
        var verified = withStatus(VolunteerStatus.VERIFIED, null, decided.to(Decision.Outcome.VERIFIED, null));
        return Change.of(verified, new VolunteerVerified(verified.snapshot()));
    }

    public Change<Volunteer> reject(String reason, Decision decided) {
        requireStatus(VolunteerStatus.SUBMITTED, "Seul un profil soumis peut être refusé.");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Indiquez le motif du refus.");
        }
        String why = reason.strip();
        var rejected = withStatus(VolunteerStatus.REJECTED, why, decided.to(Decision.Outcome.REJECTED, why));
        return Change.of(rejected, new VolunteerRejected(rejected.snapshot()));
    }

    /**
     * The ARS no longer vouches for a verified profile (struck off, repeated no-shows…): it goes back to the volunteer
     * as rejected, with the reason, to be corrected and submitted again. A paused profile that was verified counts.
     */
    public Change<Volunteer> withdrawVerification(String reason, Decision decided) {
        boolean verified = status == VolunteerStatus.VERIFIED
                || (status == VolunteerStatus.PAUSED && statusBeforePause == VolunteerStatus.VERIFIED);
        if (!verified) {
            throw new StateConflict("Seul un profil vérifié peut perdre sa vérification.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Indiquez le motif du retrait.");
        }
        String why = reason.strip();
        var withdrawn = withStatus(VolunteerStatus.REJECTED, why, decided.to(Decision.Outcome.VERIFICATION_WITHDRAWN, why));
        return Change.of(withdrawn, new VolunteerVerificationWithdrawn(withdrawn.snapshot()));
    }

    public Change<Volunteer> pause() {
        if (status == VolunteerStatus.PAUSED) {
            throw new StateConflict("Votre participation est déjà en pause.");
        }
        var paused = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent,
                VolunteerStatus.PAUSED, status, rejectionReason, submittedAt, staleRemindedAt, registeredAt,
                directoryCheck, dormancyWarnedAt, decision, earlierDecisions);
        return Change.of(paused, new VolunteerPaused(paused.snapshot()));
    }

    public Change<Volunteer> resume() {
        requireStatus(VolunteerStatus.PAUSED, "Votre participation n'est pas en pause.");
        var resumed = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent,
                statusBeforePause, null, rejectionReason, submittedAt, staleRemindedAt, registeredAt,
                directoryCheck, dormancyWarnedAt, decision, earlierDecisions);
        return Change.of(resumed, new VolunteerResumed(resumed.snapshot()));
    }

    public boolean isStale(Instant now) {
        return confirmedAt == null || confirmedAt.plus(STALE_AFTER).isBefore(now);
    }

    /** Reminds once per staleness: confirming again resets it. */
    public Change<Volunteer> remindStale(Instant now) {
        if (!isStale(now) || staleRemindedAt != null || status == VolunteerStatus.DRAFT) {
            throw new StateConflict("Aucun rappel à envoyer.");
        }
        var reminded = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent, status,
                statusBeforePause, rejectionReason, submittedAt, now, registeredAt, directoryCheck, dormancyWarnedAt,
                decision, earlierDecisions);
        return Change.of(reminded, new VolunteerAvailabilityStale(id));
    }

    /** Submitted profiles are checked against the national directory until it gives an answer. */
    public boolean awaitsDirectoryCheck() {
        return status == VolunteerStatus.SUBMITTED && (directoryCheck == null || !directoryCheck.conclusive());
    }

    /** The directory's answer is for the ARS operator who verifies; nobody else is told. */
    public Change<Volunteer> recordDirectoryCheck(DirectoryCheck check) {
        return Change.of(new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent, status,
                statusBeforePause, rejectionReason, submittedAt, staleRemindedAt, registeredAt, check, dormancyWarnedAt,
                decision, earlierDecisions));
    }

    /** No sign of life (availability confirmed, or registration) for 24 months. */
    public boolean isDormant(Instant now) {
        Instant lastSign = confirmedAt != null ? confirmedAt : registeredAt;
        return lastSign != null && lastSign.plus(DORMANT_AFTER).isBefore(now);
    }

    /** Warns once; confirming availability again wakes the profile up and cancels the purge. */
    public Change<Volunteer> warnDormant(Instant now) {
        if (!isDormant(now) || dormancyWarnedAt != null) {
            throw new StateConflict("Ce profil n'est pas en sommeil.");
        }
        var warned = new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent, status,
                statusBeforePause, rejectionReason, submittedAt, staleRemindedAt, registeredAt, directoryCheck, now,
                decision, earlierDecisions);
        return Change.of(warned, new VolunteerDormancyWarned(id, now.plus(PURGE_AFTER_WARNING)));
    }

    public boolean isDueForPurge(Instant now) {
        return isDormant(now) && dormancyWarnedAt != null && dormancyWarnedAt.plus(PURGE_AFTER_WARNING).isBefore(now);
    }

    /** What matching may know: no name, no contact details, no RPPS. */
    public VolunteerSnapshot snapshot() {
        var mobility = profile.mobility();
        var commune = Communes.normandy().byInseeCode(mobility.communeInsee());
        String department = commune.map(Commune::department)
                .orElse(mobility.departmentsAccepted().isEmpty() ? null : mobility.departmentsAccepted().getFirst());
        var preferences = profile.preferences();
        return new VolunteerSnapshot(id, identity.initials(), profile.professions(), profile.specialty(), status,
                department, mobility.communeInsee(), commune.map(Commune::latitude).orElse(0.0),
                commune.map(Commune::longitude).orElse(0.0), mobility.maxTravelKm(), mobility.departmentsAccepted(),
                preferences.contractTypes(), preferences.shiftTypes(), preferences.maxHoursPerWeek(),
                preferences.earliestStart(), availability, confirmedAt, profile.experience().years(),
                profile.experience().units(), preferences.weeklyContactBudget(),
                consent == null ? ContactConsent.ARS_ONLY : consent.contactConsent());
    }

    /** For the notification service alone (its own topic). */
    public ContactPointChanged contactPoint() {
        return new ContactPointChanged(id, identity.email(), identity.firstName() + " " + identity.lastName(),
                profile.phone(), profile.preferredChannel() == null ? ContactPointChanged.Channel.EMAIL
                        : ContactPointChanged.Channel.valueOf(profile.preferredChannel().name()));
    }

    /** An ARS decision: verify and refuse come from a submitted profile, a withdrawal may end a pause. */
    private Volunteer withStatus(VolunteerStatus next, String reason, Decision decided) {
        return new Volunteer(id, accountId, identity, profile, availability, confirmedAt, consent, next,
                null, reason, submittedAt, staleRemindedAt, registeredAt, directoryCheck, dormancyWarnedAt,
                decided, Decision.superseding(decision, earlierDecisions));
    }

    private void requireStatus(VolunteerStatus expected, String message) {
        if (status != expected) {
            throw new StateConflict(message);
        }
    }
}
