package fr.renfortrh.platform.events;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read model kept from another service's events, one document `{_id, version, state}` per aggregate.
 * An event older than what is stored is ignored, so replays and reordering are harmless; a removal keeps a
 * state-less tombstone at its version so a late older event cannot bring the aggregate back.
 */
public class Projection<T> {

    private static final String STATE = "state";
    private static final String VERSION = "version";

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

    /** @return true if this version was newer and is now stored */
    public boolean upsertIfNewer(String id, long version, T state) {
        return write(id, version, mongo.getConverter().convertToMongoType(state));
    }

    /** @return true if this version was newer and the aggregate is now a tombstone */
    public boolean removeIfNewer(String id, long version) {
        return write(id, version, null);
    }

    public Optional<T> findById(String id) {
        return find(Query.query(Criteria.where("_id").is(id))).stream().findFirst();
    }

    /** Live aggregates matching the query (tombstones never match a state criterion). */
    public List<T> find(Query query) {
        return mongo.find(query, Document.class, collection).stream()
                .map(d -> d.get(STATE, Document.class))
                .filter(Objects::nonNull)
                .map(state -> mongo.getConverter().read(type, state))
                .toList();
    }

    private boolean write(String id, long version, Object state) {
        try {
            var result = mongo.upsert(Query.query(Criteria.where("_id").is(id).and(VERSION).lt(version)),
                    new Update().set(VERSION, version).set(STATE, state), collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException newerAlreadyStored) {
            return false;
        }
    }
}
