package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;

import java.util.List;
import java.util.Optional;

/** Where volunteers are kept (port). */
public interface Volunteers {

    Optional<Versioned<Volunteer>> byId(String volunteerId);

    /** Filtered by any of status, department and profession (null = any), oldest submission first. */
    List<Versioned<Volunteer>> find(VolunteerStatus status, String department, Profession profession);

    VolunteersPage page(VolunteerStatus status, String department, Profession profession, int page, int size);

    List<Versioned<Volunteer>> all();

    boolean isEmpty();

    Versioned<Volunteer> add(Change<Volunteer> registration);

    Versioned<Volunteer> update(String volunteerId, long expectedVersion, Change<Volunteer> change);

    /** Removes the person's data; only the tombstone event remains, until relayed. */
    void erase(String volunteerId, long expectedVersion, VolunteerWithdrawn tombstone);
}
