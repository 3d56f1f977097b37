package fr.renfortrh.contracts.events;

import java.time.Instant;

/** An establishment or the ARS asks the volunteer whether they may be contacted for the need. */
public record ContactRequested(String proposalId, String needId, String establishmentId,
                               String volunteerId, Instant expiresAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
