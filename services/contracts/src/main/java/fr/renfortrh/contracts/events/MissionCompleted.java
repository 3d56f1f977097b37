package fr.renfortrh.contracts.events;

/** The mission took place. */
public record MissionCompleted(String proposalId, String needId, String establishmentId, String volunteerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
