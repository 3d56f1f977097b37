package fr.renfortrh.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A non-unique index kept in memory and rebuilt from the collection when the server opens it, which
 * mongo-java-server lacks (it ignores such indexes and scans the whole collection). It indexes the first field
 * of the declared key, array elements one by one (multikey), and serves the queries that pin that field to a
 * value, to values ({@code $in}) or, when sparse, to its presence ({@code $exists: true}); the collection still
 * matches every document it returns against the whole query, so it only narrows what is read.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final int FEW_VALUES = 8;

    /** What a document is indexed under; a compact list, as there are as many entries as documents. */
    private record Entry<P>(P position, List<Object> values) {
    }

    private final String field;
    private final Map<Object, Entry<P>> byId = new HashMap<>();
    private final Map<Object, Set<P>> byValue = new HashMap<>();
    /** Where the documents that have the field are: an outbox sweep asks for them every few seconds. */
    private final Set<P> present = new HashSet<>();

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.getFirst().getKey();
    }

    @Override
    public synchronized P getPosition(Document document) {
        Entry<P> entry = byId.get(document.get("_id"));
        return entry == null ? null : entry.position();
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        boolean hasField = !(value instanceof Missing) && !(value instanceof Collection<?> values && values.isEmpty());
        Set<Object> values = new HashSet<>();
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> values.add(normalized(element)));
        } else if (hasField) {
            values.add(normalized(value));
        }
        byId.put(document.get("_id"), new Entry<>(position, List.copyOf(values)));
        values.forEach(v -> byValue.computeIfAbsent(v, k -> new HashSet<>()).add(position));
        if (hasField) {
            present.add(position);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        Entry<P> entry = byId.remove(document.get("_id"));
        if (entry == null) {
            return null;
        }
        present.remove(entry.position());
        for (Object value : entry.values()) {
            Set<P> positions = byValue.get(value);
            positions.remove(entry.position());
            if (positions.isEmpty()) {
                byValue.remove(value);
            }
        }
        return entry.position();
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        Object condition = query.get(field);
        if (condition instanceof Document operators) {
            return operators.size() == 1 && (indexable(operators.get("$in")) || isSparse() && Boolean.TRUE.equals(operators.get("$exists")));
        }
        return isScalar(condition);
    }

    /** A fresh set of the positions the query's condition on the field points to, for the caller to narrow. */
    @Override
    public synchronized Set<P> getPositions(Document query) {
        Object condition = query.get(field);
        Set<P> positions = new LinkedHashSet<>();
        if (condition instanceof Document operators && operators.containsKey("$exists")) {
            positions.addAll(present);
            return positions;
        }
        wanted(condition).forEach(value -> positions.addAll(byValue.getOrDefault(normalized(value), Set.of())));
        return positions;
    }

    /** How many positions {@link #getPositions} would return at most: to start from the narrowest index. */
    synchronized long sizeFor(Document query) {
        Object condition = query.get(field);
        if (condition instanceof Document operators && operators.containsKey("$exists")) {
            return present.size();
        }
        return wanted(condition).stream().mapToLong(value -> byValue.getOrDefault(normalized(value), Set.of()).size()).sum();
    }

    /**
     * Whether the query's condition on the field points to a position, to narrow another index's positions: looked up
     * in the index's own sets when the query asks for a few values, instead of copying them all. The caller uses it
     * after this method returns; that is safe because the collection serialises its operations (it is an
     * {@code AbstractSynchronizedMongoCollection}) and its indexes change only inside them.
     */
    synchronized Predicate<P> pointsTo(Document query) {
        Object condition = query.get(field);
        Collection<?> wanted = condition instanceof Document operators && operators.containsKey("$exists") ? null : wanted(condition);
        if (wanted == null || wanted.size() > FEW_VALUES) {
            return getPositions(query)::contains;
        }
        List<Set<P>> sets = wanted.stream().map(value -> byValue.getOrDefault(normalized(value), Set.of())).toList();
        return position -> sets.stream().anyMatch(set -> set.contains(position));
    }

    private static Collection<?> wanted(Object condition) {
        return condition instanceof Document operators ? (Collection<?>) operators.get("$in") : List.of(condition);
    }

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        byId.clear();
        byValue.clear();
        present.clear();
    }

    private static boolean indexable(Object values) {
        return values instanceof Collection<?> elements && elements.stream().allMatch(SecondaryIndex::isScalar);
    }

    /** Values whose equality the index decides: not null (which also matches a missing field), not a sub-document, array or pattern. */
    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof Map) && !(value instanceof Collection) && !(value instanceof BsonRegularExpression)
                && !(value instanceof Missing);
    }

    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }
}
