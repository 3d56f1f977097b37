package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;

import java.util.List;
import java.util.Optional;

/** The volunteers read model (port). */
public interface Candidates {

    boolean upsertIfNewer(Candidate candidate, long version);

    boolean removeIfNewer(String volunteerId, long version);

    Optional<Candidate> byId(String volunteerId);

    /** Candidates of the need's profession whose travel distance may reach it (grid cell); the eligibility rules have the last word. */
    List<Candidate> plausibleFor(OpenNeed need);

    List<Candidate> all();
}
