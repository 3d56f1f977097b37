package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The volunteer and the establishment are reminded of a confirmed mission the day before its first shift; one reminder per mission. */
public record MissionReminder(String proposalId, String volunteerId, String needId, String establishmentId,
                              List<ShiftSnapshot> shifts, Instant remindAt) {

    /** How long before the first shift (French local time) the reminder is due. */
    public static final Duration BEFORE = Duration.ofHours(24);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** None when the first shift is less than a day away: the confirmation, just sent, says it all. */
    public static Optional<MissionReminder> of(MissionConfirmed confirmed, Instant now) {
        return confirmed.shifts().stream().map(ShiftSnapshot::start).min(Comparator.naturalOrder())
                .map(first -> first.atZone(PARIS).toInstant().minus(BEFORE))
                .filter(remindAt -> remindAt.isAfter(now))
                .map(remindAt -> new MissionReminder(confirmed.proposalId(), confirmed.volunteerId(), confirmed.needId(),
                        confirmed.establishmentId(), List.copyOf(confirmed.shifts()), remindAt));
    }

    public LocalDateTime firstShiftStart() {
        return shifts.stream().map(ShiftSnapshot::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** A reminder found after its mission began (the service was down the whole day before) is no longer sent. */
    public boolean stillAhead(Instant now) {
        return firstShiftStart().atZone(PARIS).toInstant().isAfter(now);
    }
}
