package fr.renfortrh.contracts.events;

/** A volunteer event that carries the volunteer's whole snapshot after the change. */
public interface VolunteerChange extends DomainEvent {

    VolunteerSnapshot volunteer();

    @Override
    default String aggregateId() {
        return volunteer().volunteerId();
    }
}
