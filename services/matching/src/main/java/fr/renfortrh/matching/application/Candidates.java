package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;

import java.util.List;

/** The volunteers read model (port). */
public interface Candidates {

    boolean upsertIfNewer(Candidate candidate, long version);

    boolean removeIfNewer(String volunteerId, long version);

    /** Candidates that may be eligible (same profession and department); the domain has the last word. */
    List<Candidate> plausibleFor(OpenNeed need);
}
