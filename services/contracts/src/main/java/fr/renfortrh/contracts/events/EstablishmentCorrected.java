package fr.renfortrh.contracts.events;

/** The ARS corrected the establishment's details, what it verified included: its staff are told what it now reads. */
public record EstablishmentCorrected(EstablishmentSnapshot establishment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
