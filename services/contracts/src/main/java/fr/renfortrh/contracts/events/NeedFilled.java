package fr.renfortrh.contracts.events;

/** Every position of the need is filled by a confirmed mission. */
public record NeedFilled(String needId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
