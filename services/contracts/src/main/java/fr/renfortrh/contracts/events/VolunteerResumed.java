package fr.renfortrh.contracts.events;

/** The volunteer resumed their participation. */
public record VolunteerResumed(VolunteerSnapshot volunteer) implements VolunteerChange {
}
