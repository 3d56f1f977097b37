package fr.renfortrh.contracts.events;

/** The volunteer has not confirmed their availability for 30 days: remind them (once per staleness). */
public record VolunteerAvailabilityStale(String volunteerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId;
    }
}
