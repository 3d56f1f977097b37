package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.OpenNeeds;
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
class MongoOpenNeeds implements OpenNeeds {

    private static final String COLLECTION = "open_needs";
    private static final String PROFESSION = Projection.field("profession");
    private static final String CELL = "cell";
    /** Decoded needs kept: each volunteer event reads the open needs within their reach. */
    private static final int KEPT = 10_000;

    private final Projection<OpenNeed> projection;

    MongoOpenNeeds(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, OpenNeed.class, KEPT);
        mongo.indexOps(COLLECTION).createIndex(new Index(PROFESSION, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(Projection.key(CELL), Sort.Direction.ASC));
        projection.addMissingKeys(CELL, MongoOpenNeeds::keys);
    }

    /** The grid cell of the need's place: a volunteer's reach cells find the needs they may travel to. */
    private static Map<String, Object> keys(OpenNeed need) {
        return Map.of(CELL, need.hasLocation() ? List.of(ReachGrid.cellOf(need.latitude(), need.longitude())) : List.of());
    }

    @Override
    public boolean upsertIfNewer(OpenNeed need, long version) {
        return projection.upsertIfNewer(need.needId(), version, need, keys(need));
    }

    @Override
    public Optional<OpenNeed> byId(String needId) {
        return projection.findById(needId);
    }

    @Override
    public List<OpenNeed> plausibleFor(Candidate candidate) {
        // the volunteer's own hard rules that a need's fields alone decide: fewer needs to read and map
        return projection.find(Query.query(Criteria.where(Projection.key(CELL)).in(ReachGrid.cellsReachedBy(candidate))
                .and(PROFESSION).in(candidate.professions())
                .and(Projection.field("open")).is(true)
                .and(Projection.field("contractType")).in(candidate.contractTypes())
                .and(Projection.field("department")).in(candidate.departmentsAccepted())));
    }

    @Override
    public List<OpenNeed> all() {
        return projection.find(new Query());
    }
}
