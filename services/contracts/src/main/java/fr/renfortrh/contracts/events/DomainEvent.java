package fr.renfortrh.contracts.events;

/**
 * A fact published by one service for the others. Records implementing it are the message payloads;
 * the envelope (id, type, source, time, aggregate version) travels in CloudEvents Kafka headers.
 */
public interface DomainEvent {

    /** Id of the aggregate the event is about; also the Kafka key. */
    String aggregateId();
}
