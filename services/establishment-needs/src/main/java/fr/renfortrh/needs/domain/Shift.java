package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A shift on a date; an end at or before the start means it ends the next day (night shift). */
public record Shift(LocalDate date, LocalTime start, LocalTime end) {

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    public LocalDateTime endsAt() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }

    public ShiftSnapshot snapshot() {
        return new ShiftSnapshot(startsAt(), endsAt());
    }
}
