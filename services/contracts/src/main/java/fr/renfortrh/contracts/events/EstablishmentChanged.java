package fr.renfortrh.contracts.events;

/** Anything about the establishment changed (details, staff, verification withdrawn). */
public record EstablishmentChanged(EstablishmentSnapshot establishment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
