package fr.renfortrh.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a notification leaves by mail or SMS. Nothing leaves between 22:00 and 07:00 (Paris time) except for a
 * critical need; non-critical ones wait a short grouping window so that a burst becomes one digest; a failed
 * sending is retried with a growing delay, capped, never given up.
 */
public record DeliveryPolicy(Duration groupingWindow, ZoneId zone) {

    static final LocalTime QUIET_FROM = LocalTime.of(22, 0);
    static final LocalTime QUIET_UNTIL = LocalTime.of(7, 0);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    public Instant dueAt(Instant createdAt, boolean critical) {
        return critical ? createdAt : outsideQuietHours(createdAt.plus(groupingWindow));
    }

    /** After {@code attempts} failed sendings: 30 s, 1 min, 2 min… up to an hour. */
    public Instant retryAt(Instant now, int attempts, boolean critical) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_RETRY.multipliedBy(factor);
        Instant next = now.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
        return critical ? next : outsideQuietHours(next);
    }

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return !time.isBefore(QUIET_FROM) || time.isBefore(QUIET_UNTIL);
    }

    private Instant outsideQuietHours(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime morning = local.toLocalTime().isBefore(QUIET_UNTIL) ? local.with(QUIET_UNTIL)
                : local.plusDays(1).with(QUIET_UNTIL);
        return morning.toInstant();
    }
}
