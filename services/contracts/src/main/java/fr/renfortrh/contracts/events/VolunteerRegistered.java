package fr.renfortrh.contracts.events;

/** A volunteer created their profile (a draft until submitted). */
public record VolunteerRegistered(VolunteerSnapshot volunteer) implements VolunteerChange {
}
