package fr.renfortrh.contracts.events;

/** The volunteer did not answer the contact request in time. */
public record ContactExpired(String proposalId, String needId, String establishmentId, String volunteerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
