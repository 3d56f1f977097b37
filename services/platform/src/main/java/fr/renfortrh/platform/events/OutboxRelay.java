package fr.renfortrh.platform.events;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.pullByFilter;

/**
 * Publishes the outbox messages found in aggregate documents, then removes them. Right after a save the
 * owning adapter asks for that document ({@link #relaySoon}); a sweep catches whatever a crash or a broker
 * outage left behind. Delivery is at-least-once: consumers deduplicate on the event id.
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

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Set<String> collections;
    private final String source;
    private final Duration idleSweep;
    private final ExecutorService fastPath = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-relay").factory());
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

    /** Relays the outbox of one document shortly, off the caller's thread. */
    public void relaySoon(String collection, Object documentId) {
        fastPath.execute(() -> {
            try {
                Document document = mongo.getCollection(collection).find(eq("_id", documentId)).first();
                if (document != null) {
                    relay(collection, document);
                }
            } catch (RuntimeException e) {
                somethingLeft.set(true);
                log.warn("Outbox relay of {}/{} deferred to the sweep: {}", collection, documentId, e.getMessage());
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
                for (Document document : mongo.getCollection(collection).find(exists(PENDING)).limit(SWEEP_BATCH)) {
                    somethingLeft.set(true);
                    relay(collection, document);
                }
            } catch (RuntimeException e) {
                somethingLeft.set(true);
                log.warn("Outbox sweep of {} failed, will retry: {}", collection, e.getMessage());
            }
        }
    }

    private void relay(String collection, Document document) {
        List<Document> messages = document.getList(OUTBOX_FIELD, Document.class, List.of());
        if (messages.isEmpty()) {
            return;
        }
        List<String> sent = new ArrayList<>();
        try {
            for (Document message : messages) {
                kafka.send(CloudEventRecords.of(mongo.getConverter().read(OutboxMessage.class, message), source))
                        .get(10, TimeUnit.SECONDS);
                sent.add(message.getString("eventId"));
            }
        } catch (Exception e) {
            somethingLeft.set(true);
            log.warn("Kafka refused outbox message of {}/{}, will retry: {}", collection, document.get("_id"), e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (!sent.isEmpty()) {
                mongo.getCollection(collection).updateOne(eq("_id", document.get("_id")),
                        pullByFilter(new Document(OUTBOX_FIELD, new Document("eventId", new Document("$in", sent)))));
            }
        }
    }

    @Override
    public void close() {
        fastPath.shutdown();
    }
}
