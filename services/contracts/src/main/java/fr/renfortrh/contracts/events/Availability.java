package fr.renfortrh.contracts.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * When a volunteer can work. {@code weeklySlots} has one bit per half-day of the week: bit 2·d is the
 * morning and bit 2·d+1 the afternoon-evening of day d (0 = Monday), bit 14+d the night starting on day d.
 * Dated periods override the weekly pattern; {@code availableNowUntil}, when set, means "any time until".
 */
public record Availability(
        int weeklySlots,
        List<Period> available,
        List<Period> unavailable,
        LocalDateTime availableNowUntil) {

    public record Period(LocalDate from, LocalDate to) {
    }

    public static Availability none() {
        return new Availability(0, List.of(), List.of(), null);
    }
}
