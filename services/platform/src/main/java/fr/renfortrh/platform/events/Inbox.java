package fr.renfortrh.platform.events;

import fr.renfortrh.platform.web.CorrelationId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Hands each received event to its handler once. Handlers are written to be idempotent too (versions,
 * deterministic ids), because a crash between handling and recording can replay an event.
 */
public class Inbox {

    @Document("processed_events")
    record ProcessedEvent(@Id String id, String type, Instant processedAt) {
    }

    private static final Duration RETENTION = Duration.ofDays(30);

    private final EventReader reader;
    private final MongoTemplate mongo;
    private final Clock clock;

    public Inbox(EventReader reader, MongoTemplate mongo, Clock clock) {
        this.reader = reader;
        this.mongo = mongo;
        this.clock = clock;
    }

    public void handleOnce(ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        ReceivedEvent event = reader.read(record);
        // not exists(): it counts, an aggregation that the local MongoDB-wire server runs over the whole collection
        if (mongo.findById(event.id(), ProcessedEvent.class) != null) {
            return;
        }
        if (event.correlationId() != null) {
            MDC.put(CorrelationId.MDC_KEY, event.correlationId());
        }
        try {
            handler.accept(event);
            mongo.insert(new ProcessedEvent(event.id(), event.type(), clock.instant()));
        } catch (DuplicateKeyException concurrentDelivery) {
            // another instance recorded it meanwhile: nothing more to do
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    /** Redelivery happens within minutes or hours; a month of ids is plenty and keeps the collection small. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT1M")
    public void forgetOldEvents() {
        mongo.remove(Query.query(Criteria.where("processedAt").lt(clock.instant().minus(RETENTION))), ProcessedEvent.class);
    }
}
