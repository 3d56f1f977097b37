package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.OpenNeeds;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoOpenNeeds implements OpenNeeds {

    private static final String COLLECTION = "open_needs";
    private static final String PROFESSION = Projection.field("profession");

    private final Projection<OpenNeed> projection;

    MongoOpenNeeds(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, OpenNeed.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(PROFESSION, Sort.Direction.ASC));
    }

    @Override
    public boolean upsertIfNewer(OpenNeed need, long version) {
        return projection.upsertIfNewer(need.needId(), version, need);
    }

    @Override
    public Optional<OpenNeed> byId(String needId) {
        return projection.findById(needId);
    }

    @Override
    public List<OpenNeed> plausibleFor(Candidate candidate) {
        return projection.find(Query.query(Criteria.where(PROFESSION).in(candidate.professions())
                .and(Projection.field("open")).is(true)));
    }

    @Override
    public List<OpenNeed> all() {
        return projection.find(new Query());
    }
}
