package fr.renfortrh.contracts.events;

/** The volunteer paused their participation. */
public record VolunteerPaused(VolunteerSnapshot volunteer) implements VolunteerChange {
}
