package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;

import java.util.List;
import java.util.Optional;

/** Where needs are kept (port). */
public interface Needs {

    Optional<Versioned<Need>> byId(String needId);

    /** Everything the filter finds, newest first. */
    List<Versioned<Need>> find(NeedFilter filter);

    NeedPage page(NeedFilter filter, int page, int size);

    /** Needs still open, for the expiry job. */
    List<Versioned<Need>> open();

    Versioned<Need> add(Change<Need> publication);

    Versioned<Need> update(String needId, long expectedVersion, Change<Need> change);
}
