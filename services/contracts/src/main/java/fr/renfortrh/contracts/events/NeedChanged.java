package fr.renfortrh.contracts.events;

/** A published need was edited (shifts, positions, details...). */
public record NeedChanged(NeedSnapshot need) implements DomainEvent {

    @Override
    public String aggregateId() {
        return need.needId();
    }
}
