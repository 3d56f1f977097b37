package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Optional;

/**
 * Stores one kind of aggregate as `{_id, version, state, outbox}`: the state, its version and the events
 * about the change are written by one single-document update, the only atomicity MongoDB-wire servers
 * without transactions give. Updates name the version they read; a stale one fails with a conflict.
 */
public class AggregateStore<A> {

    private static final String STATE = "state";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final String collection;
    private final String topic;
    private final Class<A> type;

    public AggregateStore(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay,
                          String collection, String topic, Class<A> type) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.collection = collection;
        this.topic = topic;
        this.type = type;
    }

    /** Field path of a state property, for queries and indexes. */
    public static String field(String stateProperty) {
        return STATE + "." + stateProperty;
    }

    public Optional<Versioned<A>> findById(String id) {
        return findOne(Criteria.where("_id").is(id));
    }

    public Optional<Versioned<A>> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), Document.class, collection))
                .filter(AggregateStore::isLive).map(this::read);
    }

    public List<Versioned<A>> find(Query query) {
        return mongo.find(query, Document.class, collection).stream().filter(AggregateStore::isLive).map(this::read).toList();
    }

    private static boolean isLive(Document document) {
        return document.get(STATE) != null;
    }

    public long count(Query query) {
        return mongo.count(query, collection);
    }

    /** Never written to: not even an erased aggregate's tombstone (e.g. to load demo data on a fresh database). */
    public boolean isEmpty() {
        return mongo.estimatedCount(collection) == 0;
    }

    /**
     * Saves a new aggregate at version 0; fails on a duplicate id or unique field. An id whose aggregate was
     * erased is reused at the next version, after its tombstone, so consumers see the new life as newer.
     */
    public Versioned<A> insert(String id, Change<A> change) {
        Document document = new Document("_id", id)
                .append(VERSION, 0L)
                .append(STATE, mongo.getConverter().convertToMongoType(change.aggregate()))
                .append(OutboxRelay.OUTBOX_FIELD, outboxOf(0, change.events()));
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException taken) {
            Document erased = mongo.findOne(Query.query(Criteria.where("_id").is(id).and(STATE).exists(false)),
                    Document.class, collection);
            if (erased == null) {
                throw taken;
            }
            return update(id, erased.get(VERSION, Number.class).longValue(), change);
        }
        relayIfAny(id, change.events());
        return new Versioned<>(change.aggregate(), 0);
    }

    /** Saves a change to the aggregate read at {@code expectedVersion}. */
    public Versioned<A> update(String id, long expectedVersion, Change<A> change) {
        long next = expectedVersion + 1;
        Update update = new Update()
                .set(STATE, mongo.getConverter().convertToMongoType(change.aggregate()))
                .set(VERSION, next);
        if (!change.events().isEmpty()) {
            update.push(OutboxRelay.OUTBOX_FIELD).each(outboxOf(next, change.events()).toArray());
        }
        var result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "%s %s is no longer at version %d".formatted(type.getSimpleName(), id, expectedVersion));
        }
        relayIfAny(id, change.events());
        return new Versioned<>(change.aggregate(), next);
    }

    /**
     * Erases the aggregate's state. What stays is {@code {_id, version}} (the relay empties the outbox): a
     * pseudonymous id, no personal data. Keeping it lets a returning person's aggregate continue the version
     * sequence, so that read models elsewhere, which kept a tombstone at the erased version, accept it.
     */
    public void erase(String id, long expectedVersion, List<DomainEvent> tombstone) {
        long next = expectedVersion + 1;
        Update update = new Update().unset(STATE).set(VERSION, next)
                .push(OutboxRelay.OUTBOX_FIELD).each(outboxOf(next, tombstone).toArray());
        var result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "%s %s is no longer at version %d".formatted(type.getSimpleName(), id, expectedVersion));
        }
        relayIfAny(id, tombstone);
    }

    private List<Document> outboxOf(long version, List<DomainEvent> events) {
        return outbox.wrap(topic, version, events).stream()
                .map(message -> (Document) mongo.getConverter().convertToMongoType(message))
                .toList();
    }

    private void relayIfAny(String id, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            relay.relaySoon(collection, id);
        }
    }

    private Versioned<A> read(Document document) {
        A state = mongo.getConverter().read(type, document.get(STATE, Document.class));
        return new Versioned<>(state, document.get(VERSION, Number.class).longValue());
    }
}
