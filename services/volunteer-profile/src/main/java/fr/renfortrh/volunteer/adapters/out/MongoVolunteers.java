package fr.renfortrh.volunteer.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import fr.renfortrh.volunteer.application.Volunteers;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoVolunteers implements Volunteers {

    static final String COLLECTION = "volunteers";
    private static final String ACCOUNT_ID = AggregateStore.field("accountId");

    private final AggregateStore<Volunteer> store;

    MongoVolunteers(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.VOLUNTEERS, Volunteer.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(ACCOUNT_ID, Sort.Direction.ASC).unique());
    }

    @Override
    public Optional<Versioned<Volunteer>> ofAccount(String accountId) {
        return store.findOne(Criteria.where(ACCOUNT_ID).is(accountId));
    }

    @Override
    public Versioned<Volunteer> add(Change<Volunteer> registration) {
        return store.insert(registration.aggregate().id(), registration);
    }
}
