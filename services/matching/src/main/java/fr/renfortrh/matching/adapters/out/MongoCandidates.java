package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.Candidates;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class MongoCandidates implements Candidates {

    private static final String COLLECTION = "candidates";
    private static final String PROFESSIONS = Projection.field("professions");
    private static final String HOME = "home";
    /** Decoded candidates kept (about 1 KB each): a shortlist reads hundreds, and decoding them cost more than reading them. */
    private static final int KEPT = 20_000;

    private final Projection<Candidate> projection;

    MongoCandidates(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, Candidate.class, KEPT);
        mongo.indexOps(COLLECTION).createIndex(new Index(PROFESSIONS, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(Projection.key(HOME), Sort.Direction.ASC));
        projection.addMissingKeys(HOME, MongoCandidates::keys);
    }

    /**
     * The volunteer's home cell and reach class: a need's place lists the keys of those who may reach it. A single
     * value, not an array, so that it can be the collection's shard key (docs/operations.md).
     */
    private static Map<String, Object> keys(Candidate candidate) {
        return ReachGrid.homeKeyOf(candidate).<Map<String, Object>>map(key -> Map.of(HOME, key)).orElse(Map.of());
    }

    @Override
    public boolean upsertIfNewer(Candidate candidate, long version) {
        return projection.upsertIfNewer(candidate.volunteerId(), version, candidate, keys(candidate));
    }

    @Override
    public boolean removeIfNewer(String volunteerId, long version) {
        return projection.removeIfNewer(volunteerId, version);
    }

    @Override
    public Optional<Candidate> byId(String volunteerId) {
        return projection.findById(volunteerId);
    }

    @Override
    public List<Candidate> plausibleFor(OpenNeed need) {
        if (!need.hasLocation()) {
            return List.of();
        }
        return projection.find(Query.query(Criteria.where(Projection.key(HOME)).in(ReachGrid.homeKeysReaching(need.latitude(), need.longitude()))
                .and(PROFESSIONS).is(need.profession())));
    }

    @Override
    public List<Candidate> all() {
        return projection.find(new Query());
    }
}
