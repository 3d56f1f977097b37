package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;

import java.util.List;
import java.util.Optional;

/** The published needs read model (port). */
public interface OpenNeeds {

    boolean upsertIfNewer(OpenNeed need, long version);

    Optional<OpenNeed> byId(String needId);

    /**
     * Open needs of one of the candidate's professions, contract types and departments accepted, in a grid cell their
     * travel distance touches.
     */
    List<OpenNeed> plausibleFor(Candidate candidate);

    List<OpenNeed> all();
}
