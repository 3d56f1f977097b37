package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.CloudEventHeaders;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = {"spring.application.name=platform-test", "renfort.outbox.collections=parcels"})
class EventPlumbingTest {

    @org.springframework.data.mongodb.core.mapping.Document("parcels")
    record Parcel(@Id String id, List<OutboxMessage> outbox) {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        final List<DomainEvent> handled = new CopyOnWriteArrayList<>();

        @Bean
        Listener listener(Inbox inbox) {
            return new Listener(inbox, handled);
        }
    }

    record Listener(Inbox inbox, List<DomainEvent> handled) {
        @KafkaListener(topics = Topics.VOLUNTEERS)
        void on(ConsumerRecord<String, String> record) {
            inbox.handleOnce(record, event -> handled.add(event.payload()));
        }
    }

    @Autowired MongoTemplate mongo;
    @Autowired EventOutbox outbox;
    @Autowired OutboxRelay relay;
    @Autowired EventReader reader;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired App app;

    @Test
    void outboxMessagesSavedWithAnAggregateArePublishedWithTheirEnvelopeThenRemoved() {
        String id = UUID.randomUUID().toString();
        mongo.save(new Parcel(id, outbox.wrap(Topics.VOLUNTEERS, 3, List.of(new VolunteerWithdrawn(id)))));

        relay.relaySoon("parcels", id);

        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            ReceivedEvent event = published.await(e -> e.payload().equals(new VolunteerWithdrawn(id)));
            assertThat(event.type()).isEqualTo("fr.renfortrh.VolunteerWithdrawn.v1");
            assertThat(event.source()).isEqualTo("/renfort/platform-test");
            assertThat(event.aggregateVersion()).isEqualTo(3);
        }
        await().untilAsserted(() -> assertThat(mongo.findById(id, Parcel.class).outbox()).isEmpty());
    }

    @Test
    void aBurstOfSavesIsPublishedEachAggregatesEventsInTheirOrder() {
        List<String> ids = IntStream.range(0, 300).mapToObj(i -> UUID.randomUUID().toString()).toList();
        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            for (String id : ids) {
                List<OutboxMessage> messages = new ArrayList<>();
                for (long version = 1; version <= 3; version++) {
                    messages.addAll(outbox.wrap(Topics.VOLUNTEERS, version, List.of(new VolunteerWithdrawn(id))));
                }
                mongo.save(new Parcel(id, messages));
                relay.relaySoon("parcels", id);
            }

            await().untilAsserted(() -> {
                Map<String, List<Long>> versions = new HashMap<>();
                Set<String> firstSeen = new HashSet<>(); // a sweep may publish a message again: consumers keep the first
                published.events().stream().filter(event -> ids.contains(event.subject()) && firstSeen.add(event.id()))
                        .forEach(event -> versions.computeIfAbsent(event.subject(), s -> new ArrayList<>()).add(event.aggregateVersion()));
                assertThat(versions).hasSize(ids.size());
                assertThat(versions.values()).allSatisfy(each -> assertThat(each).containsExactly(1L, 2L, 3L));
            });
        }
        await().untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(mongo.findById(id, Parcel.class).outbox()).isEmpty()));
    }

    @Test
    void theSweepPublishesWhatNoSaveAskedToRelay() {
        String id = UUID.randomUUID().toString();
        mongo.save(new Parcel(id, outbox.wrap(Topics.VOLUNTEERS, 1, List.of(new VolunteerWithdrawn(id)))));

        await().untilAsserted(() -> assertThat(mongo.findById(id, Parcel.class).outbox()).isEmpty());
        await().untilAsserted(() -> assertThat(app.handled).contains(new VolunteerWithdrawn(id)));
    }

    @Test
    void anEventDeliveredTwiceIsHandledOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        var record = envelope(UUID.randomUUID().toString(), "fr.renfortrh.VolunteerWithdrawn.v1",
                "{\"volunteerId\":\"" + id + "\"}");
        kafka.send(record).get();
        kafka.send(record).get();
        String marker = UUID.randomUUID().toString();
        kafka.send(envelope(UUID.randomUUID().toString(), "fr.renfortrh.VolunteerWithdrawn.v1",
                "{\"volunteerId\":\"" + marker + "\"}")).get();

        await().untilAsserted(() -> assertThat(app.handled).contains(new VolunteerWithdrawn(marker)));
        assertThat(app.handled).filteredOn(new VolunteerWithdrawn(id)::equals).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String poisonId = UUID.randomUUID().toString();
        kafka.send(envelope(poisonId, "fr.renfortrh.Unheard.v1", "{}")).get();
        String next = UUID.randomUUID().toString();
        kafka.send(envelope(UUID.randomUUID().toString(), "fr.renfortrh.VolunteerWithdrawn.v1",
                "{\"volunteerId\":\"" + next + "\"}")).get();

        await().untilAsserted(() -> assertThat(app.handled).contains(new VolunteerWithdrawn(next)));
        try (var deadLetters = new PublishedEvents(broker, reader, Topics.deadLetterOf(Topics.VOLUNTEERS))) {
            await().untilAsserted(() -> assertThat(deadLetters.eventIds()).contains(poisonId));
        }
    }

    private static ProducerRecord<String, String> envelope(String eventId, String type, String payload) {
        var record = new ProducerRecord<String, String>(Topics.VOLUNTEERS, "key", payload);
        record.headers().add(new RecordHeader(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.AGGREGATE_VERSION, "1".getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
