package fr.renfortrh.contracts.events;

/**
 * The need was cancelled: by its establishment, or by the ARS when it withdrew the establishment's verification.
 * {@code cancelledBy} is one of {@link MissionCancelled}'s sides; events published before it existed lack it, and were
 * all cancelled by the establishment.
 */
public record NeedCancelled(String needId, String reason, String cancelledBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    /** The side that cancelled, {@link MissionCancelled#BY_ESTABLISHMENT} for events older than the field. */
    public String side() {
        return cancelledBy == null ? MissionCancelled.BY_ESTABLISHMENT : cancelledBy;
    }
}
