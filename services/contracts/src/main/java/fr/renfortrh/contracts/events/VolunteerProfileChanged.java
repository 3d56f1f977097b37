package fr.renfortrh.contracts.events;

/** The volunteer edited their profile. */
public record VolunteerProfileChanged(VolunteerSnapshot volunteer) implements VolunteerChange {
}
