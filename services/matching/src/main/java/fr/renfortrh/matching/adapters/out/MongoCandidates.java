package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.Candidates;
import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Volunteers stored in MongoDB, and in memory at the latest version any instance stored: the verified ones filed in a
 * {@link ReachGrid} for shortlists. Reads come from memory, so that whoever a shortlist shows can be asked at once.
 */
@Repository
class MongoCandidates implements Candidates {

    private static final String COLLECTION = "candidates";

    /** The version last known of a volunteer, and the volunteer at it (null once withdrawn). */
    private record Known(long version, Candidate candidate) {
    }

    private final Projection<Candidate> projection;
    private final ReachGrid grid = new ReachGrid();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    MongoCandidates(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, Candidate.class);
    }

    @Override
    public boolean upsertIfNewer(Candidate candidate, long version) {
        boolean stored = projection.upsertIfNewer(candidate.volunteerId(), version, candidate);
        remember(candidate, version);
        return stored;
    }

    @Override
    public boolean removeIfNewer(String volunteerId, long version) {
        boolean removed = projection.removeIfNewer(volunteerId, version);
        forget(volunteerId, version);
        return removed;
    }

    @Override
    public void remember(Candidate candidate, long version) {
        keep(candidate.volunteerId(), version, candidate);
    }

    @Override
    public void forget(String volunteerId, long version) {
        keep(volunteerId, version, null);
    }

    private void keep(String volunteerId, long version, Candidate candidate) {
        known.compute(volunteerId, (id, before) -> {
            if (before != null && before.version() >= version) {
                return before;
            }
            if (before != null && before.candidate() != null) {
                grid.unfile(before.candidate());
            }
            if (candidate != null) {
                grid.file(candidate);
            }
            return new Known(version, candidate);
        });
    }

    @Override
    public Optional<Candidate> byId(String volunteerId) {
        return Optional.ofNullable(known.get(volunteerId)).map(Known::candidate);
    }

    @Override
    public ReachGrid.InReach inReachOf(OpenNeed need, Audience audience, Instant now) {
        return grid.inReachOf(need, audience, now);
    }

    @Override
    public List<Candidate> all() {
        return known.values().stream().map(Known::candidate).filter(Objects::nonNull).toList();
    }

    @Override
    public long forEachStored(Consumer<Versioned<Candidate>> action) {
        return projection.forEachVersioned(action);
    }
}
