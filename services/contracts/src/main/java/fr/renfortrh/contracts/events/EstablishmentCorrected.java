package fr.renfortrh.contracts.events;

/**
 * An ARS operator ({@code correctedBy}, by name) corrected the establishment's details, what the ARS verified included:
 * its staff are told what it now reads, and who changed it.
 */
public record EstablishmentCorrected(EstablishmentSnapshot establishment, String correctedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return establishment.establishmentId();
    }
}
