package fr.renfortrh.contracts.events;

import java.time.Instant;

/** No sign of life from the volunteer for 24 months: warn them that the profile is erased after {@code purgeAfter}. */
public record VolunteerDormancyWarned(String volunteerId, Instant purgeAfter) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId;
    }
}
