package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;

import java.util.List;
import java.util.Optional;

/** Where needs are kept (port). */
public interface Needs {

    Optional<Versioned<Need>> byId(String needId);

    List<Versioned<Need>> find(NeedFilter filter);

    /** Needs still open, for the expiry job. */
    List<Versioned<Need>> open();

    Versioned<Need> add(Change<Need> publication);

    Versioned<Need> update(String needId, long expectedVersion, Change<Need> change);
}
