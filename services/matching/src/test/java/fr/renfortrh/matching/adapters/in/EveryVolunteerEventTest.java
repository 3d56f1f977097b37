package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.CloudEventHeaders;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.EventTypes;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.matching.application.Candidates;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EveryVolunteerEventTest {

    private static final TopicPartition FIRST = new TopicPartition(Topics.VOLUNTEERS, 0);
    private static final TopicPartition SECOND = new TopicPartition(Topics.VOLUNTEERS, 1);

    private final JsonMapper json = JsonMapper.builder().build();
    /** Kafka does not answer so many first questions. */
    private final AtomicInteger unanswered = new AtomicInteger();
    /** The service's group committed the first partition up to its second record, and nothing of the second partition. */
    private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest") {
        @Override
        public synchronized List<PartitionInfo> partitionsFor(String topic) {
            if (unanswered.getAndDecrement() > 0) {
                throw new TimeoutException("no broker");
            }
            return super.partitionsFor(topic);
        }

        @Override
        public synchronized Map<TopicPartition, OffsetAndMetadata> committed(Set<TopicPartition> partitions) {
            return Map.of(FIRST, new OffsetAndMetadata(1));
        }
    };
    private final Candidates candidates = mock(Candidates.class);
    private EveryVolunteerEvent everyEvent;

    @AfterEach
    void stop() {
        everyEvent.stop();
    }

    @Test
    void whatIsStoredIsLoadedFirstThenEveryPartitionIsReadFromWhereTheServicesGroupStood() {
        Candidate stored = storedNurseAndEventsToRead();

        everyEvent.start();

        InOrder order = inOrder(candidates);
        order.verify(candidates).remember(stored, 3);
        verify(candidates, timeout(5_000)).remember(Candidate.of(nurse("elsewhere")), 2);
        verify(candidates, timeout(5_000)).forget("gone", 4);
        verify(candidates, never()).remember(eq(Candidate.of(nurse("handled-before"))), any(Long.class));
    }

    @Test
    void whenKafkaDoesNotAnswerAtStartWhatIsStoredIsLoadedThenLoadedAgainAndReadOnOnceItAnswers() {
        Candidate stored = storedNurseAndEventsToRead();
        unanswered.set(1);

        everyEvent.start();

        verify(candidates).remember(stored, 3);
        verify(candidates, timeout(20_000).times(2)).forEachStored(any());
        verify(candidates, timeout(5_000)).remember(Candidate.of(nurse("elsewhere")), 2);
        verify(candidates, timeout(5_000)).forget("gone", 4);
        verify(candidates, never()).remember(eq(Candidate.of(nurse("handled-before"))), any(Long.class));
    }

    private Candidate storedNurseAndEventsToRead() {
        @SuppressWarnings("unchecked")
        ConsumerFactory<String, String> consumers = mock(ConsumerFactory.class);
        when(consumers.createConsumer(any(), any(), any(), any())).thenReturn(consumer);
        consumer.updatePartitions(Topics.VOLUNTEERS, List.of(partition(0), partition(1)));
        consumer.updateBeginningOffsets(Map.of(FIRST, 0L, SECOND, 0L));
        Candidate stored = Candidate.of(nurse("stored"));
        doAnswer(load -> {
            load.<Consumer<Versioned<Candidate>>>getArgument(0).accept(new Versioned<>(stored, 3));
            return 1L;
        }).when(candidates).forEachStored(any());
        VolunteerSnapshot handledBefore = nurse("handled-before");
        VolunteerSnapshot elsewhere = nurse("elsewhere");
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(FIRST, 0, handledBefore.volunteerId(), 1, new VolunteerRegistered(handledBefore)));
            consumer.addRecord(record(FIRST, 1, "gone", 4, new VolunteerWithdrawn("gone")));
            consumer.addRecord(record(SECOND, 0, elsewhere.volunteerId(), 2, new VolunteerRegistered(elsewhere)));
        });
        everyEvent = new EveryVolunteerEvent(consumers, candidates, new EventReader(json));
        return stored;
    }

    private static PartitionInfo partition(int number) {
        return new PartitionInfo(Topics.VOLUNTEERS, number, null, null, null);
    }

    private ConsumerRecord<String, String> record(TopicPartition partition, long offset, String key, long version, DomainEvent event) {
        var record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset, key, json.writeValueAsString(event));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, EventTypes.typeOf(event));
        header(record, CloudEventHeaders.SOURCE, "/renfort/volunteer-profile");
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(version));
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static VolunteerSnapshot nurse(String id) {
        return new VolunteerSnapshot(id, "M.L.", List.of(Profession.INFIRMIER), null, VolunteerStatus.VERIFIED, "76",
                "76540", 49.44, 1.09, 40, List.of("76"), List.of(ContractType.CDD_COURT), List.of(), 48, null,
                new Availability(1, List.of(), List.of(), null), Instant.parse("2026-11-30T08:00:00Z"), 6, List.of(), 3,
                ContactConsent.ESTABLISHMENTS_AND_ARS);
    }
}
