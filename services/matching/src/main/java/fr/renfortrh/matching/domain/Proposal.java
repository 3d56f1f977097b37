package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.ContactDeclined;
import fr.renfortrh.contracts.events.ContactExpired;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.MatchProposed;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.StateConflict;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One volunteer put forward for one need, and the contact that may follow. Its id is (need, volunteer), so
 * replayed events never propose twice.
 */
public record Proposal(
        String id,
        String needId,
        String establishmentId,
        String establishmentName,
        String volunteerId,
        String initials,
        List<ShiftSnapshot> shifts,
        Urgency urgency,
        ProposalStatus status,
        Instant proposedAt,
        Instant requestedAt,
        Instant expiresAt,
        Instant answeredAt,
        String closingReason,
        Feedback establishmentFeedback,
        Feedback volunteerFeedback) {

    /**
     * Private feedback after a mission, read by the ARS only.
     *
     * @param noShow the other side did not come (or the mission did not take place as agreed)
     */
    public record Feedback(boolean noShow, boolean wouldWorkAgain, String comment, Instant at) {
    }

    public enum Side { ESTABLISHMENT, VOLUNTEER }

    public static String idOf(String needId, String volunteerId) {
        return needId + ":" + volunteerId;
    }

    public static Change<Proposal> propose(OpenNeed need, Candidate candidate, Instant now) {
        var proposal = new Proposal(idOf(need.needId(), candidate.volunteerId()), need.needId(),
                need.establishmentId(), need.establishmentName(), candidate.volunteerId(), candidate.initials(), need.shifts(), need.urgency(),
                ProposalStatus.PROPOSED, now, null, null, null, null, null, null);
        return Change.of(proposal, new MatchProposed(proposal.id, need.needId(), need.establishmentId(),
                candidate.volunteerId()));
    }

    /** How long a volunteer has to answer: short when the need is critical. */
    public static Duration answerDelay(Urgency urgency, Duration normal, Duration critical) {
        return urgency == Urgency.CRITICAL ? critical : normal;
    }

    public Change<Proposal> requestContact(Instant now, Duration answerDelay) {
        require(Set.of(ProposalStatus.PROPOSED, ProposalStatus.DECLINED, ProposalStatus.EXPIRED, ProposalStatus.WITHDRAWN)
                .contains(status), "Une demande de contact est déjà en cours ou la mission est engagée.");
        var requested = with(ProposalStatus.CONTACT_REQUESTED, now, now.plus(answerDelay), null, null);
        return Change.of(requested, new ContactRequested(id, needId, establishmentId, volunteerId, requested.expiresAt));
    }

    public Change<Proposal> accept(Instant now) {
        requireOpenRequest(now);
        return Change.of(with(ProposalStatus.ACCEPTED, requestedAt, expiresAt, now, null),
                new ContactAccepted(id, needId, establishmentId, volunteerId));
    }

    public Change<Proposal> decline(Instant now) {
        requireOpenRequest(now);
        return Change.of(with(ProposalStatus.DECLINED, requestedAt, expiresAt, now, null),
                new ContactDeclined(id, needId, establishmentId, volunteerId));
    }

    public boolean hasExpired(Instant now) {
        return status == ProposalStatus.CONTACT_REQUESTED && !now.isBefore(expiresAt);
    }

    public Change<Proposal> expire(Instant now) {
        require(hasExpired(now), "La demande n'est pas expirée.");
        return Change.of(with(ProposalStatus.EXPIRED, requestedAt, expiresAt, null, "Sans réponse dans le délai"),
                new ContactExpired(id, needId, establishmentId, volunteerId));
    }

    public Change<Proposal> withdraw(String reason) {
        require(status.isPending(), "Aucune demande en cours à retirer.");
        return Change.of(with(ProposalStatus.WITHDRAWN, requestedAt, expiresAt, answeredAt, reason),
                new ContactWithdrawn(id, needId, establishmentId, volunteerId, reason));
    }

    /**
     * The need's shifts changed. A request under way is withdrawn with the reason: the volunteer agreed to be contacted
     * for other dates. A proposal not engaged in a mission takes the new shifts, which a later request asks for and a
     * confirmation books. Empty when nothing changes: same shifts, or a mission (confirmed, done or cancelled).
     */
    public Optional<Change<Proposal>> needRescheduled(List<ShiftSnapshot> newShifts, String reason) {
        if (shifts.equals(newShifts) || status.fillsAPosition() || status == ProposalStatus.CANCELLED) {
            return Optional.empty();
        }
        var moved = new Proposal(id, needId, establishmentId, establishmentName, volunteerId, initials, List.copyOf(newShifts),
                urgency, status, proposedAt, requestedAt, expiresAt, answeredAt, closingReason, establishmentFeedback,
                volunteerFeedback);
        return Optional.of(status.isPending() ? moved.withdraw(reason) : Change.of(moved));
    }

    /** Confirmation itself is decided by {@link VolunteerSchedule}; this records it on the proposal. */
    public Change<Proposal> confirm() {
        require(status == ProposalStatus.ACCEPTED, "Seul un volontaire ayant accepté le contact peut être confirmé.");
        return Change.of(with(ProposalStatus.CONFIRMED, requestedAt, expiresAt, answeredAt, null),
                new MissionConfirmed(id, needId, establishmentId, volunteerId, shifts));
    }

    public Change<Proposal> cancel(String by, String reason) {
        require(status == ProposalStatus.CONFIRMED, "Seule une mission confirmée peut être annulée.");
        return Change.of(with(ProposalStatus.CANCELLED, requestedAt, expiresAt, answeredAt, reason),
                new MissionCancelled(id, needId, establishmentId, volunteerId, by, reason));
    }

    /** The mission is over once its last shift has ended. */
    public boolean isOver(LocalDateTime now) {
        return status == ProposalStatus.CONFIRMED
                && shifts.stream().map(ShiftSnapshot::end).max(Comparator.naturalOrder()).map(end -> !end.isAfter(now)).orElse(true);
    }

    public Change<Proposal> complete(LocalDateTime now) {
        require(isOver(now), "La mission n'est pas terminée.");
        return Change.of(with(ProposalStatus.COMPLETED, requestedAt, expiresAt, answeredAt, null),
                new MissionCompleted(id, needId, establishmentId, volunteerId, shifts));
    }

    /** Each side gives its feedback once, after the mission. */
    public Change<Proposal> feedback(Side side, Feedback feedback) {
        require(status == ProposalStatus.COMPLETED, "Un avis ne peut être donné qu'une fois la mission terminée.");
        require((side == Side.ESTABLISHMENT ? establishmentFeedback : volunteerFeedback) == null,
                "Votre avis sur cette mission a déjà été enregistré.");
        return Change.of(new Proposal(id, needId, establishmentId, establishmentName, volunteerId, initials, shifts, urgency,
                status, proposedAt, requestedAt, expiresAt, answeredAt, closingReason,
                side == Side.ESTABLISHMENT ? feedback : establishmentFeedback,
                side == Side.VOLUNTEER ? feedback : volunteerFeedback));
    }

    private void requireOpenRequest(Instant now) {
        require(status == ProposalStatus.CONTACT_REQUESTED, "Cette demande n'attend plus de réponse.");
        require(now.isBefore(expiresAt), "Cette demande a expiré.");
    }

    private Proposal with(ProposalStatus next, Instant requested, Instant expires, Instant answered, String reason) {
        return new Proposal(id, needId, establishmentId, establishmentName, volunteerId, initials, shifts, urgency, next, proposedAt,
                requested, expires, answered, reason, establishmentFeedback, volunteerFeedback);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new StateConflict(message);
        }
    }
}
