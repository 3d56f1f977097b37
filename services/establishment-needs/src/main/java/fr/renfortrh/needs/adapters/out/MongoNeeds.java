package fr.renfortrh.needs.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.needs.application.Needs;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    private final AggregateStore<Need> store;

    MongoNeeds(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.NEEDS, Need.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(ESTABLISHMENT_ID, Sort.Direction.ASC));
    }

    @Override
    public Optional<Versioned<Need>> byId(String needId) {
        return store.findById(needId);
    }

    @Override
    public List<Versioned<Need>> ofEstablishment(String establishmentId) {
        return store.find(Query.query(Criteria.where(ESTABLISHMENT_ID).is(establishmentId))
                .with(Sort.by(Sort.Direction.DESC, "_id")));
    }

    @Override
    public Versioned<Need> add(Change<Need> publication) {
        return store.insert(publication.aggregate().id(), publication);
    }
}
