package fr.renfortrh.contracts.events;

/**
 * A confirmed mission was cancelled by either side, or by the ARS: its position is open again. {@code cancelledBy} is
 * the side, one of the constants below, not a person.
 */
public record MissionCancelled(String proposalId, String needId, String establishmentId, String volunteerId,
                               String cancelledBy, String reason) implements DomainEvent {

    public static final String BY_VOLUNTEER = "VOLUNTEER";
    public static final String BY_ESTABLISHMENT = "ESTABLISHMENT";
    public static final String BY_ARS = "ARS";

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
