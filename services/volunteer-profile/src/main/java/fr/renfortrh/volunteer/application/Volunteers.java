package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;

import java.util.Optional;

/** Where volunteers are kept (port). */
public interface Volunteers {

    Optional<Versioned<Volunteer>> ofAccount(String accountId);

    Versioned<Volunteer> add(Change<Volunteer> registration);
}
