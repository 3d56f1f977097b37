package fr.renfortrh.contracts.events;

public record VolunteerRegistered(VolunteerSnapshot volunteer) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteer.volunteerId();
    }
}
