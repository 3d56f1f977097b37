package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.Versioned;

import java.util.Collection;
import java.util.Map;

/** One schedule document per volunteer (port); version -1 means not stored yet. */
public interface Schedules {

    Versioned<VolunteerSchedule> of(String volunteerId);

    Map<String, VolunteerSchedule> of(Collection<String> volunteerIds);

    /** Fails with an optimistic-locking conflict if the schedule changed since {@code expectedVersion}. */
    Versioned<VolunteerSchedule> save(long expectedVersion, VolunteerSchedule schedule);

    void erase(String volunteerId);
}
