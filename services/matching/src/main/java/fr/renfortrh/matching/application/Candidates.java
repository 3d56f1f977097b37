package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.platform.domain.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The volunteers read model (port): stored, and kept in each instance's memory at the latest version any instance
 * stored, which every read but {@link #forEachStored} comes from.
 */
public interface Candidates {

    /** Stores the volunteer, and keeps them in memory, if this version is newer. */
    boolean upsertIfNewer(Candidate candidate, long version);

    boolean removeIfNewer(String volunteerId, long version);

    /** Keeps in memory what another instance stores (or what this one stored before it started), if newer. */
    void remember(Candidate candidate, long version);

    void forget(String volunteerId, long version);

    /** Nobody once withdrawn. */
    Optional<Candidate> byId(String volunteerId);

    /** Those of the need's profession who may reach it, best bound first; the eligibility rules have the last word. */
    ReachGrid.InReach inReachOf(OpenNeed need, Audience audience, Instant now);

    List<Candidate> all();

    /** Hands each volunteer MongoDB holds to {@code action}, to fill the memory at start; returns how many there were. */
    long forEachStored(Consumer<Versioned<Candidate>> action);
}
