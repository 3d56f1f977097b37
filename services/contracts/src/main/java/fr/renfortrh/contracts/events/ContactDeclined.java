package fr.renfortrh.contracts.events;

/** The volunteer declined the contact request. */
public record ContactDeclined(String proposalId, String needId, String establishmentId, String volunteerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
