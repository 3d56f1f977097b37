package fr.renfortrh.platform.events;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.pullByFilter;

/**
 * Publishes the outbox messages found in aggregate documents, then removes them. Right after a save the
 * owning adapter asks for that document ({@link #relaySoon}); a sweep catches whatever a crash or a broker
 * outage left behind. Delivery is at-least-once: consumers deduplicate on the event id.
 * <p>
 * Documents are relayed in batches: whatever was asked for meanwhile is read in one query, every message is sent at
 * once, and the acknowledged ones leave their outboxes in one bulk write. One document at a time, each send waiting
 * for its acknowledgement (the producer lingers 5 ms to batch), published about 150 events a second: under a burst of
 * sign-ups on the national instance, volunteer events reached Kafka three minutes after they happened.
 * <p>
 * The sweep reads documents with a pending outbox (a sparse index on the messages' ids). It runs at every tick
 * while there is reason to think something is left (at start, after a failed relay, while a sweep still finds
 * messages) and otherwise once per idle interval, for what another instance may have left when it died.
 */
public class OutboxRelay implements AutoCloseable {

    static final String OUTBOX_FIELD = "outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = OUTBOX_FIELD + ".eventId";
    private static final int SWEEP_BATCH = 1_000;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Set<String> collections;
    private final String source;
    private final Duration idleSweep;
    private final ExecutorService fastPath = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-relay").factory());
    /** Documents asked for and not yet relayed, by collection; the fast path takes them all at once. */
    private final Queue<Requested> requested = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean somethingLeft = new AtomicBoolean(true);
    private volatile long lastSweep = System.nanoTime();

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Set<String> collections, String source,
                       Duration idleSweep) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.source = source;
        this.idleSweep = idleSweep;
        collections.forEach(collection -> mongo.indexOps(collection).createIndex(new Index(PENDING, Sort.Direction.ASC).sparse()));
    }

    private record Requested(String collection, Object documentId) {
    }

    /** Relays the outbox of one document shortly, off the caller's thread, with whatever else was asked for meanwhile. */
    public void relaySoon(String collection, Object documentId) {
        requested.add(new Requested(collection, documentId));
        fastPath.execute(this::relayRequested);
    }

    private void relayRequested() {
        Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
        for (Requested next = requested.poll(); next != null; next = requested.poll()) {
            byCollection.computeIfAbsent(next.collection(), c -> new LinkedHashSet<>()).add(next.documentId());
        }
        byCollection.forEach((collection, ids) -> {
            try {
                relay(collection, mongo.getCollection(collection).find(in("_id", ids)).into(new ArrayList<>()));
            } catch (RuntimeException e) {
                somethingLeft.set(true);
                log.warn("Outbox relay of {} documents of {} deferred to the sweep: {}", ids.size(), collection, e.getMessage());
            }
        });
    }

    @Scheduled(fixedDelayString = "${renfort.outbox.sweep-interval:2s}")
    public void sweep() {
        if (!somethingLeft.getAndSet(false) && System.nanoTime() - lastSweep < idleSweep.toNanos()) {
            return;
        }
        lastSweep = System.nanoTime();
        for (String collection : collections) {
            try {
                List<Document> documents = mongo.getCollection(collection).find(exists(PENDING)).limit(SWEEP_BATCH).into(new ArrayList<>());
                if (!documents.isEmpty()) {
                    somethingLeft.set(true);
                    relay(collection, documents);
                }
            } catch (RuntimeException e) {
                somethingLeft.set(true);
                log.warn("Outbox sweep of {} failed, will retry: {}", collection, e.getMessage());
            }
        }
    }

    /**
     * Sends every message of the documents at once (the broker keeps each aggregate's order on its partition), then
     * removes from each outbox the messages acknowledged before its first failure, if any: a message is never removed
     * while one before it may still be sent again.
     */
    private void relay(String collection, List<Document> documents) {
        Map<Object, List<Sending>> sendings = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Document message : document.getList(OUTBOX_FIELD, Document.class, List.of())) {
                var outboxMessage = mongo.getConverter().read(OutboxMessage.class, message);
                sendings.computeIfAbsent(document.get("_id"), id -> new ArrayList<>())
                        .add(new Sending(outboxMessage.eventId(), send(outboxMessage)));
            }
        }
        long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
        List<UpdateOneModel<Document>> removals = new ArrayList<>();
        sendings.forEach((documentId, messages) -> {
            List<String> sent = new ArrayList<>();
            for (Sending message : messages) {
                if (!acknowledged(message, deadline, collection, documentId)) {
                    break;
                }
                sent.add(message.eventId());
            }
            if (!sent.isEmpty()) {
                removals.add(new UpdateOneModel<>(eq("_id", documentId),
                        pullByFilter(new Document(OUTBOX_FIELD, new Document("eventId", new Document("$in", sent))))));
            }
        });
        if (!removals.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
        }
    }

    private record Sending(String eventId, CompletableFuture<?> acknowledgement) {
    }

    private CompletableFuture<?> send(OutboxMessage message) {
        try {
            return kafka.send(CloudEventRecords.of(message, source));
        } catch (RuntimeException e) { // refused before sending: no metadata in time, or the producer closed
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledged(Sending message, long deadline, String collection, Object documentId) {
        try {
            message.acknowledgement().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (Exception e) {
            somethingLeft.set(true);
            log.warn("Kafka refused outbox message of {}/{}, will retry: {}", collection, documentId, e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @Override
    public void close() {
        fastPath.shutdown();
    }
}
