package fr.renfortrh.contracts.events;

import java.time.LocalDateTime;

/** One shift of a need, in Europe/Paris local time; a night shift ends the next day. */
public record ShiftSnapshot(LocalDateTime start, LocalDateTime end) {
}
