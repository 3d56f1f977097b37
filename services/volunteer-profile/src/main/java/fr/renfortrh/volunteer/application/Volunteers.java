package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;

import java.util.List;
import java.util.Optional;

/** Where volunteers are kept (port). */
public interface Volunteers {

    Optional<Versioned<Volunteer>> byId(String volunteerId);

    /** Every volunteer the filter finds, oldest submission first. */
    List<Versioned<Volunteer>> find(VolunteerFilter filter);

    /** A page of submitted profiles, oldest submission first: the order the ARS verifies them in. */
    VolunteersPage queue(VolunteerFilter filter, int page, int size);

    /** A page of the base, newest registration first. */
    VolunteersPage search(VolunteerFilter filter, int page, int size);

    List<Versioned<Volunteer>> all();

    boolean isEmpty();

    Versioned<Volunteer> add(Change<Volunteer> registration);

    Versioned<Volunteer> update(String volunteerId, long expectedVersion, Change<Volunteer> change);

    /** Removes the person's data; only the tombstone event remains, until relayed. */
    void erase(String volunteerId, long expectedVersion, VolunteerWithdrawn tombstone);
}
