package fr.renfortrh.contracts.events;

/** The establishment cancelled the need. */
public record NeedCancelled(String needId, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
