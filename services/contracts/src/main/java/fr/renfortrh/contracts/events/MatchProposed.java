package fr.renfortrh.contracts.events;

/** Matching found an eligible volunteer for a need. */
public record MatchProposed(String matchId, String needId, String establishmentId, String volunteerId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return matchId;
    }
}
