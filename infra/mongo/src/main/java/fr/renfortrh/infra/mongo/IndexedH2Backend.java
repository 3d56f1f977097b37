package fr.renfortrh.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The H2 file backend with the secondary indexes the services declare serving their queries and aggregations: a
 * query reads only the documents found in every index that can answer it (narrowest first), instead of the whole
 * collection.
 */
final class IndexedH2Backend extends H2Backend {

    /** H2Database's names for a collection's maps (package-private there). */
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    /**
     * MB of the file's pages kept decoded in memory, by H2's estimate (its default is 16): a page read again is decoded
     * again with Java serialisation, which took a quarter of the server's time at the national scale. H2 underestimates
     * the memory of decoded documents: with 256, the server's 2 GB heap filled up at that scale.
     */
    private static final int PAGE_CACHE_MB = 64;

    /**
     * Documents per reply to a find or getMore that sets no batch size. The library would answer with every document at
     * once, where MongoDB stops a batch at 16 MB: past the drivers' limit on a reply (48 MB), the read fails, as
     * matching's load of 100,000 volunteers (53 MB) did at start. This many documents stay under it up to 96 KB each.
     */
    private static final int BATCH = 500;
    /** The stage a driver's count of documents adds after its {@code $match}. */
    private static final Document COUNT = new Document("$group", new Document("_id", 1).append("n", new Document("$sum", 1)));

    IndexedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(PAGE_CACHE_MB).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ((command.equalsIgnoreCase("find") || command.equalsIgnoreCase("getMore"))
                && !(query.get("batchSize") instanceof Number size && size.intValue() > 0)) {
            query.put("batchSize", BATCH);
        }
        return keepingItsVersion(getMvStore(), () -> super.handleCommand(channel, databaseName, command, query));
    }

    /**
     * Runs {@code work} with the store's current version registered as in use. H2 frees a chunk once the versions it
     * keeps (the last five, seconds apart on a busy store) no longer use it, and its background compaction empties
     * chunks by moving their pages: a read that outlasts that, walking a version it did not register, finds a page's
     * chunk gone ("Chunk … not found"). Matching's load of 115,000 volunteers at start failed so on the national
     * instance while the other services were writing.
     */
    static <T> T keepingItsVersion(MVStore store, Supplier<T> work) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return work.get();
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        MVStore store = getMvStore();
        return new H2Database(databaseName, store, getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
                return new SecondaryIndex<>(indexName, keys, sparse);
            }

            @Override
            public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver, Oplog oplog) {
                Document answer = command.equalsIgnoreCase("aggregate") ? aggregateFromIndexes(query, resolver, oplog) : null;
                return answer != null ? answer : super.handleCommand(channel, command, query, resolver, oplog);
            }

            /**
             * A pipeline that starts with {@code $match} (a count is one) reads what that stage keeps through the
             * indexes, as queries do, instead of the whole collection; null when the library must run it itself.
             */
            private Document aggregateFromIndexes(Document command, DatabaseResolver resolver, Oplog oplog) {
                if (!(command.get("aggregate") instanceof String name) || command.containsKey("let")) {
                    return null;
                }
                List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
                if (pipeline.isEmpty() || !(pipeline.getFirst().get("$match") instanceof Document match)) {
                    return null;
                }
                MongoCollection<Object> collection = resolveCollection(name, false);
                if (collection == null) {
                    return null;
                }
                if (pipeline.size() == 2 && pipeline.get(1).equals(COUNT) && collection instanceof IndexedCollection indexed) {
                    long count = indexed.countFromIndexes(match);
                    if (count >= 0) { // no group at all when nothing matches, as MongoDB answers
                        return cursor(name, count == 0 ? List.of() : List.of(new Document("_id", 1).append("n", count)));
                    }
                }
                Aggregation rest = Aggregation.fromPipeline(pipeline.subList(1, pipeline.size()), resolver, this, collection, oplog);
                if (rest.isModifying()) {
                    return null;
                }
                return cursor(name, rest.runStages(collection.handleQueryAsStream(match)));
            }

            private Document cursor(String collectionName, List<Document> firstBatch) {
                Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName))
                        .append("firstBatch", firstBatch);
                return new Document("cursor", cursor).append("ok", 1.0);
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                String namespace = getFullCollectionNamespace(collectionName);
                return new IndexedCollection(this, collectionName, options, store.openMap(DATA_MAP_PREFIX + namespace),
                        store.openMap(META_MAP_PREFIX + namespace), cursorRegistry);
            }
        };
    }

    private static final class IndexedCollection extends H2Collection {

        IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                          MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Set<Object> positions = positionsFor(query);
            return positions == null ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector)
                    : matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** How many documents the query matches when one index decides it alone, counted without reading them; -1 otherwise. */
        long countFromIndexes(Document query) {
            for (Index<Object> index : getIndexes()) {
                if (index instanceof SecondaryIndex<Object> secondary) {
                    long count = secondary.countMatching(query);
                    if (count >= 0) {
                        return count;
                    }
                }
            }
            return -1;
        }

        /**
         * Where the documents the query may match are, from every index that can answer it and, for an {@code $or},
         * the union of its branches' when each has one; null when no index narrows the query. Only the narrowest
         * index's positions are copied; the others are asked position by position.
         */
        private Set<Object> positionsFor(Document query) {
            List<SecondaryIndex<Object>> secondaries = new ArrayList<>();
            for (Index<Object> index : getIndexes()) {
                if (index instanceof SecondaryIndex<Object> secondary) {
                    if (secondary.canHandle(query)) {
                        secondaries.add(secondary);
                    }
                    continue;
                }
                // a unique index (e.g. _id) answers only queries on its keys alone: {_id, version} would read everything
                Document ownConditions = conditionsOnKeysOf(index, query);
                if (ownConditions != null && index.canHandle(ownConditions)) { // one document per value asked
                    Set<Object> positions = new HashSet<>();
                    index.getPositions(ownConditions).forEach(positions::add);
                    return positions;
                }
            }
            Set<Object> positions = query.get("$or") instanceof List<?> branches ? unionOf(branches) : null;
            if (positions == null && secondaries.isEmpty()) {
                return null;
            }
            if (positions == null) {
                SecondaryIndex<Object> narrowest = secondaries.stream()
                        .min(Comparator.comparingLong(secondary -> secondary.sizeFor(query))).orElseThrow();
                positions = narrowest.getPositions(query);
                secondaries.remove(narrowest);
            }
            for (SecondaryIndex<Object> secondary : secondaries) {
                positions.removeIf(secondary.pointsTo(query).negate());
            }
            return positions;
        }

        /** The positions any of the branches may match, or null when one of them has no index. */
        private Set<Object> unionOf(List<?> branches) {
            Set<Object> union = new HashSet<>();
            for (Object branch : branches) {
                Set<Object> positions = branch instanceof Document conditions ? positionsFor(conditions) : null;
                if (positions == null) {
                    return null;
                }
                union.addAll(positions);
            }
            return union;
        }

        /** The query's conditions on the index's keys alone, or null when it does not constrain all of them. */
        private static Document conditionsOnKeysOf(Index<Object> index, Document query) {
            Document own = new Document();
            for (IndexKey key : index.getKeys()) {
                if (!query.containsKey(key.getKey())) {
                    return null;
                }
                own.put(key.getKey(), query.get(key.getKey()));
            }
            return own;
        }
    }
}
