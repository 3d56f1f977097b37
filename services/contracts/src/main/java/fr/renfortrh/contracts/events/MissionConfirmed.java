package fr.renfortrh.contracts.events;

import java.util.List;

/** The establishment confirmed the volunteer for the need's shifts: one position is filled. */
public record MissionConfirmed(String proposalId, String needId, String establishmentId, String volunteerId,
                               List<ShiftSnapshot> shifts) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
