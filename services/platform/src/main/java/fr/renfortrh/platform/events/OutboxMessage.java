package fr.renfortrh.platform.events;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be relayed to Kafka. Written in the same single-document
 * save as the change it reports, so the change and its event can never disagree.
 */
public record OutboxMessage(
        String eventId,
        String topic,
        String key,
        String type,
        Instant time,
        long aggregateVersion,
        String correlationId,
        String payload) {
}
