package fr.renfortrh.needs.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.needs.application.NeedFilter;
import fr.renfortrh.needs.application.NeedPage;
import fr.renfortrh.needs.application.Needs;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.NeedStatus;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoNeeds implements Needs {

    static final String COLLECTION = "needs";
    private static final String ESTABLISHMENT_ID = AggregateStore.field("establishmentId");
    private static final String STATUS = AggregateStore.field("status");

    private final MongoTemplate mongo;
    private final AggregateStore<Need> store;

    MongoNeeds(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.NEEDS, Need.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(ESTABLISHMENT_ID, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(STATUS, Sort.Direction.ASC));
        // pages are read newest first: a real MongoDB sorts by index, not in its limited memory
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.field("publishedAt"), Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
    }

    @Override
    public Optional<Versioned<Need>> byId(String needId) {
        return store.findById(needId);
    }

    @Override
    public List<Versioned<Need>> find(NeedFilter filter) {
        return store.find(newestFirst(criteriaOf(filter)));
    }

    @Override
    public NeedPage page(NeedFilter filter, int page, int size) {
        Criteria criteria = criteriaOf(filter);
        return new NeedPage(store.find(newestFirst(criteria).skip((long) page * size).limit(size)), tally(criteria));
    }

    /** Counted by the database, per status, so a page does not read every need the filter finds. */
    private NeedPage.Tally tally(Criteria criteria) {
        var perStatus = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(criteria),
                Aggregation.group(STATUS).count().as("needs")
                        .sum(AggregateStore.field("details.positions")).as("positions")
                        .sum(ArrayOperators.Size.lengthOfArray(ConditionalOperators.ifNull(AggregateStore.field("confirmedProposalDigests"))
                                .then(List.of()))).as("filledPositions")),
                COLLECTION, Document.class).getMappedResults();
        long total = 0, open = 0, filled = 0, positions = 0, filledPositions = 0;
        for (Document group : perStatus) {
            var status = NeedStatus.valueOf(group.getString("_id"));
            long needs = group.get("needs", Number.class).longValue();
            total += needs;
            open += status == NeedStatus.PUBLISHED || status == NeedStatus.PARTIALLY_FILLED ? needs : 0;
            filled += status == NeedStatus.FILLED ? needs : 0;
            positions += group.get("positions", Number.class).longValue();
            filledPositions += group.get("filledPositions", Number.class).longValue();
        }
        return new NeedPage.Tally(total, open, filled, positions, filledPositions);
    }

    private static Query newestFirst(Criteria criteria) {
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, AggregateStore.field("publishedAt"), "_id"));
    }

    private static Criteria criteriaOf(NeedFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.establishmentId() != null) {
            criteria.and(ESTABLISHMENT_ID).is(filter.establishmentId());
        }
        if (filter.department() != null) {
            criteria.and(AggregateStore.field("department")).is(filter.department());
        }
        if (filter.profession() != null) {
            criteria.and(AggregateStore.field("details.profession")).is(filter.profession().name());
        }
        if (filter.urgency() != null) {
            criteria.and(AggregateStore.field("details.urgency")).is(filter.urgency().name());
        }
        if (!filter.statuses().isEmpty()) {
            criteria.and(STATUS).in(filter.statuses().stream().map(NeedStatus::name).toList());
        }
        if (filter.publishedBefore() != null) {
            criteria.and(AggregateStore.field("publishedAt")).lte(filter.publishedBefore());
        }
        return criteria;
    }

    @Override
    public List<Versioned<Need>> open() {
        return store.find(Query.query(Criteria.where(STATUS).in(NeedStatus.PUBLISHED.name(), NeedStatus.PARTIALLY_FILLED.name())));
    }

    @Override
    public Versioned<Need> add(Change<Need> publication) {
        return store.insert(publication.aggregate().id(), publication);
    }

    @Override
    public Versioned<Need> update(String needId, long expectedVersion, Change<Need> change) {
        return store.update(needId, expectedVersion, change);
    }
}
