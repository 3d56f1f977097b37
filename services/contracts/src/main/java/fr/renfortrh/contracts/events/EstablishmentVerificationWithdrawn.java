package fr.renfortrh.contracts.events;

/**
 * The ARS no longer vouches for an establishment it had verified (the reason stays with it): its needs not over yet
 * are cancelled, with their missions; its staff may correct it and submit it again.
 */
public record EstablishmentVerificationWithdrawn(EstablishmentSnapshot establishment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
