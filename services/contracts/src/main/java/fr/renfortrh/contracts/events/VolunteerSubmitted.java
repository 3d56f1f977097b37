package fr.renfortrh.contracts.events;

/** The volunteer submitted a complete profile for verification. */
public record VolunteerSubmitted(VolunteerSnapshot volunteer) implements VolunteerChange {
}
