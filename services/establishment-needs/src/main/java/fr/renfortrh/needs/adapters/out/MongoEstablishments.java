package fr.renfortrh.needs.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.needs.application.Establishments;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentStatus;
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
import java.util.Locale;
import java.util.Optional;

@Repository
class MongoEstablishments implements Establishments {

    static final String COLLECTION = "establishments";
    private static final String MEMBERS = AggregateStore.field("members.accountId");
    private static final String INVITED = AggregateStore.field("invitedEmails");

    private final AggregateStore<Establishment> store;

    MongoEstablishments(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.ESTABLISHMENTS, Establishment.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(AggregateStore.field("finess"), Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index(MEMBERS, Sort.Direction.ASC));
    }

    @Override
    public Optional<Versioned<Establishment>> byId(String establishmentId) {
        return store.findById(establishmentId);
    }

    @Override
    public List<Versioned<Establishment>> withMember(String accountId) {
        return store.find(Query.query(Criteria.where(MEMBERS).is(accountId)));
    }

    @Override
    public List<Versioned<Establishment>> inviting(String email) {
        return store.find(Query.query(Criteria.where(INVITED).is(email.strip().toLowerCase(Locale.ROOT))));
    }

    @Override
    public Optional<Versioned<Establishment>> byFiness(String finess) {
        return store.findOne(Criteria.where(AggregateStore.field("finess")).is(finess));
    }

    @Override
    public List<Versioned<Establishment>> withJoinRequestFrom(String accountId) {
        return store.find(Query.query(Criteria.where(AggregateStore.field("joinRequests.accountId")).is(accountId)));
    }

    @Override
    public List<Versioned<Establishment>> withStatus(EstablishmentStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where(AggregateStore.field("status")).is(status.name()));
        return store.find(query.with(Sort.by(AggregateStore.field("details.name"))));
    }

    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public Versioned<Establishment> add(Change<Establishment> registration) {
        return store.insert(registration.aggregate().id(), registration);
    }

    @Override
    public Versioned<Establishment> update(String establishmentId, long expectedVersion, Change<Establishment> change) {
        return store.update(establishmentId, expectedVersion, change);
    }
}
