package fr.renfortrh.e2e;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.CloudEventHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.putJson;
import static fr.renfortrh.e2e.Http.send;

/**
 * Benchmark (not a test): on a stack holding the {@code national} instance, volunteers sign up through the gateway
 * at a fixed rate (an open model: a sign-up's time counts from when it was due), each verified by an ARS operator
 * as soon as it is submitted, while every consumer group's lag is sampled; then the same with a second matching
 * instance in matching's consumer group. Run by {@code ./renfort bench national-load [per second] [seconds]}.
 */
public final class NationalLoadBench {

    private static final List<String> GROUPS = List.of("volunteer-profile", "establishment-needs", "matching", "notification");
    private static final List<String> COMPONENTS = List.of("kafka", "mongo", "keycloak", "volunteer-profile",
            "establishment-needs", "matching", "notification", "gateway");
    private static final long NATIONAL_VOLUNTEERS = 100_000;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(3);
    /**
     * A burst first, whose figures are dropped: the gateway restarts before a bench, and the first measured run
     * otherwise paid for the JIT's warm-up (666 of its sign-ups timed out, none in the second run).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final List<String> COMMUNES = List.of("76540", "14118", "27229", "50502", "61001", "76351", "50129",
            "76217", "14366", "27681", "61169", "14047");
    private static final List<String> PROFESSIONS = List.of("INFIRMIER", "INFIRMIER", "INFIRMIER", "AIDE_SOIGNANT",
            "AIDE_SOIGNANT", "SAGE_FEMME");
    /** How the local Annuaire Santé stub lists RPPS 10003456786: the directory check confirms it (aides-soignants have none). */
    private static final String RPPS = "10003456786";
    private static final String LAST_NAME = "Lemoine";
    /** Applied to the bench's own accounts only, while they are made (see {@link Accounts}). */
    private static final String CHEAP_HASHING = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA));
    private final Keycloak.User arsUser = Keycloak.newUser("ars-operator");

    private static final String DONE = "done";

    /** One sign-up: how it ended ({@link #DONE}, else the first refusal's status or why no answer came), and when. */
    private record SignUp(String outcome, long latencyMicros, long endedAt) {

        boolean done() {
            return outcome.equals(DONE);
        }
    }

    /** Each consumer group's committed offsets and lag, summed over its topics and partitions. */
    private record Sample(long at, Map<String, Long> committed, Map<String, Long> lag) {

        long end(String group) {
            return committed.get(group) + lag.get(group);
        }

        /** The group has read everything, and nothing was published to its topics since {@code previous}. */
        boolean settled(Sample previous, String group) {
            return lag.get(group) == 0 && end(group) == previous.end(group);
        }
    }

    /** How long the burst's volunteer events waited between their save (their CloudEvents time) and Kafka. */
    private record Publication(int events, long p50, long p95, long p99, long max) {
    }

    /** @param leftBehind the partitions still behind when the wait for the groups ended, by group, with their lag */
    private record Run(int matchingInstances, double rate, List<SignUp> signUps, long burstStart, long burstEnd,
                       List<Sample> samples, Map<String, Long> rss, Map<String, Map<TopicPartition, Long>> leftBehind,
                       Publication publication) {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 100;
        Duration burst = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 120);
        var bench = new NationalLoadBench();
        Map<String, Long> topics = bench.topicSizes();
        long volunteerEvents = topics.getOrDefault(Topics.VOLUNTEERS, 0L);
        if (volunteerEvents < NATIONAL_VOLUNTEERS) {
            System.err.printf("This stack's volunteers topic holds %,d records, fewer than the national instance's %,d"
                    + " volunteers: load it first (./renfort load national)%n", volunteerEvents, NATIONAL_VOLUNTEERS);
            System.exit(1);
        }
        double keycloakRate = bench.keycloakSignUpsPerSecond(20);
        System.out.printf("Keycloak, account and first sign-in at the realm's hashing: %.1f/s%n", keycloakRate);

        System.out.println("Warm-up (not measured): the same sign-ups for " + WARM_UP.toSeconds() + " s");
        bench.run(Optional.empty(), rate, WARM_UP);
        Run one = bench.run(Optional.empty(), rate, burst);
        Files.writeString(output, String.join("\n", report(topics, keycloakRate, List.of(one))) + "\n");
        Process second = LocalStack.startSecondMatching();
        Run two;
        try {
            two = bench.run(Optional.of(second), rate, burst);
        } finally {
            LocalStack.stop(second);
        }
        String table = String.join("\n", report(topics, keycloakRate, List.of(one, two))) + "\n";
        System.out.print(table);
        Files.writeString(output, table);
        System.exit(0);
    }

    /** One burst, with a second matching instance when {@code second} is given. */
    private Run run(Optional<Process> second, double rate, Duration burst) throws Exception {
        int instances = second.isPresent() ? 2 : 1;
        int count = (int) (rate * burst.toSeconds());
        System.out.printf("%d matching instance(s): making %,d accounts…%n", instances, count);
        List<String> tokens = Accounts.make(count, "n" + instances);
        String ars = Keycloak.accessToken(arsUser);
        var samples = new ConcurrentLinkedQueue<Sample>();
        var sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                samples.add(sample());
                LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
            }
        });
        System.out.printf("%d matching instance(s): %,d sign-ups at %.0f/s…%n", instances, count, rate);
        var signUps = new ConcurrentLinkedQueue<SignUp>();
        Instant startedAt = Instant.now();
        long start = OpenModel.run(rate, count, Duration.ofMinutes(5), (i, due) -> {
            String token = tokens.get((int) i);
            return () -> signUps.add(signUp(token, ars, (int) i, due));
        });
        long burstEnd = System.nanoTime();
        System.out.println("Sign-ups done; waiting for every outbox to be published and every consumer group to read it…");
        long deadline = burstEnd + DRAIN_LIMIT.toNanos();
        for (Sample previous = sample(), current; System.nanoTime() < deadline; previous = current) {
            LocalStack.sleep(SAMPLE_EVERY);
            current = sample();
            if (settled(previous, current)) {
                break;
            }
        }
        sampling.set(false);
        sampler.join();
        samples.add(sample());
        Map<String, Long> rss = new LinkedHashMap<>();
        COMPONENTS.forEach(component -> rss.put(component, LocalStack.rssMb(LocalStack.pidOf(component))));
        second.ifPresent(process -> rss.put("matching (2nd)", LocalStack.rssMb(process.pid())));
        return new Run(instances, rate, List.copyOf(signUps), start, burstEnd, List.copyOf(samples), rss, partitionsBehind(),
                publication(startedAt));
    }

    private static boolean settled(Sample previous, Sample current) {
        return GROUPS.stream().allMatch(group -> current.settled(previous, group));
    }

    /** Save-to-Kafka delays of the volunteer events published since {@code since}. */
    private static Publication publication(Instant since) {
        var props = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        List<Long> delays = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VOLUNTEERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.offsetsForTimes(partitions.stream().collect(Collectors.toMap(p -> p, p -> since.toEpochMilli())))
                    .forEach((partition, found) -> consumer.seek(partition, found == null ? ends.get(partition) : found.offset()));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    var time = record.headers().lastHeader(CloudEventHeaders.TIME);
                    if (time != null) {
                        delays.add(record.timestamp() - Instant.parse(new String(time.value(), StandardCharsets.UTF_8)).toEpochMilli());
                    }
                }
            }
        }
        return delays.isEmpty() ? new Publication(0, 0, 0, 0, 0) : new Publication(delays.size(), Percentile.of(delays, 0.50),
                Percentile.of(delays, 0.95), Percentile.of(delays, 0.99), Collections.max(delays));
    }

    /** A volunteer's sign-up as the web app sends it, then the ARS operator's verification. */
    private SignUp signUp(String token, String ars, int n, long due) {
        String profession = PROFESSIONS.get(n % PROFESSIONS.size());
        String commune = COMMUNES.get(n % COMMUNES.size());
        var created = call(token, postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("firstName", "Camille",
                "lastName", LAST_NAME, "professions", List.of(profession), "department", commune.substring(0, 2))));
        if (created.status() != 201) {
            return ended(refusal(created), due);
        }
        String id = created.json().get("id").asString();
        long version = created.json().get("version").asLong();
        var steps = List.<LongFunction<HttpRequest.Builder>>of(
                v -> putJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("version", v, "firstName", "Camille",
                        "lastName", LAST_NAME, "profile", Map.of(
                                "phone", "06 12 34 56 78", "preferredChannel", "EMAIL",
                                "situation", Map.of("status", n % 5 == 0 ? "RETIRED" : "ACTIVE"),
                                "professions", List.of(profession), "professionalId", profession.equals("AIDE_SOIGNANT") ? "" : RPPS,
                                "diplomas", List.of(),
                                "experience", Map.of("years", n % 20, "units", List.of(), "languages", List.of()),
                                "mobility", Map.of("communeInsee", commune, "maxTravelKm", 10 + n % 5 * 15, "hasCar", true,
                                        "departmentsAccepted", List.of(commune.substring(0, 2))),
                                "preferences", Map.of("contractTypes", List.of("VACATION", "CDD_COURT"), "shiftTypes", List.of(),
                                        "maxHoursPerWeek", 35, "wantsHousing", false, "weeklyContactBudget", 3)))),
                v -> putJson(Stack.GATEWAY + "/api/volunteers/me/availability", Map.of("version", v,
                        "weeklySlots", (1 << 14) - 1, "available", List.of(), "unavailable", List.of(), "availableNowDays", 30)),
                v -> putJson(Stack.GATEWAY + "/api/volunteers/me/consent", Map.of("version", v,
                        "privacyNoticeVersion", "2026-11", "contactConsent", "ESTABLISHMENTS_AND_ARS")),
                v -> postJson(Stack.GATEWAY + "/api/volunteers/me/submit", Map.of("version", v)));
        for (var step : steps) {
            var answer = call(token, step.apply(version));
            if (answer.status() != 200) {
                return ended(refusal(answer), due);
            }
            version = answer.json().get("version").asLong();
        }
        var verified = call(ars, postJson(Stack.GATEWAY + "/api/volunteers/" + id + "/verify", Map.of("version", version)));
        return ended(verified.status() == 200 ? DONE : refusal(verified), due);
    }

    /** The refusal's status, or, when no answer came (0), why. */
    private static String refusal(Http.Response answer) {
        return answer.status() == 0 ? answer.body() : String.valueOf(answer.status());
    }

    private static SignUp ended(String outcome, long due) {
        long now = System.nanoTime();
        return new SignUp(outcome, (now - due) / 1000, now);
    }

    /** The answer, or status 0 with what happened instead (a time-out, a refused connection) as its body. */
    private Http.Response call(String token, HttpRequest.Builder request) {
        try {
            return Http.send(client, request.header("Authorization", "Bearer " + token));
        } catch (RuntimeException timedOutOrRefused) {
            Throwable cause = timedOutOrRefused.getCause() != null ? timedOutOrRefused.getCause() : timedOutOrRefused;
            return new Http.Response(0, "", "no answer (" + cause.getClass().getSimpleName() + ")", null);
        }
    }

    private Sample sample() {
        Map<String, Long> committed = new TreeMap<>();
        Map<String, Long> lag = new TreeMap<>();
        for (String group : GROUPS) {
            Map<TopicPartition, long[]> partitions = partitions(group);
            long done = partitions.values().stream().mapToLong(offsets -> offsets[0]).sum();
            committed.put(group, done);
            lag.put(group, partitions.values().stream().mapToLong(offsets -> offsets[1]).sum() - done);
        }
        return new Sample(System.nanoTime(), committed, lag);
    }

    /** Per group, the partitions it has not read to their end, with how far behind it is on each. */
    private Map<String, Map<TopicPartition, Long>> partitionsBehind() {
        Map<String, Map<TopicPartition, Long>> behind = new TreeMap<>();
        for (String group : GROUPS) {
            partitions(group).forEach((partition, offsets) -> {
                if (offsets[1] > offsets[0]) {
                    behind.computeIfAbsent(group, g -> new TreeMap<>(Comparator.comparing(TopicPartition::toString)))
                            .put(partition, offsets[1] - offsets[0]);
                }
            });
        }
        return behind;
    }

    /** The group's committed offset and the end offset of each partition it has committed on. */
    private Map<TopicPartition, long[]> partitions(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            var ends = kafka.listOffsets(offsets.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            Map<TopicPartition, long[]> partitions = new HashMap<>();
            offsets.forEach((partition, committed) -> partitions.put(partition,
                    new long[]{committed == null ? 0 : committed.offset(), ends.get(partition).offset()}));
            return partitions;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> topicSizes() throws ExecutionException, InterruptedException {
        var names = kafka.listTopics().names().get().stream().filter(t -> t.startsWith("renfort.") && !t.endsWith(".dlt")).toList();
        var partitions = kafka.describeTopics(names).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<String, Long> sizes = new TreeMap<>();
        kafka.listOffsets(partitions).all().get().forEach((p, end) -> sizes.merge(p.topic(), end.offset(), Long::sum));
        return sizes;
    }

    /** Accounts made, then signed in, four at a time, with the realm's own password hashing (one hash each step). */
    private double keycloakSignUpsPerSecond(int accounts) throws InterruptedException {
        String admin = Keycloak.adminToken();
        String run = "kc-" + Long.toString(System.currentTimeMillis(), 36);
        long start = System.nanoTime();
        inParallel(accounts, 4, n -> {
            Keycloak.createUser(admin, Accounts.username(run, n), Accounts.password(run), "Camille", "Charge");
            Keycloak.accessToken(Accounts.username(run, n), Accounts.password(run));
        });
        return accounts / ((System.nanoTime() - start) / 1e9);
    }

    /** Runs {@code task} for 0 to {@code count - 1}, {@code atOnce} at a time, and returns when all are done. */
    private static void inParallel(int count, int atOnce, IntConsumer task) throws InterruptedException {
        var permits = new Semaphore(atOnce);
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                permits.acquire();
                int n = i;
                workers.submit(() -> {
                    try {
                        task.accept(n);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
    }

    /**
     * The burst's accounts, made through Keycloak's partial import and signed in before the burst. Keycloak hashes
     * every password it stores or checks, which on this machine caps sign-ins far below the burst (measured apart,
     * see {@link NationalLoadBench#keycloakSignUpsPerSecond}); while they are made, the realm's policy hashes with one iteration, and
     * it is put back afterwards.
     */
    private static final class Accounts {

        /** Accounts per partial import: 500 took longer than a request may (15 s) while the stack was busy. */
        private static final int IMPORT_BATCH = 100;

        static List<String> make(int count, String prefix) throws Exception {
            var realm = send(Http.get(Stack.KEYCLOAK + "/admin/realms/renfort").header("Authorization", "Bearer " + Keycloak.adminToken())).json();
            String policy = realm.get("passwordPolicy").asString();
            setPolicy(policy + " and " + CHEAP_HASHING);
            try {
                String run = prefix + "-" + Long.toString(System.currentTimeMillis(), 36);
                for (int from = 0; from < count; from += IMPORT_BATCH) {
                    List<Map<String, Object>> users = new ArrayList<>();
                    for (int i = from; i < Math.min(count, from + IMPORT_BATCH); i++) {
                        users.add(Map.of("username", username(run, i), "enabled", true, "emailVerified", true,
                                "email", username(run, i) + "@e2e.renfort-rh.test", "firstName", "Camille", "lastName", "Charge",
                                "realmRoles", List.of("volunteer"),
                                "credentials", List.of(Map.of("type", "password", "value", password(run), "temporary", false))));
                    }
                    var imported = send(postJson(Stack.KEYCLOAK + "/admin/realms/renfort/partialImport",
                            Map.of("ifResourceExists", "FAIL", "users", users)).header("Authorization", "Bearer " + Keycloak.adminToken()));
                    if (imported.status() != 200) {
                        throw new IllegalStateException("Keycloak partial import failed: " + imported.status() + " " + imported.body());
                    }
                }
                String[] tokens = new String[count];
                inParallel(count, 8, n -> tokens[n] = Keycloak.accessToken(username(run, n), password(run)));
                return List.of(tokens);
            } finally {
                setPolicy(policy);
            }
        }

        static String username(String run, int i) {
            return "load-" + run + "-" + i;
        }

        static String password(String run) {
            return "Load-" + run + "!";
        }

        private static void setPolicy(String policy) {
            var updated = send(putJson(Stack.KEYCLOAK + "/admin/realms/renfort", Map.of("passwordPolicy", policy))
                    .header("Authorization", "Bearer " + Keycloak.adminToken()));
            if (updated.status() != 204) {
                throw new IllegalStateException("Keycloak realm update failed: " + updated.status() + " " + updated.body());
            }
        }
    }

    private static List<String> report(Map<String, Long> topics, double keycloakRate, List<Run> runs) {
        List<String> lines = new ArrayList<>();
        lines.add("Records in the topics at the start: " + topics.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey().replace("renfort.", ""), e.getValue()))
                .collect(Collectors.joining(", ")) + ".");
        lines.add("");
        lines.add("| Matching instances | Offered | Sign-ups done | Not done (first refusal's status, or no answer: count) | Done per second | p50 | p95 | p99 |");
        lines.add("|---:|---:|---:|---|---:|---:|---:|---:|");
        for (Run run : runs) {
            List<SignUp> done = run.signUps().stream().filter(SignUp::done).toList();
            Map<String, Long> refused = new TreeMap<>(run.signUps().stream().filter(s -> !s.done())
                    .collect(Collectors.groupingBy(SignUp::outcome, Collectors.counting())));
            long lastDone = done.stream().mapToLong(SignUp::endedAt).max().orElse(run.burstStart());
            lines.add(String.format(Locale.ROOT, "| %d | %,d at %.0f/s | %,d | %s | %.1f | %s | %s | %s |",
                    run.matchingInstances(), run.signUps().size(), run.rate(), done.size(),
                    refused.isEmpty() ? "none" : refused.toString().replaceAll("[{}]", "").replace("=", ": "),
                    done.isEmpty() ? 0 : done.size() / ((lastDone - run.burstStart()) / 1e9),
                    seconds(done, 0.50), seconds(done, 0.95), seconds(done, 0.99)));
        }
        lines.add("");
        lines.add("| Matching instances | Consumer group | Lag at most | Lag when the sign-ups ended | Caught up after the sign-ups | Events read per second while behind |");
        lines.add("|---:|---|---:|---:|---|---:|");
        Map<Integer, Double> matchingRates = new HashMap<>();
        for (Run run : runs) {
            for (String group : GROUPS) {
                List<Sample> samples = run.samples();
                long most = samples.stream().mapToLong(s -> s.lag().get(group)).max().orElse(0);
                long atEnd = samples.stream().filter(s -> s.at() >= run.burstEnd()).findFirst().map(s -> s.lag().get(group)).orElse(0L);
                String caughtUp = IntStream.range(1, samples.size())
                        .filter(i -> samples.get(i).at() >= run.burstEnd() && samples.get(i).settled(samples.get(i - 1), group))
                        .mapToObj(i -> String.format(Locale.ROOT, "%.0f s", (samples.get(i).at() - run.burstEnd()) / 1e9)).findFirst()
                        .orElse("not within " + DRAIN_LIMIT.toMinutes() + " min");
                double behindRate = readWhileBehind(samples, group);
                if (group.equals("matching")) {
                    matchingRates.put(run.matchingInstances(), behindRate);
                }
                lines.add(String.format(Locale.ROOT, "| %d | %s | %,d | %,d | %s | %s |", run.matchingInstances(), group,
                        most, atEnd, caughtUp, Double.isNaN(behindRate) ? "never behind" : String.format(Locale.ROOT, "%.1f", behindRate)));
            }
        }
        lines.add("");
        lines.add("| Matching instances | Volunteer events published | Save to Kafka p50 | p95 | p99 | max |");
        lines.add("|---:|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            Publication publication = run.publication();
            lines.add(String.format(Locale.ROOT, "| %d | %,d | %.2f s | %.2f s | %.2f s | %.2f s |", run.matchingInstances(),
                    publication.events(), publication.p50() / 1e3, publication.p95() / 1e3, publication.p99() / 1e3, publication.max() / 1e3));
        }
        for (Run run : runs) {
            run.leftBehind().forEach((group, partitions) -> {
                lines.add("");
                lines.add(String.format(Locale.ROOT, "With %d matching instance(s), %s was still behind when the wait ended, on %s.",
                        run.matchingInstances(), group,
                        partitions.entrySet().stream().map(e -> e.getKey() + " by " + e.getValue()).collect(Collectors.joining(", "))));
            });
        }
        lines.add("");
        lines.add("| Matching instances | " + String.join(" | ", runs.getLast().rss().keySet()) + " |");
        lines.add("|---:|" + "---:|".repeat(runs.getLast().rss().size()));
        for (Run run : runs) {
            lines.add("| " + run.matchingInstances() + " | " + runs.getLast().rss().keySet().stream()
                    .map(c -> run.rss().containsKey(c) ? run.rss().get(c) + " MB" : "")
                    .collect(Collectors.joining(" | ")) + " |");
        }
        lines.add("");
        double one = matchingRates.getOrDefault(1, Double.NaN);
        double two = matchingRates.getOrDefault(2, Double.NaN);
        lines.add(String.format(Locale.ROOT, "Matching read %s events per second while behind with 2 instances against %s with 1: "
                        + "**ratio %s**. Keycloak made and first signed in %.1f accounts per second with the realm's password hashing "
                        + "(measured apart, 4 at a time); the burst's accounts were made beforehand with one-iteration hashing.",
                rate(two), rate(one), Double.isNaN(one) || Double.isNaN(two) ? "n/a" : String.format(Locale.ROOT, "%.2f", two / one),
                keycloakRate));
        lines.add("");
        lines.add("A sign-up is five requests of the volunteer (account details, profile, availability, consent, submission "
                + "with the directory check) and the ARS operator's verification, all through the gateway; its time counts from "
                + "when it was due. Lag is summed over each group's topics and partitions, sampled every "
                + SAMPLE_EVERY.toSeconds() + " s; a group has caught up when it has read everything and nothing more was "
                + "published for a sample (a service's outbox may still be publishing what was saved during the burst). Save to "
                + "Kafka: from an event's CloudEvents time (its save) to its record's timestamp, for the volunteer events "
                + "published from the burst's start to the end of the wait; memory is each process's RSS at the end of the run.");
        return lines;
    }

    /** Records a group committed per second over the samples where it started behind. */
    private static double readWhileBehind(List<Sample> samples, String group) {
        long read = 0;
        long nanos = 0;
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1);
            if (before.lag().get(group) > 0) {
                read += samples.get(i).committed().get(group) - before.committed().get(group);
                nanos += samples.get(i).at() - before.at();
            }
        }
        return nanos == 0 ? Double.NaN : read / (nanos / 1e9);
    }

    private static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "n/a (never behind)" : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String seconds(List<SignUp> signUps, double p) {
        if (signUps.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f s", Percentile.of(signUps.stream().map(SignUp::latencyMicros).toList(), p) / 1e6);
    }
}
