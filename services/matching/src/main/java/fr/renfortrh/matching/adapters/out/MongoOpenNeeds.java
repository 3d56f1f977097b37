package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class MongoOpenNeeds implements OpenNeeds {

    private static final String COLLECTION = "open_needs";
    /** Where, whom and on what contract an open need asks: what a volunteer's reach, professions and contract types select. */
    private static final String ASKS = "asks";
    /** Decoded needs kept: each volunteer event reads the open needs within their reach. */
    private static final int KEPT = 10_000;

    private final Projection<OpenNeed> projection;

    MongoOpenNeeds(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, COLLECTION, OpenNeed.class, KEPT);
        mongo.indexOps(COLLECTION).createIndex(new Index(Projection.key(ASKS), Sort.Direction.ASC));
        projection.addMissingKeys(ASKS, MongoOpenNeeds::keys);
    }

    /**
     * The grid cell of an open need's place with its profession and contract type, so that a volunteer event reads only
     * the needs they may be proposed for; none once closed.
     */
    private static Map<String, Object> keys(OpenNeed need) {
        return Map.of(ASKS, need.open() && need.hasLocation()
                ? List.of(asks(ReachGrid.cellOf(need.latitude(), need.longitude()), need.profession(), need.contractType()))
                : List.of());
    }

    private static String asks(long cell, Profession profession, ContractType contractType) {
        return cell + "/" + profession + "/" + contractType;
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
        List<String> asked = new ArrayList<>();
        for (long cell : ReachGrid.cellsReachedBy(candidate)) {
            for (Profession profession : candidate.professions()) {
                for (ContractType contractType : candidate.contractTypes()) {
                    asked.add(asks(cell, profession, contractType));
                }
            }
        }
        return projection.find(Query.query(Criteria.where(Projection.key(ASKS)).in(asked)
                .and(Projection.field("department")).in(candidate.departmentsAccepted())));
    }

    @Override
    public List<OpenNeed> all() {
        return projection.find(new Query());
    }
}
