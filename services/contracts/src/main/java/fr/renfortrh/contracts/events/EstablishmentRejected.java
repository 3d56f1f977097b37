package fr.renfortrh.contracts.events;

/** The ARS refused the establishment (the reason stays with it): its staff may correct it and submit it again. */
public record EstablishmentRejected(EstablishmentSnapshot establishment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
