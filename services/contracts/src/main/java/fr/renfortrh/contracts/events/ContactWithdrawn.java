package fr.renfortrh.contracts.events;

/** A pending request was withdrawn (volunteer confirmed elsewhere for overlapping shifts, need cancelled...). */
public record ContactWithdrawn(String proposalId, String needId, String establishmentId,
                               String volunteerId, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
