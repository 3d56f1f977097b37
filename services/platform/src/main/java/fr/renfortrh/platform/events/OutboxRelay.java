package fr.renfortrh.platform.events;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.pullByFilter;

/**
 * Publishes the outbox messages found in aggregate documents, then removes them. Right after a save the
 * owning adapter asks for that document ({@link #relaySoon}); a periodic sweep catches whatever a crash or a
 * broker outage left behind. Delivery is at-least-once: consumers deduplicate on the event id.
 */
public class OutboxRelay implements AutoCloseable {

    static final String OUTBOX_FIELD = "outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 200;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Set<String> collections;
    private final String source;
    private final ExecutorService fastPath = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-relay").factory());

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Set<String> collections, String source) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.source = source;
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
                log.warn("Outbox relay of {}/{} deferred to the sweep: {}", collection, documentId, e.getMessage());
            }
        });
    }

    @Scheduled(fixedDelayString = "${renfort.outbox.sweep-interval:2s}")
    public void sweep() {
        for (String collection : collections) {
            try {
                for (Document document : mongo.getCollection(collection).find(exists(OUTBOX_FIELD + ".0")).limit(SWEEP_BATCH)) {
                    relay(collection, document);
                }
            } catch (RuntimeException e) {
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
