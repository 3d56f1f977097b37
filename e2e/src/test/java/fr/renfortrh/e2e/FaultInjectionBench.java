package fr.renfortrh.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bson.Document;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.LocalStack.ROOT;
import static fr.renfortrh.e2e.LocalStack.SECOND_MATCHING;
import static fr.renfortrh.e2e.LocalStack.VAR;
import static fr.renfortrh.e2e.LocalStack.pidOf;
import static fr.renfortrh.e2e.LocalStack.sleep;
import static fr.renfortrh.e2e.LocalStack.startSecondMatching;
import static fr.renfortrh.e2e.Scenario.call;

/**
 * Fault injection (not a test) on the stack started by {@code ./renfort up}: needs are published through the
 * gateway while a component is killed or stopped, then what was sent is compared with what reached the other
 * side, read back from the topics and the databases. Run by {@code ./renfort fault <scenario> [needs]}:
 * {@code kafka-crash} (kill -9 the broker twice), {@code matching-crash} (kill -9 matching five times while it
 * consumes), {@code mongo-outage} (the MongoDB-wire server stopped for 30 s under load) and {@code double-booking}
 * (50 concurrent confirmations of overlapping missions for one volunteer across two matching instances).
 */
public final class FaultInjectionBench {

    private static final Duration CONVERGENCE = Duration.ofMinutes(10);
    private static final int SENDERS = 8;

    private final MongoClient mongo = MongoClients.create(Stack.MONGODB);
    private final Keycloak.User staffUser = Keycloak.newUser("establishment");
    private final Keycloak.User arsUser = Keycloak.newUser("ars-operator");
    private volatile String staff = Keycloak.accessToken(staffUser);
    private final String establishment = Scenario.verifiedEstablishment(staff, Keycloak.accessToken(arsUser));
    private volatile long tokenAt = System.nanoTime();

    /** What happened to one publication: the need id if accepted, the status, how long the answer took. */
    private record Sent(String needId, int status, long micros, long at) {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        String scenario = args[1];
        var bench = new FaultInjectionBench();
        List<String> lines = switch (scenario) {
            case "kafka-crash" -> bench.kafkaCrash(args.length > 2 ? Integer.parseInt(args[2]) : 10_000);
            case "matching-crash" -> bench.matchingCrash(args.length > 2 ? Integer.parseInt(args[2]) : 2_000);
            case "mongo-outage" -> bench.mongoOutage();
            case "double-booking" -> bench.doubleBooking();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        Files.writeString(output, table);
        System.exit(0);
    }

    /** 10,000 needs published while the broker is killed with kill -9 at a quarter and at three fifths. */
    private List<String> kafkaCrash(int count) throws InterruptedException {
        List<Thread> crashes = new ArrayList<>();
        List<Sent> sent = publish(count, "INFIRMIER", i -> {
            if (i == count / 4 || i == count * 3 / 5) {
                crashes.add(Thread.ofVirtual().start(() -> crashAndRestart("kafka", Duration.ofSeconds(5))));
            }
        });
        for (Thread crash : crashes) {
            crash.join();
        }
        return report("Broker killed (kill -9) twice while " + count + " needs were published", sent);
    }

    /**
     * Needs published while matching, which proposes candidates for each, is killed five times, 5 s after each
     * restart: while it consumes the publications, then the backlog that built up while it was down.
     */
    private List<String> matchingCrash(int count) throws Exception {
        for (int i = 0; i < 3; i++) { // eligible for every need: each publication makes proposals, the side effects counted
            var midwife = Keycloak.newUser("volunteer");
            Scenario.verifiedMidwife(midwife, Keycloak.accessToken(midwife), Keycloak.accessToken(arsUser));
        }
        try (var publisher = Executors.newSingleThreadExecutor()) {
            var sent = publisher.submit(() -> publish(count, "SAGE_FEMME", i -> { }));
            for (int kill = 0; kill < 5; kill++) {
                sleep(Duration.ofSeconds(5));
                crashAndRestart("matching", Duration.ZERO);
            }
            return report("Matching killed (kill -9) five times while it consumed " + count + " needs", sent.get());
        }
    }

    /** Needs published at about 20 per second; the MongoDB-wire server is stopped 20 s in, for 30 s. */
    private List<String> mongoOutage() throws InterruptedException {
        long began = System.nanoTime();
        long[] window = new long[2];
        List<Sent> sent = publish(2_400, "INFIRMIER", i -> {
            LockSupport.parkNanos(began + i * 50_000_000L - System.nanoTime());
            if (i == 400) {
                window[0] = System.nanoTime();
                stop("mongo");
                Thread.ofVirtual().start(() -> {
                    sleep(Duration.ofSeconds(30));
                    window[1] = System.nanoTime();
                    renfortUp();
                });
            }
        });
        List<Sent> during = sent.stream().filter(s -> s.at() >= window[0] && s.at() < window[1]).toList();
        List<Sent> failed = during.stream().filter(s -> s.needId() == null).toList();
        long recovered = sent.stream().filter(s -> s.at() >= window[1] && s.needId() != null).mapToLong(Sent::at).min().orElse(0);
        List<String> lines = report("MongoDB-wire server stopped for 30 s while needs were published at 20/s", sent);
        Map<Integer, Long> statuses = new HashMap<>();
        failed.forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "While it was stopped: %,d publications, %,d refused (%s), refused in p50 %.0f ms / "
                        + "p99 %.0f ms; first need accepted %.1f s after the restart began.", during.size(), failed.size(),
                statuses.isEmpty() ? "none" : statuses.toString().replaceAll("[{}]", "").replace("=", ": "),
                percentile(failed, 0.5) / 1000.0, percentile(failed, 0.99) / 1000.0,
                recovered == 0 ? Double.NaN : (recovered - window[1]) / 1e9));
        return lines;
    }

    /**
     * One volunteer accepts ten requests for the same shift; a second matching instance joins the first; fifty
     * confirmations (five per request) are sent at once, half through the gateway to the first instance, half
     * straight to the second.
     */
    private List<String> doubleBooking() throws InterruptedException {
        Process second = startSecondMatching();
        try {
            var volunteer = Keycloak.newUser("volunteer");
            String volunteerToken = Keycloak.accessToken(volunteer);
            String volunteerId = Scenario.verifiedMidwife(volunteer, volunteerToken, Keycloak.accessToken(arsUser), 10);
            String day = LocalDate.now().plusDays(12).toString();
            List<String> proposals = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String needId = Scenario.ok(call(staff, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishment,
                        "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "HIGH", "positions", 1,
                        "shifts", List.of(Map.of("date", day, "start", "08:00", "end", "18:00"))))), 201).get("id").asString();
                String proposal = Scenario.requestContact(staff, needId, volunteerId);
                Scenario.ok(call(volunteerToken, postJson(Stack.GATEWAY + "/api/matching/me/requests/" + proposal + "/accept", Map.of())), 200);
                proposals.add(proposal);
            }
            var statuses = new ConcurrentLinkedQueue<Integer>();
            var start = new CountDownLatch(1);
            try (var confirmers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 50; i++) {
                    String base = i % 2 == 0 ? Stack.GATEWAY : SECOND_MATCHING;
                    String proposal = proposals.get(i % proposals.size());
                    confirmers.submit(() -> {
                        start.await();
                        statuses.add(call(staff, postJson(base + "/api/matching/proposals/" + proposal + "/confirm", Map.of())).status());
                        return null;
                    });
                }
                start.countDown();
            }
            sleep(Duration.ofSeconds(3));
            Map<String, Long> byStatus = new HashMap<>();
            for (String proposal : proposals) {
                String status = mongo.getDatabase("renfort-matching").getCollection("proposals")
                        .find(Filters.eq("_id", proposal)).first().get("state", Document.class).getString("status");
                byStatus.merge(status, 1L, Long::sum);
            }
            Map<Integer, Long> answers = new HashMap<>();
            statuses.forEach(s -> answers.merge(s, 1L, Long::sum));
            List<String> lines = new ArrayList<>();
            lines.add("**50 concurrent confirmations of ten overlapping missions of one volunteer, across two matching instances**");
            lines.add("");
            lines.add("| Measure | Value |");
            lines.add("|---|---:|");
            lines.add(row("confirmations sent (25 through the gateway to instance 1, 25 straight to instance 2)", statuses.size()));
            answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(row("answered " + e.getKey(), e.getValue())));
            byStatus.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(row("requests now " + e.getKey(), e.getValue())));
            lines.add(row("**missions confirmed for the volunteer** (target 1)", byStatus.getOrDefault("CONFIRMED", 0L)));
            return lines;
        } finally {
            LocalStack.stop(second);
        }
    }

    /** Publishes {@code count} needs from {@link #SENDERS} threads; {@code before} runs before each, in order. */
    private List<Sent> publish(int count, String profession, Consumer<Integer> before) throws InterruptedException {
        var sent = new ConcurrentLinkedQueue<Sent>();
        var permits = new Semaphore(SENDERS);
        String day = LocalDate.now().plusDays(10).toString();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                before.accept(i);
                permits.acquire();
                renewTokenIfOld();
                senders.submit(() -> {
                    try {
                        long began = System.nanoTime();
                        Http.Response response;
                        try {
                            response = call(staff, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishment,
                                    "profession", profession, "contractType", "VACATION", "urgency", "HIGH", "positions", 1,
                                    "shifts", List.of(Map.of("date", day, "start", "07:00", "end", "19:00")))));
                        } catch (RuntimeException e) {
                            response = null;
                        }
                        long micros = (System.nanoTime() - began) / 1000;
                        sent.add(new Sent(response != null && response.status() == 201 ? response.json().get("id").asString() : null,
                                response == null ? 0 : response.status(), micros, began));
                    } finally {
                        permits.release();
                    }
                });
                if (i % 1000 == 999) {
                    System.out.printf("%,d needs sent%n", i + 1);
                }
            }
        }
        return List.copyOf(sent);
    }

    private List<String> report(String title, List<Sent> sent) {
        Set<String> accepted = new HashSet<>();
        sent.stream().map(Sent::needId).filter(id -> id != null).forEach(accepted::add);
        long convergeFrom = System.nanoTime();
        long known = knownToMatching();
        while (known < accepted.size() && System.nanoTime() - convergeFrom < CONVERGENCE.toNanos()) {
            sleep(Duration.ofSeconds(2));
            known = knownToMatching();
        }
        double convergedIn = (System.nanoTime() - convergeFrom) / 1e9;
        boolean converged = known >= accepted.size();
        sleep(Duration.ofSeconds(10)); // proposals follow the needs
        renewTokenIfOld();
        int readable = (int) accepted.stream().limit(500)
                .filter(id -> call(staff, get(Stack.GATEWAY + "/api/needs/" + id)).status() == 200).count();

        var needEvents = eventsOn(Topics.NEEDS, accepted::contains);
        Predicate<String> ofAcceptedNeed = subject -> accepted.contains(subject.split(":")[0]);
        var proposalEvents = eventsOn(Topics.MATCHING, ofAcceptedNeed);
        Map<String, Set<String>> eventIdsByProposal = new HashMap<>();
        proposalEvents.stream().filter(e -> e.type().contains("MatchProposed"))
                .forEach(e -> eventIdsByProposal.computeIfAbsent(e.subject(), k -> new HashSet<>()).add(e.id()));
        long proposals = mongo.getDatabase("renfort-matching").getCollection("proposals")
                .countDocuments(Filters.eq("state.establishmentId", establishment));
        long deadLetters = eventsOn(Topics.deadLetterOf(Topics.NEEDS), accepted::contains).size()
                + eventsOn(Topics.deadLetterOf(Topics.MATCHING), ofAcceptedNeed).size();

        List<String> lines = new ArrayList<>();
        lines.add("**" + title + "**");
        lines.add("");
        lines.add("| Measure | Value |");
        lines.add("|---|---:|");
        lines.add(row("publications sent", sent.size()));
        lines.add(row("accepted (201)", accepted.size()));
        lines.add(row("refused", sent.size() - accepted.size()));
        lines.add(row("need events on the topic (records)", needEvents.size()));
        lines.add(row("… distinct events", needEvents.stream().map(Event::id).distinct().count()));
        lines.add(row("… records delivered again (same event id: consumers skip them)", needEvents.size() - needEvents.stream().map(Event::id).distinct().count()));
        lines.add(row("accepted needs known to matching", known));
        lines.add(row(converged ? "**lost** (accepted, never reached matching)"
                : "**not in matching " + CONVERGENCE.toMinutes() + " min after the last publication** (lag or loss)", accepted.size() - known));
        lines.add(row("accepted needs readable through the gateway (sample of " + Math.min(500, accepted.size()) + ")", readable));
        lines.add(row("proposals made by matching", proposals));
        lines.add(row("proposals announced (MatchProposed, distinct proposals)", eventIdsByProposal.size()));
        lines.add(row("**duplicated** (a proposal announced by two different events)", eventIdsByProposal.values().stream().filter(ids -> ids.size() > 1).count()));
        lines.add(row("records on the dead-letter topics", deadLetters));
        lines.add("");
        lines.add(converged
                ? String.format(Locale.ROOT, "Matching knew every accepted need %.0f s after the last publication.", convergedIn)
                : String.format(Locale.ROOT, "Matching had not caught up %d min after the last publication.", CONVERGENCE.toMinutes()));
        return lines;
    }

    private long knownToMatching() {
        return mongo.getDatabase("renfort-matching").getCollection("open_needs")
                .countDocuments(Filters.eq("state.establishmentId", establishment));
    }

    private record Event(String id, String type, String subject) {
    }

    /** Every record of a topic whose subject (the aggregate id) passes {@code subjects}, from the beginning. */
    private static List<Event> eventsOn(String topic, Predicate<String> subjects) {
        var config = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        List<Event> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    String subject = header(record, CloudEventHeaders.SUBJECT);
                    if (subject != null && subjects.test(subject)) {
                        events.add(new Event(header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE), subject));
                    }
                }
            }
        }
        return events;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void renewTokenIfOld() {
        if (System.nanoTime() - tokenAt > Duration.ofMinutes(3).toNanos()) {
            staff = Keycloak.accessToken(staffUser);
            tokenAt = System.nanoTime();
        }
    }

    private static void crashAndRestart(String component, Duration down) {
        long pid = pidOf(component);
        System.out.printf("kill -9 %s (pid %d)%n", component, pid);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        sleep(down);
        renfortUp();
    }

    private static void stop(String component) {
        long pid = pidOf(component);
        System.out.printf("stopping %s (pid %d)%n", component, pid);
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
    }

    /** {@code ./renfort up} starts again whatever is not running. */
    private static void renfortUp() {
        try {
            Process up = new ProcessBuilder(ROOT.resolve("renfort").toString(), "up").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(VAR.resolve("log/fault-restarts.log").toFile())).start();
            if (!up.waitFor(5, TimeUnit.MINUTES) || up.exitValue() != 0) {
                throw new IllegalStateException("./renfort up failed while restarting the stack (" + VAR.resolve("log/fault-restarts.log") + ")");
            }
            System.out.println("./renfort up: stack complete again");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long percentile(List<Sent> sent, double p) {
        return Percentile.of(sent.stream().map(Sent::micros).toList(), p);
    }

    private static String row(String measure, long value) {
        return String.format(Locale.ROOT, "| %s | %,d |", measure, value);
    }
}
