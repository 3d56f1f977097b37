package fr.renfortrh.contracts.events;

/** The volunteer changed or confirmed their availability (freshness is in the snapshot). */
public record VolunteerAvailabilityChanged(VolunteerSnapshot volunteer) implements VolunteerChange {
}
