package fr.renfortrh.contracts.events;

public record NeedPublished(NeedSnapshot need) implements DomainEvent {

    @Override
    public String aggregateId() {
        return need.needId();
    }
}
