package fr.renfortrh.contracts.events;

import java.util.List;

/** The mission's last shift is over: each side may now leave private feedback for the ARS. */
public record MissionCompleted(String proposalId, String needId, String establishmentId, String volunteerId,
                               List<ShiftSnapshot> shifts) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
