package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;

import java.util.List;
import java.util.Optional;

/** The published needs read model (port). */
public interface OpenNeeds {

    boolean upsertIfNewer(OpenNeed need, long version);

    Optional<OpenNeed> byId(String needId);

    /** Needs of one of the candidate's professions. */
    List<OpenNeed> plausibleFor(Candidate candidate);

    List<OpenNeed> all();
}
