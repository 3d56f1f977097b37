package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.events.DomainEvent;

import java.time.Instant;

/** An event read from Kafka: its CloudEvents envelope and its typed payload. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        long aggregateVersion,
        String correlationId,
        DomainEvent payload) {
}
