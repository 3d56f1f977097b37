package fr.renfortrh.contracts.events;

/** The volunteer accepted to be contacted: the establishment may now see their contact details. */
public record ContactAccepted(String proposalId, String needId, String establishmentId, String volunteerId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
