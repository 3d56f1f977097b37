package fr.renfortrh.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A non-unique index kept in memory and rebuilt from the collection when the server opens it, which
 * mongo-java-server lacks (it ignores such indexes and scans the whole collection). It indexes the first field
 * of the declared key, array elements one by one (multikey), and serves the queries that pin that field to a
 * value, to values ({@code $in}) or, when sparse, to its presence ({@code $exists: true}). Of a compound key it
 * also orders each value's documents by the second field, to serve a range on it ({@code status} pinned, {@code dueAt}
 * up to now). The collection still matches every document it returns against the whole query, so it only narrows
 * what is read.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final int FEW_VALUES = 8;

    private static final ValueComparator VALUES = ValueComparator.asc();
    /** Positions that sort before and after every other one, to bound a range of second values. */
    private static final Object BEFORE = new Object();
    private static final Object AFTER = new Object();
    private static final Comparator<Ranked> BY_SECOND_VALUE = Comparator.comparing(Ranked::value, VALUES)
            .thenComparing(Ranked::position, SecondaryIndex::comparePositions);

    /** What a document is indexed under; compact lists, as there are as many entries as documents. */
    private record Entry<P>(P position, List<Object> values, List<Object> secondValues) {
    }

    /** A document's position under one value of the second field. */
    private record Ranked(Object value, Object position) {
    }

    /** A bound on the second field, from below or up to. */
    private record Range(Object bound, boolean included, boolean from) {
    }

    private final String field;
    private final String secondField;
    private final Map<Object, Entry<P>> byId = new HashMap<>();
    private final Map<Object, Set<P>> byValue = new HashMap<>();
    /** For a compound key: under each value of the first field, its documents ordered by the second field's values. */
    private final Map<Object, NavigableSet<Ranked>> bySecondValue = new HashMap<>();
    /** Where the documents that have the field are: an outbox sweep asks for them every few seconds. */
    private final Set<P> present = new HashSet<>();

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.getFirst().getKey();
        this.secondField = keys.size() > 1 ? keys.get(1).getKey() : null;
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
        List<Object> values = valuesOf(Utils.getSubdocumentValueCollectionAware(document, field));
        List<Object> secondValues = secondField == null ? List.of()
                : valuesOf(Utils.getSubdocumentValueCollectionAware(document, secondField));
        byId.put(document.get("_id"), new Entry<>(position, values, secondValues));
        for (Object v : values) {
            byValue.computeIfAbsent(v, k -> new HashSet<>()).add(position);
            for (Object second : secondValues) {
                bySecondValue.computeIfAbsent(v, k -> new TreeSet<>(BY_SECOND_VALUE)).add(new Ranked(second, position));
            }
        }
        if (!values.isEmpty()) {
            present.add(position);
        }
    }

    /** The distinct normalized values a field holds (null among them): none when missing, each element of an array. */
    private static List<Object> valuesOf(Object value) {
        if (value instanceof Missing) {
            return List.of();
        }
        Set<Object> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> values.add(normalized(element)));
        } else {
            values.add(normalized(value));
        }
        return Arrays.asList(values.toArray());
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
            if (!entry.secondValues().isEmpty()) {
                NavigableSet<Ranked> ranked = bySecondValue.get(value);
                entry.secondValues().forEach(second -> ranked.remove(new Ranked(second, entry.position())));
                if (ranked.isEmpty()) {
                    bySecondValue.remove(value);
                }
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
        Range range = rangeOnSecondField(query);
        for (Object value : wanted(condition)) {
            if (range == null) {
                positions.addAll(byValue.getOrDefault(normalized(value), Set.of()));
            } else {
                within(value, range).forEach(ranked -> positions.add(position(ranked)));
            }
        }
        return positions;
    }

    /** How many positions {@link #getPositions} would return at most: to start from the narrowest index. */
    synchronized long sizeFor(Document query) {
        Object condition = query.get(field);
        if (condition instanceof Document operators && operators.containsKey("$exists")) {
            return present.size();
        }
        Range range = rangeOnSecondField(query);
        return wanted(condition).stream().mapToLong(value -> range == null
                ? byValue.getOrDefault(normalized(value), Set.of()).size() : within(value, range).size()).sum();
    }

    /**
     * How many documents the query matches when its one condition pins this index's field to a value or to values, counted
     * without reading them; -1 when the index does not decide the query alone.
     */
    synchronized long countMatching(Document query) {
        if (query.size() != 1 || !canHandle(query) || query.get(field) instanceof Document operators && operators.containsKey("$exists")) {
            return -1;
        }
        return getPositions(query).size();
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
        if (wanted == null || wanted.size() > FEW_VALUES || rangeOnSecondField(query) != null) {
            return getPositions(query)::contains;
        }
        List<Set<P>> sets = wanted.stream().map(value -> byValue.getOrDefault(normalized(value), Set.of())).toList();
        return position -> sets.stream().anyMatch(set -> set.contains(position));
    }

    /** The documents under {@code value} of the first field whose second field is within {@code range}. */
    private NavigableSet<Ranked> within(Object value, Range range) {
        NavigableSet<Ranked> ranked = bySecondValue.get(normalized(value));
        if (ranked == null) {
            return Collections.emptyNavigableSet();
        }
        return range.from()
                ? ranked.tailSet(new Ranked(range.bound(), range.included() ? BEFORE : AFTER), false)
                : ranked.headSet(new Ranked(range.bound(), range.included() ? AFTER : BEFORE), false);
    }

    /**
     * The query's bound on the second field of a compound key ({@code $gt}, {@code $gte}, {@code $lt} or {@code $lte}
     * alone), or null. Two bounds are not served: an array matches them when one element is above and another below,
     * which no single element's place in the order tells. A bound of another type than the values lets more documents
     * through, never fewer: the collection matches them against the query afterwards.
     */
    private Range rangeOnSecondField(Document query) {
        if (secondField == null || !(query.get(secondField) instanceof Document operators) || operators.size() != 1) {
            return null;
        }
        String operator = operators.keySet().iterator().next();
        Object bound = operators.get(operator);
        if (!isScalar(bound)) {
            return null;
        }
        return switch (operator) {
            case "$gt" -> new Range(normalized(bound), false, true);
            case "$gte" -> new Range(normalized(bound), true, true);
            case "$lt" -> new Range(normalized(bound), false, false);
            case "$lte" -> new Range(normalized(bound), true, false);
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private P position(Ranked ranked) {
        return (P) ranked.position();
    }

    private static int comparePositions(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == BEFORE || b == AFTER) {
            return -1;
        }
        if (a == AFTER || b == BEFORE) {
            return 1;
        }
        return VALUES.compare(a, b);
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
        bySecondValue.clear();
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
