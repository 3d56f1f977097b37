package fr.renfortrh.contracts.events;

/** A confirmed mission was cancelled by either side: its position is open again. */
public record MissionCancelled(String proposalId, String needId, String establishmentId, String volunteerId,
                               String cancelledBy, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
