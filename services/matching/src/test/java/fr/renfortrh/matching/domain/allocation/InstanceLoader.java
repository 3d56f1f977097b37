package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.EventTypes;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.FinessKey;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.platform.events.CloudEventRecords;
import fr.renfortrh.platform.events.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@code ./renfort load nominal|crisis|national|shortlist-stress}: puts a synthetic instance into the running
 * stack. Establishments and needs go through the gateway's public API, as the demo staff account
 * {@code etablissement2} (establishments verified by the demo ARS account); volunteers, who would each need an
 * account and a verification, arrive as the {@code VolunteerVerified} events volunteer-profile would publish, on
 * its topic and in its envelope, so matching, the regional allocation and the ARS indicators see the whole
 * instance. Loading twice adds nothing: establishments already registered (same FINESS) are skipped with their
 * needs, volunteer events carry the same version.
 */
public final class InstanceLoader {

    private static final String GATEWAY = System.getenv().getOrDefault("GATEWAY_URL", "http://localhost:8080");
    private static final String REALM = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180") + "/realms/renfort";
    private static final String KAFKA = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    private static final String DEMO_PASSWORD = "Renfort2026!";
    private static final int SENDERS = 8;
    /** Named instances, in the order of the digit their made-up FINESS numbers carry. */
    private static final List<String> INSTANCES = List.of("nominal", "crisis", "national", "shortlist-stress");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile String staff;
    private volatile String ars;
    private volatile long tokensAt;

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "nominal";
        SyntheticNormandy data = SyntheticNormandy.named(name, Instant.now());
        var loader = new InstanceLoader();
        long began = System.nanoTime();
        int volunteers = loader.publishVolunteers(data.volunteers());
        System.out.printf("%s: %,d volunteers published as VolunteerVerified events%n", name, volunteers);
        int[] loaded = loader.postEstablishmentsAndNeeds(name, data.needs());
        System.out.printf("%s: %,d establishments registered and verified, %,d needs published through the gateway "
                + "(%,d establishments already there) in %.0f s%n", name, loaded[0], loaded[1], loaded[2], (System.nanoTime() - began) / 1e9);
        System.exit(0);
    }

    private int publishVolunteers(List<Candidate> candidates) throws Exception {
        var config = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (Candidate c : candidates) {
                var event = new VolunteerVerified(new VolunteerSnapshot(c.volunteerId(), c.initials(), c.professions(),
                        c.specialty(), c.status(), c.department(), communeAt(c.latitude(), c.longitude()).inseeCode(),
                        c.latitude(), c.longitude(), c.maxTravelKm(), c.departmentsAccepted(), c.contractTypes(), List.of(),
                        c.maxHoursPerWeek(), c.earliestStart(), c.availability(), c.confirmedAt(), c.experienceYears(),
                        c.unitExperience(), c.weeklyContactBudget(), c.contactConsent()));
                var message = new OutboxMessage(UUID.randomUUID().toString(), Topics.VOLUNTEERS, c.volunteerId(),
                        EventTypes.typeOf(event), Instant.now(), 1, null, json.writeValueAsString(event));
                producer.send(CloudEventRecords.of(message, "/renfort/instance-loader"));
            }
            producer.flush();
        }
        return candidates.size();
    }

    /** Returns establishments registered, needs published, establishments skipped. */
    private int[] postEstablishmentsAndNeeds(String name, List<OpenNeed> needs) throws Exception {
        Map<String, List<OpenNeed>> byEstablishment = needs.stream()
                .collect(Collectors.groupingBy(OpenNeed::establishmentId, LinkedHashMap::new, Collectors.toList()));
        var registered = new AtomicInteger();
        var published = new AtomicInteger();
        var skipped = new AtomicInteger();
        var permits = new Semaphore(SENDERS);
        int index = 0;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> work = new ArrayList<>();
            for (List<OpenNeed> ofEstablishment : byEstablishment.values()) {
                renewTokensIfOld();
                OpenNeed first = ofEstablishment.getFirst();
                String finess = finess(first.department(), INSTANCES.indexOf(name) + 1, index++);
                String establishmentId = register(finess, first);
                if (establishmentId == null) {
                    skipped.incrementAndGet();
                    continue;
                }
                registered.incrementAndGet();
                for (OpenNeed need : ofEstablishment) {
                    permits.acquire();
                    work.add(senders.submit(() -> {
                        try {
                            post("/api/needs", staff, needRequest(establishmentId, need), 201);
                            published.incrementAndGet();
                        } finally {
                            permits.release();
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> done : work) {
                done.get();
            }
        }
        return new int[]{registered.get(), published.get(), skipped.get()};
    }

    /** The establishment's id once verified, or null when its FINESS is already registered (loaded before). */
    private String register(String finess, OpenNeed need) throws IOException, InterruptedException {
        String category = need.establishmentName().startsWith("EHPAD") ? "EHPAD"
                : need.establishmentName().startsWith("Centre hospitalier") ? "CH" : "SSIAD";
        var response = send("POST", "/api/establishments", staff, Map.of("finess", finess, "details", Map.of(
                "name", need.establishmentName(), "legalStatus", "PUBLIC", "category", category,
                "communeInsee", communeAt(need.latitude(), need.longitude()).inseeCode(), "phone", "02 35 00 00 00")));
        if (response.statusCode() == 409) {
            return null;
        }
        String id = check(response, 201).get("id").asString();
        post("/api/establishments/" + id + "/verify", ars, Map.of(), 200);
        return id;
    }

    private static Map<String, Object> needRequest(String establishmentId, OpenNeed need) {
        return Map.of("establishmentId", establishmentId, "profession", need.profession(), "unitType", need.unitType(),
                "contractType", need.contractType(), "urgency", need.urgency(), "positions", need.positions(),
                "shifts", need.shifts().stream().map(InstanceLoader::shiftRequest).toList());
    }

    private static Map<String, String> shiftRequest(ShiftSnapshot shift) {
        return Map.of("date", shift.start().toLocalDate().toString(), "start", shift.start().toLocalTime().toString(),
                "end", shift.end().toLocalTime().toString());
    }

    /** A made-up FINESS with a valid key: department, the instance, a serial number, then the key. */
    private static String finess(String department, int instance, int serial) {
        return FinessKey.complete(department + instance + String.format("%05d", serial));
    }

    private static Commune communeAt(double latitude, double longitude) {
        return Communes.normandy().all().stream()
                .min(Comparator.comparingDouble(c -> Math.hypot(c.latitude() - latitude, c.longitude() - longitude)))
                .orElseThrow();
    }

    private JsonNode post(String path, String token, Object body, int expected) throws IOException, InterruptedException {
        return check(send("POST", path, token, body), expected);
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Access tokens live 5 minutes; a crisis load takes about as long. */
    private void renewTokensIfOld() {
        if (staff == null || System.nanoTime() - tokensAt > Duration.ofMinutes(3).toNanos()) {
            staff = token("etablissement2");
            ars = token("ars");
            tokensAt = System.nanoTime();
        }
    }

    private String token(String username) {
        try {
            String form = Map.of("grant_type", "password", "client_id", "renfort-e2e", "client_secret", "renfort-e2e-dev-secret",
                            "username", username, "password", DEMO_PASSWORD).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var response = http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return check(response, 200).get("access_token").asString();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak token for " + username, e);
        }
    }
}
