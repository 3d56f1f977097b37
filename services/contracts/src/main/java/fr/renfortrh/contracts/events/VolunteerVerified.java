package fr.renfortrh.contracts.events;

/** An ARS operator verified the volunteer: they can now be proposed. */
public record VolunteerVerified(VolunteerSnapshot volunteer) implements VolunteerChange {
}
