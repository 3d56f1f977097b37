package fr.renfortrh.platform.test;

import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.platform.events.CloudEventRecords;
import fr.renfortrh.platform.events.EventOutbox;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes events the way another service's outbox relay would, to drive a consumer under test. */
public record TestEvents(KafkaTemplate<String, String> kafka, EventOutbox outbox) {

    public void publish(String topic, long aggregateVersion, DomainEvent event) {
        publish(topic, aggregateVersion, event, 1);
    }

    /** The same record (same event id) several times, as Kafka redelivers after a consumer crash. */
    public void publish(String topic, long aggregateVersion, DomainEvent event, int times) {
        var message = outbox.wrap(topic, aggregateVersion, List.of(event)).getFirst();
        try {
            for (int i = 0; i < times; i++) {
                kafka.send(CloudEventRecords.of(message, "/renfort/test")).get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event, e);
        }
    }
}
