package fr.renfortrh.platform.events;

import fr.renfortrh.platform.domain.Versioned;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A read model kept from another service's events, one document `{_id, version, state}` per aggregate.
 * An event older than what is stored is ignored, so replays and reordering are harmless; a removal keeps a
 * state-less tombstone at its version so a late older event cannot bring the aggregate back.
 */
public class Projection<T> {

    /** A state as decoded at a version: null for a tombstone. */
    private record Decoded<T>(long version, T state) {
    }

    private record Read<T>(Object id, Decoded<T> decoded) {
    }

    private static final String STATE = "state";
    private static final String VERSION = "version";
    private static final String KEYS = "keys";

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<T> type;
    /** The states decoded last, by id; null when none are kept. */
    private final Map<Object, Decoded<T>> decoded;

    public Projection(MongoTemplate mongo, String collection, Class<T> type) {
        this(mongo, collection, type, 0);
    }

    /**
     * Keeps up to {@code statesKept} decoded states, the least recently read dropped first: a query then reads only
     * ids and versions, and the states of those not kept at that version. For read models that queries return by the
     * hundreds, whose decoding costs more than reading them (the open needs a volunteer may reach). A query without criteria (the
     * whole collection, for indicators) neither uses nor fills them: it would read everything twice and push out the
     * states that targeted queries share.
     */
    public Projection(MongoTemplate mongo, String collection, Class<T> type, int statesKept) {
        this.mongo = mongo;
        this.collection = collection;
        this.type = type;
        this.decoded = statesKept <= 0 ? null : Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Decoded<T>> eldest) {
                return size() > statesKept;
            }
        });
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
        if (decoded == null || query.getQueryObject().isEmpty() || query.getSkip() > 0 || query.isLimited()) {
            return mongo.find(withState(query), Document.class, collection).stream()
                    .map(document -> document.get(STATE, Document.class))
                    .filter(Objects::nonNull)
                    .map(state -> mongo.getConverter().read(type, state))
                    .toList();
        }
        Query versionsOnly = Query.of(query);
        versionsOnly.fields().include(VERSION);
        List<Document> found = mongo.find(versionsOnly, Document.class, collection);
        Map<Object, T> states = new HashMap<>();
        List<Object> missing = new ArrayList<>();
        for (Document document : found) {
            Decoded<T> kept = decoded.get(document.get("_id"));
            if (kept != null && kept.version() == versionOf(document)) {
                states.put(document.get("_id"), kept.state());
            } else {
                missing.add(document.get("_id"));
            }
        }
        if (!missing.isEmpty()) {
            // a long list of ids costs the server more than reading again what the query matches
            Query rest = query.getQueryObject().containsKey("_id") || missing.size() > found.size() / 2 ? Query.of(query)
                    : Query.of(query).addCriteria(Criteria.where("_id").in(missing));
            read(rest).forEach(read -> states.put(read.id(), read.decoded().state()));
        }
        List<T> live = new ArrayList<>(found.size());
        for (Document document : found) { // as ordered by the query; gone or changed since is left out
            T state = states.get(document.get("_id"));
            if (state != null) {
                live.add(state);
            }
        }
        return live;
    }

    /**
     * Hands every live aggregate with its version to {@code action}, decoding one document at a time: a whole collection read
     * as documents first (100,000 volunteers) does not fit in a service's heap. Returns how many there were.
     */
    public long forEachVersioned(Consumer<Versioned<T>> action) {
        long count = 0;
        try (Stream<Document> documents = mongo.stream(withState(Query.query(Criteria.where(STATE).ne(null))), Document.class, collection)) {
            for (Iterator<Document> each = documents.iterator(); each.hasNext(); ) {
                Document document = each.next();
                action.accept(new Versioned<>(mongo.getConverter().read(type, document.get(STATE, Document.class)), versionOf(document)));
                count++;
            }
        }
        return count;
    }

    /** The query's documents as states, decoding only those not kept at their version. */
    private List<Read<T>> read(Query query) {
        return mongo.find(withState(query), Document.class, collection).stream().map(document -> {
            Object id = document.get("_id");
            long version = versionOf(document);
            Decoded<T> kept = decoded.get(id);
            if (kept == null || kept.version() != version) {
                Document state = document.get(STATE, Document.class);
                kept = new Decoded<>(version, state == null ? null : mongo.getConverter().read(type, state));
                decoded.put(id, kept);
            }
            return new Read<>(id, kept);
        }).toList();
    }

    private static Query withState(Query query) {
        Query stateOnly = Query.of(query);
        stateOnly.fields().include(VERSION).include(STATE); // the search keys serve queries, they are not part of the aggregate
        return stateOnly;
    }

    private static long versionOf(Document document) {
        return document.get(VERSION, Number.class).longValue();
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
