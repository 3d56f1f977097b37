package fr.renfortrh.contracts.events;

/** The ARS verified the establishment: it may now publish needs and contact volunteers. */
public record EstablishmentVerified(EstablishmentSnapshot establishment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
