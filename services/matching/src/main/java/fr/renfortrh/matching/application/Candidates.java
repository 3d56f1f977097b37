package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.platform.domain.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The volunteers read model (port): stored, and the verified ones in each instance's memory for shortlists, which
 * must learn what every instance stores.
 */
public interface Candidates {

    /** Stores the volunteer, and keeps them in memory, if this version is newer. */
    boolean upsertIfNewer(Candidate candidate, long version);

    boolean removeIfNewer(String volunteerId, long version);

    /** Keeps in memory what another instance stores (or what this one stored before it started), if newer. */
    void remember(Candidate candidate, long version);

    void forget(String volunteerId, long version);

    Optional<Candidate> byId(String volunteerId);

    /** Those of the need's profession who may reach it, best bound first; the eligibility rules have the last word. */
    ReachGrid.InReach inReachOf(OpenNeed need, Audience audience, Instant now);

    List<Candidate> all();

    List<Versioned<Candidate>> allStored();
}
