package fr.renfortrh.platform.events;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A read model kept from another service's events, one document `{_id, version, state}` per aggregate.
 * An event older than what is stored is ignored, so replays and reordering are harmless; a removal keeps a
 * state-less tombstone at its version so a late older event cannot bring the aggregate back.
 */
public class Projection<T> {

    private static final String STATE = "state";
    private static final String VERSION = "version";
    private static final String KEYS = "keys";

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<T> type;

    public Projection(MongoTemplate mongo, String collection, Class<T> type) {
        this.mongo = mongo;
        this.collection = collection;
        this.type = type;
    }

    public static String field(String stateProperty) {
        return STATE + "." + stateProperty;
    }

    /** A search key stored beside the state (see {@link #upsertIfNewer(String, long, Object, Map)}). */
    public static String key(String name) {
        return KEYS + "." + name;
    }

    /** @return true if this version was newer and is now stored */
    public boolean upsertIfNewer(String id, long version, T state) {
        return write(id, version, mongo.getConverter().convertToMongoType(state), null);
    }

    /**
     * Also stores search keys derived from the state (e.g. grid cells), which queries can index and match
     * where the state itself cannot be queried efficiently.
     */
    public boolean upsertIfNewer(String id, long version, T state, Map<String, Object> keys) {
        return write(id, version, mongo.getConverter().convertToMongoType(state), new Document(keys));
    }

    /**
     * Computes the search keys of live aggregates stored without the key {@code name} (read models older than
     * it), replacing whatever keys they had.
     */
    public void addMissingKeys(String name, Function<T, Map<String, Object>> keys) {
        Query missing = Query.query(Criteria.where(key(name)).exists(false).and(STATE).ne(null));
        for (Document document : mongo.find(missing, Document.class, collection)) {
            T state = mongo.getConverter().read(type, document.get(STATE, Document.class));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id")).and(VERSION).is(document.get(VERSION))),
                    new Update().set(KEYS, new Document(keys.apply(state))), collection);
        }
    }

    /** @return true if this version was newer and the aggregate is now a tombstone */
    public boolean removeIfNewer(String id, long version) {
        return write(id, version, null, null);
    }

    public Optional<T> findById(String id) {
        return find(Query.query(Criteria.where("_id").is(id))).stream().findFirst();
    }

    /** Live aggregates matching the query (tombstones never match a state criterion). */
    public List<T> find(Query query) {
        Query stateOnly = Query.of(query);
        stateOnly.fields().include(STATE); // the search keys serve queries, they are not part of the aggregate
        return mongo.find(stateOnly, Document.class, collection).stream()
                .map(d -> d.get(STATE, Document.class))
                .filter(Objects::nonNull)
                .map(state -> mongo.getConverter().read(type, state))
                .toList();
    }

    private boolean write(String id, long version, Object state, Document keys) {
        try {
            Update update = new Update().set(VERSION, version).set(STATE, state);
            var result = mongo.upsert(Query.query(Criteria.where("_id").is(id).and(VERSION).lt(version)),
                    keys == null ? update.unset(KEYS) : update.set(KEYS, keys), collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException newerAlreadyStored) {
            return false;
        }
    }
}
