package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A health or medico-social establishment, its staff and who was invited to join. It publishes needs only
 * once the ARS has verified it; only its members act for it, only its admins manage them.
 */
public record Establishment(
        String id,
        String finess,
        Details details,
        String department,
        double latitude,
        double longitude,
        EstablishmentStatus status,
        String rejectionReason,
        List<Member> members,
        List<String> invitedEmails,
        List<Member> joinRequests,
        Decision decision,
        List<Decision> earlierDecisions,
        List<Correction> corrections) {

    /** The fields of a verified establishment's details that only the ARS changes: what it checked against the FINESS. */
    private static final List<String> VERIFIED_IDENTITY = List.of("name", "legalStatus", "category", "communeInsee");

    public Establishment {
        earlierDecisions = earlierDecisions == null ? List.of() : List.copyOf(earlierDecisions);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        members = List.copyOf(members);
        invitedEmails = List.copyOf(invitedEmails);
        joinRequests = joinRequests == null ? List.of() : List.copyOf(joinRequests);
    }

    /** A staff member asks for their establishment to be registered; they become its first admin. */
    public static Change<Establishment> request(String id, String finess, Details details, Member requester) {
        String number = Finess.validate("finess", finess);
        Commune commune = communeOf(details);
        validatePhone(details.phone());
        var establishment = new Establishment(id, number, details, commune.department(), commune.latitude(),
                commune.longitude(), EstablishmentStatus.PENDING_VERIFICATION, null,
                List.of(new Member(requester.accountId(), requester.email(), requester.name(), true)), List.of(), List.of(),
                null, List.of(), List.of());
        return establishment.changed(requester.contactPoint());
    }

    /** An establishment the ARS registers and verifies itself, for staff it invites by email. */
    public static Change<Establishment> registeredByArs(String id, String finess, Details details, List<String> staffEmails,
                                                        Decision decided) {
        Commune commune = communeOf(details);
        var establishment = new Establishment(id, Finess.validate("finess", finess), details, commune.department(),
                commune.latitude(), commune.longitude(), EstablishmentStatus.VERIFIED, null, List.of(),
                staffEmails.stream().map(Establishment::normalizeEmail).toList(), List.of(),
                decided.to(Decision.Outcome.VERIFIED, null), List.of(), List.of());
        return Change.of(establishment, new EstablishmentVerified(establishment.snapshot()));
    }

    public boolean invites(String email) {
        return invitedEmails.contains(normalizeEmail(email));
    }

    public boolean hasMember(String accountId) {
        return members.stream().anyMatch(m -> m.accountId().equals(accountId));
    }

    public boolean isAdmin(String accountId) {
        return members.stream().anyMatch(m -> m.accountId().equals(accountId) && m.admin());
    }

    public boolean isVerified() {
        return status == EstablishmentStatus.VERIFIED;
    }

    public Change<Establishment> verify(Decision decided) {
        if (status == EstablishmentStatus.VERIFIED) {
            throw new StateConflict("Cet établissement est déjà vérifié.");
        }
        var verified = decided(EstablishmentStatus.VERIFIED, null, decided.to(Decision.Outcome.VERIFIED, null));
        return Change.of(verified, new EstablishmentVerified(verified.snapshot()));
    }

    public Change<Establishment> reject(String reason, Decision decided) {
        if (status != EstablishmentStatus.PENDING_VERIFICATION) {
            throw new StateConflict("Seul un établissement en attente de vérification peut être refusé.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Indiquez le motif du refus.");
        }
        String why = reason.strip();
        var rejected = decided(EstablishmentStatus.REJECTED, why, decided.to(Decision.Outcome.REJECTED, why));
        return rejected.changed(new EstablishmentRejected(rejected.snapshot()));
    }

    /**
     * The ARS no longer vouches for a verified establishment (a fraud, a closure…): it may no longer publish nor contact
     * anyone, its needs ahead are cancelled, and its staff are told why, to correct it and submit it again.
     */
    public Change<Establishment> withdrawVerification(String reason, Decision decided) {
        if (status != EstablishmentStatus.VERIFIED) {
            throw new StateConflict("Seul un établissement vérifié peut perdre sa vérification.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Indiquez le motif du retrait.");
        }
        String why = reason.strip();
        var withdrawn = decided(EstablishmentStatus.REJECTED, why, decided.to(Decision.Outcome.VERIFICATION_WITHDRAWN, why));
        return withdrawn.changed(new EstablishmentVerificationWithdrawn(withdrawn.snapshot()));
    }

    /**
     * An admin sends a refused establishment back to the ARS, corrected or not; the reason of the refusal stays until
     * the ARS decides again, so that the operator sees what was asked.
     */
    public Change<Establishment> resubmit(String adminAccountId) {
        if (!isAdmin(adminAccountId)) {
            throw new Forbidden("Seul un administrateur de l'établissement peut le soumettre à nouveau.");
        }
        if (status != EstablishmentStatus.REJECTED) {
            throw new StateConflict("Seul un établissement refusé peut être soumis à nouveau.");
        }
        return with(EstablishmentStatus.PENDING_VERIFICATION, rejectionReason, members, invitedEmails).changed();
    }

    public Change<Establishment> invite(String adminAccountId, String email) {
        requireAdmin(adminAccountId);
        String normalized = normalizeEmail(email);
        if (members.stream().anyMatch(m -> normalized.equals(normalizeEmail(m.email())))) {
            throw new StateConflict("Cette personne fait déjà partie de l'établissement.");
        }
        if (invitedEmails.contains(normalized)) {
            return new Change<>(this, List.of());
        }
        var invited = new ArrayList<>(invitedEmails);
        invited.add(normalized);
        return new Change<>(with(status, rejectionReason, members, invited), List.of());
    }

    /**
     * The invited person signed in with the invited (verified) email: they join as a member, as admin if the
     * establishment has none yet (one registered by the ARS for its staff).
     */
    public Change<Establishment> join(Member newcomer) {
        String email = normalizeEmail(newcomer.email());
        if (!invitedEmails.contains(email)) {
            throw new Forbidden("Vous n'êtes pas invité dans cet établissement.");
        }
        var joined = new ArrayList<>(members);
        var member = new Member(newcomer.accountId(), email, newcomer.name(), members.stream().noneMatch(Member::admin));
        joined.add(member);
        return with(status, rejectionReason, joined, invitedEmails.stream().filter(e -> !e.equals(email)).toList())
                .changed(member.contactPoint());
    }

    /** A staff member asks to join; an admin of the establishment approves or declines. */
    public Change<Establishment> requestToJoin(Member requester) {
        if (hasMember(requester.accountId())) {
            throw new StateConflict("Vous faites déjà partie de cet établissement.");
        }
        if (joinRequests.stream().anyMatch(r -> r.accountId().equals(requester.accountId()))) {
            return new Change<>(this, List.of());
        }
        var requests = new ArrayList<>(joinRequests);
        requests.add(new Member(requester.accountId(), normalizeEmail(requester.email()), requester.name(), false));
        return new Change<>(withRequests(requests), List.of());
    }

    public boolean hasJoinRequestFrom(String accountId) {
        return joinRequests.stream().anyMatch(r -> r.accountId().equals(accountId));
    }

    public Change<Establishment> approveJoin(String adminAccountId, String accountId) {
        requireAdmin(adminAccountId);
        Member newcomer = joinRequestOf(accountId);
        var joined = new ArrayList<>(members);
        joined.add(newcomer);
        return new Establishment(id, finess, details, department, latitude, longitude, status, rejectionReason, joined,
                invitedEmails, joinRequests.stream().filter(r -> r != newcomer).toList(), decision,
                earlierDecisions, corrections).changed(newcomer.contactPoint());
    }

    public Change<Establishment> declineJoin(String adminAccountId, String accountId) {
        requireAdmin(adminAccountId);
        Member requester = joinRequestOf(accountId);
        return new Change<>(withRequests(joinRequests.stream().filter(r -> r != requester).toList()), List.of());
    }

    private Member joinRequestOf(String accountId) {
        return joinRequests.stream().filter(r -> r.accountId().equals(accountId)).findFirst()
                .orElseThrow(() -> new RuleViolation("accountId", "Aucune demande de cette personne."));
    }

    private Establishment withRequests(List<Member> requests) {
        return new Establishment(id, finess, details, department, latitude, longitude, status, rejectionReason, members,
                invitedEmails, requests, decision, earlierDecisions, corrections);
    }

    public Change<Establishment> grantAdmin(String adminAccountId, String accountId) {
        requireAdmin(adminAccountId);
        return with(status, rejectionReason, members.stream()
                .map(m -> m.accountId().equals(accountId) ? new Member(m.accountId(), m.email(), m.name(), true) : m)
                .toList(), invitedEmails).changed();
    }

    /** An admin removes a member, or a member leaves; the last admin stays. */
    public Change<Establishment> remove(String callerAccountId, String accountId) {
        if (!callerAccountId.equals(accountId)) {
            requireAdmin(callerAccountId);
        }
        var remaining = members.stream().filter(m -> !m.accountId().equals(accountId)).toList();
        if (remaining.size() == members.size()) {
            throw new RuleViolation("accountId", "Cette personne ne fait pas partie de l'établissement.");
        }
        if (remaining.stream().noneMatch(Member::admin)) {
            throw new StateConflict("L'établissement doit garder au moins un administrateur.");
        }
        return with(status, rejectionReason, remaining, invitedEmails).changed();
    }

    /**
     * Admins keep the details up to date. Once the ARS has verified the establishment, what it checked against the
     * FINESS number (name, legal status, category, commune) is the ARS's to correct: a renaming would otherwise show
     * volunteers a name nobody verified.
     */
    public Change<Establishment> edit(String adminAccountId, Details details) {
        requireAdmin(adminAccountId);
        if (isVerified()) {
            requireVerifiedIdentityKept(details);
        }
        return withDetails(details, corrections).changed();
    }

    /**
     * An ARS operator corrects the details, what the ARS verified included (a renaming, a move); the correction is kept,
     * newest first, and the staff are told. Details sent back unchanged change nothing.
     */
    public Change<Establishment> correct(Details edited, String operator, Instant at) {
        List<String> fields = details.fieldsChangedIn(edited);
        if (fields.isEmpty()) {
            return new Change<>(this, List.of());
        }
        var corrected = withDetails(edited,
                Stream.concat(Stream.of(new Correction(operator, at, fields)), corrections.stream()).toList());
        return corrected.changed(new EstablishmentCorrected(corrected.snapshot(), operator));
    }

    private void requireVerifiedIdentityKept(Details edited) {
        String message = "Vérifié par l'ARS avec le numéro FINESS : demandez à l'ARS Normandie de le corriger.";
        var changed = details.fieldsChangedIn(edited).stream()
                .filter(VERIFIED_IDENTITY::contains)
                .map(field -> new RuleViolation.FieldMessage("details." + field, message))
                .toList();
        if (!changed.isEmpty()) {
            throw new RuleViolation(changed);
        }
    }

    private Establishment withDetails(Details details, List<Correction> corrections) {
        Commune commune = communeOf(details);
        validatePhone(details.phone());
        return new Establishment(id, finess, details, commune.department(), commune.latitude(),
                commune.longitude(), status, rejectionReason, members, invitedEmails, joinRequests,
                decision, earlierDecisions, corrections);
    }

    public EstablishmentSnapshot snapshot() {
        return new EstablishmentSnapshot(id, finess, details.name(), details.category().name(), department,
                details.communeInsee(), latitude, longitude, isVerified(),
                members.stream().map(Member::accountId).toList());
    }

    /** Announces the establishment, then what else happened (how to reach a newcomer, a refusal). */
    private Change<Establishment> changed(DomainEvent... also) {
        List<DomainEvent> events = new ArrayList<>(List.of(new EstablishmentChanged(snapshot())));
        events.addAll(List.of(also));
        return new Change<>(this, events);
    }

    private void requireAdmin(String accountId) {
        if (!isAdmin(accountId)) {
            throw new Forbidden("Seul un administrateur de l'établissement peut gérer ses membres.");
        }
    }

    private Establishment with(EstablishmentStatus status, String reason, List<Member> members, List<String> invited) {
        return new Establishment(id, finess, details, department, latitude, longitude, status, reason, members, invited,
                joinRequests, decision, earlierDecisions, corrections);
    }

    private Establishment decided(EstablishmentStatus next, String reason, Decision decided) {
        return new Establishment(id, finess, details, department, latitude, longitude, next, reason, members, invitedEmails,
                joinRequests, decided, Decision.superseding(decision, earlierDecisions), corrections);
    }

    private static Commune communeOf(Details details) {
        return Communes.normandy().byInseeCode(details.communeInsee())
                .orElseThrow(() -> new RuleViolation("communeInsee", "Commune inconnue en Normandie : " + details.communeInsee()));
    }

    private static void validatePhone(String phone) {
        if (phone != null && !phone.isBlank() && !phone.replaceAll("[ .-]", "").matches("(\\+33|0)[1-9]\\d{8}")) {
            throw new RuleViolation("phone", "Numéro de téléphone français attendu (ex. 02 35 08 81 81 ou +33 2 35 08 81 81).");
        }
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
