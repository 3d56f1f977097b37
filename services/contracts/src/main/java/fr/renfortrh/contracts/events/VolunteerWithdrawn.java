package fr.renfortrh.contracts.events;

/** Tombstone: the volunteer deleted their account; every service purges or anonymises what it holds. */
public record VolunteerWithdrawn(String volunteerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId;
    }
}
