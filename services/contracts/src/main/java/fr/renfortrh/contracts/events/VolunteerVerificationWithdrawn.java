package fr.renfortrh.contracts.events;

/**
 * An ARS operator withdrew a verified profile's verification (the reason stays with the volunteer): they are no longer
 * proposed, their pending requests are withdrawn and their confirmed missions cancelled.
 */
public record VolunteerVerificationWithdrawn(VolunteerSnapshot volunteer) implements VolunteerChange {
}
