package fr.renfortrh.contracts.events;

/** All the need's shifts are past. */
public record NeedExpired(String needId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
