package fr.renfortrh.contracts.events;

/** An ARS operator rejected the profile (the reason stays with the volunteer). */
public record VolunteerRejected(VolunteerSnapshot volunteer) implements VolunteerChange {
}
