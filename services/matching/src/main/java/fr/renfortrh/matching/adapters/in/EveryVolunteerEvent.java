package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerChange;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.matching.application.Candidates;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.events.PoisonEvent;
import fr.renfortrh.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps every instance's volunteers in memory (for shortlists) up to date with every partition of the volunteers topic,
 * where this instance's listeners get only some. At start, before the web server and the listeners, it notes where the
 * service's consumer group stands, loads what MongoDB holds (all events before that point), then reads every partition
 * from that point on. Events are applied by version, so one read twice, or already stored, changes nothing. When Kafka
 * does not answer at start, the service starts with what MongoDB holds, and the reader loads it again once Kafka
 * answers, from where the group stands then.
 */
@Component
class EveryVolunteerEvent implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EveryVolunteerEvent.class);
    /** How long the start waits for Kafka, and how often the reader asks again while it does not answer. */
    private static final Duration ASKING = Duration.ofSeconds(5);

    private final ConsumerFactory<String, String> consumers;
    private final Candidates candidates;
    private final EventReader reader;
    private Consumer<String, String> consumer;
    private Thread reading;
    private volatile boolean running;

    EveryVolunteerEvent(ConsumerFactory<String, String> consumers, Candidates candidates, EventReader reader) {
        this.consumers = consumers;
        this.candidates = candidates;
        this.reader = reader;
    }

    @Override
    public void start() {
        Properties readOnly = new Properties(); // in the service's group only to read where it stands: it never commits
        readOnly.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = consumers.createConsumer(null, "every-volunteer-event", null, readOnly);
        running = true;
        Optional<Start> start = whereTheGroupStands();
        if (start.isEmpty()) {
            log.warn("Kafka does not answer or has no volunteers topic yet: volunteers in memory are those of MongoDB until it does");
        }
        load();
        reading = Thread.ofPlatform().daemon().name("every-volunteer-event").start(() -> read(start));
    }

    /**
     * Where the service's group stands on every partition, noted before loading MongoDB, which holds every event
     * before it; empty while Kafka does not answer, or has no volunteers topic yet.
     */
    private Optional<Start> whereTheGroupStands() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VOLUNTEERS, ASKING).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Start(partitions, consumer.committed(new HashSet<>(partitions), ASKING)));
        } catch (TimeoutException unanswered) {
            return Optional.empty();
        }
    }

    private void load() {
        long started = System.nanoTime();
        long loaded = candidates.forEachStored(stored -> candidates.remember(stored.aggregate(), stored.version()));
        log.info("{} volunteers loaded in memory in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
    }

    private void read(Optional<Start> known) {
        try (Consumer<String, String> reader = consumer) {
            Optional<Start> start = known;
            while (running && start.isEmpty()) {
                Thread.sleep(ASKING);
                start = whereTheGroupStands();
                if (start.isPresent()) {
                    load(); // what the group stored since the first load, which reading from here would miss
                }
            }
            if (start.isPresent()) {
                start.get().seek(reader);
            }
            while (running) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                    apply(record);
                }
            }
        } catch (WakeupException | InterruptException | InterruptedException stopping) {
            // stop() was called
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            ReceivedEvent event = reader.read(record);
            switch (event.payload()) {
                case VolunteerChange changed -> candidates.remember(Candidate.of(changed.volunteer()), event.aggregateVersion());
                case VolunteerWithdrawn withdrawn -> candidates.forget(withdrawn.volunteerId(), event.aggregateVersion());
                default -> { }
            }
        } catch (PoisonEvent poison) {
            // the listener that reads its partition parks it on the dead-letter topic
        } catch (RuntimeException e) {
            log.warn("Volunteer event at {}-{}@{} not kept in memory", record.topic(), record.partition(), record.offset(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reading != null) {
            try {
                reading.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Every partition of the volunteers topic, and the offsets the service's group committed on some. */
    private record Start(List<TopicPartition> partitions, Map<TopicPartition, OffsetAndMetadata> committed) {

        void seek(Consumer<String, String> reader) {
            reader.assign(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    reader.seekToBeginning(List.of(partition));
                } else {
                    reader.seek(partition, offset.offset());
                }
            }
        }
    }

    /** Before the web server and the listeners start, after them when stopping. */
    @Override
    public int getPhase() {
        return 0;
    }
}
