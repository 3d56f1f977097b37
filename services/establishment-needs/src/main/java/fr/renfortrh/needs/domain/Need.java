package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.NeedCancelled;
import fr.renfortrh.contracts.events.NeedChanged;
import fr.renfortrh.contracts.events.NeedExpired;
import fr.renfortrh.contracts.events.NeedFilled;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;
import fr.renfortrh.platform.domain.StateConflict;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A staffing need of an establishment. Filled positions follow matching's confirmations and cancellations,
 * kept as sets of proposal digests so duplicated or reordered events cannot miscount, and so no volunteer
 * identifier is kept here (matching's proposal ids contain one): a withdrawn volunteer leaves nothing to purge.
 */
public record Need(
        String id,
        String establishmentId,
        String establishmentName,
        String department,
        String communeInsee,
        double latitude,
        double longitude,
        NeedDetails details,
        List<Shift> shifts,
        NeedStatus status,
        List<String> confirmedProposalDigests,
        List<String> cancelledProposalDigests,
        List<String> completedProposalDigests,
        String cancellationReason,
        LocalDateTime publishedAt) {

    public static final int MAX_POSITIONS = 500;
    public static final int MAX_SHIFTS = 200;
    private static final long MAX_SHIFT_HOURS = 24;
    public static final String NOT_VERIFIED = "Votre établissement doit être vérifié par l'ARS avant de publier des besoins.";

    public Need {
        shifts = shifts.stream().sorted(Comparator.comparing(Shift::startsAt)).toList();
        confirmedProposalDigests = List.copyOf(confirmedProposalDigests);
        cancelledProposalDigests = List.copyOf(cancelledProposalDigests);
        // needs stored before missions could complete have no such list
        completedProposalDigests = completedProposalDigests == null ? List.of() : List.copyOf(completedProposalDigests);
    }

    public static Change<Need> publish(String id, Establishment establishment, NeedDetails details, List<Shift> shifts,
                                       LocalDateTime now) {
        if (!establishment.isVerified()) {
            throw new Forbidden(NOT_VERIFIED);
        }
        validate(details, shifts, now, 0, List.of());
        var need = new Need(id, establishment.id(), establishment.details().name(), establishment.department(),
                establishment.details().communeInsee(), establishment.latitude(), establishment.longitude(), details,
                shifts, NeedStatus.PUBLISHED, List.of(), List.of(), List.of(), null, now);
        return Change.of(need, new NeedPublished(need.snapshot()));
    }

    public int filledPositions() {
        return confirmedProposalDigests.size();
    }

    /** Confirmed missions whose last shift is over. */
    public int completedMissions() {
        return completedProposalDigests.size();
    }

    public boolean isOpen() {
        return status == NeedStatus.PUBLISHED || status == NeedStatus.PARTIALLY_FILLED;
    }

    public Change<Need> edit(NeedDetails newDetails, List<Shift> newShifts, LocalDateTime now) {
        if (!isOpen() && status != NeedStatus.FILLED) {
            throw new StateConflict("Un besoin annulé ou expiré ne se modifie plus.");
        }
        if (filledPositions() > 0 && !Set.copyOf(newShifts).equals(Set.copyOf(shifts))) {
            // the missions confirmed were agreed, and booked in each volunteer's schedule, on these shifts
            throw new RuleViolation("shifts", "Des missions sont confirmées sur ces créneaux : ils ne peuvent plus changer. "
                    + "Publiez un autre besoin pour d'autres dates.");
        }
        validate(newDetails, newShifts, now, filledPositions(), shifts);
        var edited = withFilling(newDetails, newShifts, confirmedProposalDigests, cancelledProposalDigests);
        List<DomainEvent> events = new ArrayList<>(List.of(new NeedChanged(edited.snapshot())));
        if (edited.status == NeedStatus.FILLED && status != NeedStatus.FILLED) {
            events.add(new NeedFilled(id));
        }
        return new Change<>(edited, events);
    }

    /** By the establishment, or by the ARS ({@link MissionCancelled}'s sides): matching cancels its missions ahead with it. */
    public Change<Need> cancel(String reason, String cancelledBy) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Indiquez le motif de l'annulation.");
        }
        if (status == NeedStatus.CANCELLED || status == NeedStatus.EXPIRED) {
            throw new StateConflict("Ce besoin est déjà clos.");
        }
        var cancelled = new Need(id, establishmentId, establishmentName, department, communeInsee, latitude, longitude,
                details, shifts, NeedStatus.CANCELLED, confirmedProposalDigests, cancelledProposalDigests, completedProposalDigests,
                reason.strip(), publishedAt);
        return Change.of(cancelled, new NeedCancelled(id, reason.strip(), cancelledBy));
    }

    public Change<Need> missionConfirmed(String proposalId) {
        String digest = digestOf(proposalId);
        if (confirmedProposalDigests.contains(digest) || cancelledProposalDigests.contains(digest)) {
            return new Change<>(this, List.of());
        }
        var confirmed = new ArrayList<>(confirmedProposalDigests);
        confirmed.add(digest);
        var next = withFilling(details, shifts, confirmed, cancelledProposalDigests);
        return next.status == NeedStatus.FILLED && status != NeedStatus.FILLED
                ? Change.of(next, new NeedFilled(id))
                : new Change<>(next, List.of());
    }

    /** Tolerates a cancellation that arrives before its confirmation: the later confirmation is then ignored. */
    public Change<Need> missionCancelled(String proposalId) {
        String digest = digestOf(proposalId);
        if (cancelledProposalDigests.contains(digest)) {
            return new Change<>(this, List.of());
        }
        var cancelled = new ArrayList<>(cancelledProposalDigests);
        cancelled.add(digest);
        var confirmed = confirmedProposalDigests.stream().filter(p -> !p.equals(digest)).toList();
        var next = withFilling(details, shifts, confirmed, cancelled);
        return next.status != status && next.isOpen()
                ? Change.of(next, new NeedChanged(next.snapshot()))
                : new Change<>(next, List.of());
    }

    /** A completed mission stays a filled position; one heard of only now was confirmed before. */
    public Change<Need> missionCompleted(String proposalId) {
        String digest = digestOf(proposalId);
        if (completedProposalDigests.contains(digest) || cancelledProposalDigests.contains(digest)) {
            return new Change<>(this, List.of());
        }
        var completed = new ArrayList<>(completedProposalDigests);
        completed.add(digest);
        var withCompletion = new Need(id, establishmentId, establishmentName, department, communeInsee, latitude,
                longitude, details, shifts, status, confirmedProposalDigests, cancelledProposalDigests, completed,
                cancellationReason, publishedAt);
        return confirmedProposalDigests.contains(digest)
                ? new Change<>(withCompletion, List.of())
                : withCompletion.missionConfirmed(proposalId);
    }

    public boolean isOver(LocalDateTime now) {
        return shifts.stream().allMatch(s -> !s.endsAt().isAfter(now));
    }

    public Change<Need> expire(LocalDateTime now) {
        if (!isOpen() || !isOver(now)) {
            throw new StateConflict("Ce besoin n'est pas expiré.");
        }
        var expired = new Need(id, establishmentId, establishmentName, department, communeInsee, latitude, longitude,
                details, shifts, NeedStatus.EXPIRED, confirmedProposalDigests, cancelledProposalDigests, completedProposalDigests,
                null, publishedAt);
        return Change.of(expired, new NeedExpired(id));
    }

    public NeedSnapshot snapshot() {
        return new NeedSnapshot(id, establishmentId, establishmentName, details.profession(), details.specialty(),
                details.unitType(), department, communeInsee, latitude, longitude, details.contractType(),
                details.urgency(), details.positions(),
                shifts.stream().map(Shift::snapshot).toList(), details.housingOffered(), details.payIndication());
    }

    static String digestOf(String proposalId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(proposalId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Need withFilling(NeedDetails d, List<Shift> s, List<String> confirmed, List<String> cancelled) {
        NeedStatus next = status == NeedStatus.CANCELLED || status == NeedStatus.EXPIRED ? status
                : confirmed.size() >= d.positions() ? NeedStatus.FILLED
                : confirmed.isEmpty() ? NeedStatus.PUBLISHED : NeedStatus.PARTIALLY_FILLED;
        return new Need(id, establishmentId, establishmentName, department, communeInsee, latitude, longitude, d, s,
                next, confirmed, cancelled, completedProposalDigests, cancellationReason, publishedAt);
    }

    /** {@code scheduled}: the shifts the need has already, which stay even once begun (an edit of a need under way). */
    private static void validate(NeedDetails details, List<Shift> shifts, LocalDateTime now, int filled, List<Shift> scheduled) {
        List<FieldMessage> errors = new ArrayList<>();
        // checked with the rest, so that a form shows every mistake at once
        if (details.profession() == null) {
            errors.add(new FieldMessage("profession", "Choisissez une profession."));
        }
        if (details.contractType() == null) {
            errors.add(new FieldMessage("contractType", "Choisissez un type de contrat."));
        }
        if (details.urgency() == null) {
            errors.add(new FieldMessage("urgency", "Indiquez l'urgence."));
        }
        if (details.positions() < 1 || details.positions() > MAX_POSITIONS) {
            errors.add(new FieldMessage("positions", "Entre 1 et " + MAX_POSITIONS + " postes."));
        } else if (details.positions() < filled) {
            errors.add(new FieldMessage("positions", filled + " poste(s) sont déjà pourvus : impossible de descendre en dessous."));
        }
        if (shifts.isEmpty() || shifts.size() > MAX_SHIFTS) {
            errors.add(new FieldMessage("shifts", "Entre 1 et " + MAX_SHIFTS + " créneaux."));
        }
        Set<LocalDateTime> starts = new HashSet<>();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (shift.startsAt().isBefore(now) && !scheduled.contains(shift)) {
                errors.add(new FieldMessage("shifts[" + i + "]", "Ce créneau est déjà passé."));
            } else if (Duration.between(shift.startsAt(), shift.endsAt()).toHours() > MAX_SHIFT_HOURS) {
                errors.add(new FieldMessage("shifts[" + i + "]", "Un créneau dure 24 h au plus."));
            } else if (!starts.add(shift.startsAt())) {
                errors.add(new FieldMessage("shifts[" + i + "]", "Ce créneau est en double."));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }
}
