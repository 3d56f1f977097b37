package fr.renfortrh.platform.test;

import fr.renfortrh.contracts.events.CloudEventHeaders;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.events.PoisonEvent;
import fr.renfortrh.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what a service published on a topic, from the beginning, as the other services would. */
public final class PublishedEvents implements AutoCloseable {

    private final Consumer<String, String> consumer;
    private final EventReader reader;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public PublishedEvents(EmbeddedKafkaBroker broker, EventReader reader, String topic) {
        var props = KafkaTestUtils.consumerProps(broker, "probe-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.consumer.subscribe(List.of(topic));
        this.reader = reader;
    }

    /** Waits up to 10 s for an event matching the predicate; returns it. */
    public ReceivedEvent await(Predicate<ReceivedEvent> wanted) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record);
            }
            for (ConsumerRecord<String, String> record : seen) {
                try {
                    ReceivedEvent event = reader.read(record);
                    if (wanted.test(event)) {
                        return event;
                    }
                } catch (PoisonEvent unreadable) {
                    // another test's poison record: not what we wait for
                }
            }
        }
        throw new AssertionError("No matching event within 10 s; saw " + seen.size() + " records");
    }

    /** Every readable event seen so far, each partition's in its order. */
    public List<ReceivedEvent> events() {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        List<ReceivedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            try {
                events.add(reader.read(record));
            } catch (PoisonEvent unreadable) {
                // another test's poison record
            }
        }
        return events;
    }

    /** The CloudEvents ids of every record seen so far, readable or not (dead letters are not). */
    public List<String> eventIds() {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream()
                .map(r -> r.headers().lastHeader(CloudEventHeaders.ID))
                .filter(Objects::nonNull)
                .map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
