package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.Candidates;
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
class MongoCandidates implements Candidates {

    private static final String COLLECTION = "candidates";
    private static final String PROFESSIONS = Projection.field("professions");

    private final Projection<Candidate> projection;

    MongoCandidates(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, Candidate.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(PROFESSIONS, Sort.Direction.ASC));
    }

    @Override
    public boolean upsertIfNewer(Candidate candidate, long version) {
        return projection.upsertIfNewer(candidate.volunteerId(), version, candidate);
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
        return projection.find(Query.query(Criteria.where(PROFESSIONS).is(need.profession())));
    }

    @Override
    public List<Candidate> all() {
        return projection.find(new Query());
    }
}
