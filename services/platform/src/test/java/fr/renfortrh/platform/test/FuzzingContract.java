package fr.renfortrh.platform.test;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Property-based fuzzing of a whole service: every operation of its OpenAPI document receives inputs generated
 * from its schemas and then bent (wrong types, extremes, hostile strings, unknown fields), under every role;
 * none may answer 5xx, every refusal is problem+json. Every topic it consumes receives poison records; they
 * must land on the dead-letter twin while the consumers keep running. The seed is printed; set
 * {@code -Dfuzz.seed} to replay a run, {@code -Dfuzz.runs} for more inputs per operation. It runs in a Spring
 * context of its own, so that what it writes never meets the other tests.
 */
@TestPropertySource(properties = "renfort.test.fuzzing=true")
@DirtiesContext
public abstract class FuzzingContract {

    private static final List<String> ROLES = List.of("volunteer", "establishment", "ars-operator");
    private static final List<String> HOSTILE_STRINGS = List.of("", " ", "é".repeat(3), "x".repeat(5_000),
            "<script>alert(1)</script>", "' OR '1'='1", "{\"$gt\": \"\"}", "$where", "../../etc/passwd", "\u0000",
            "😷🏥", "NaN", "-1", "99999999999999999999", "2026-02-30", "null", "\u202Etxt.exe");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired protected MockMvc http;
    @Autowired private KafkaTemplate<String, String> kafka;
    @Autowired private EmbeddedKafkaBroker broker;
    @Autowired private KafkaListenerEndpointRegistry listeners;

    private final JsonMapper json = JsonMapper.builder().build();
    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final int runs = Integer.getInteger("fuzz.runs", 12);
    private final Random random = new Random(seed);
    private JsonNode schemas;

    @Test
    void noGeneratedRequestMakesTheServiceFailAndEveryRefusalIsProblemJson() throws Exception {
        System.out.println("Fuzzing " + getClass().getSimpleName() + " with -Dfuzz.seed=" + seed);
        JsonNode api = json.readTree(http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        schemas = api.path("components").path("schemas");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var path : api.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                for (int run = 0; run < runs; run++) {
                    String url = url(path.getKey(), operation.getValue());
                    var request = request(HttpMethod.valueOf(operation.getKey().toUpperCase()), URI.create(url))
                            .accept(MediaType.APPLICATION_JSON, new MediaType("text", "csv"))
                            .header("Authorization", TestTokens.bearer(run % 4 == 0 ? "fuzz-" + UUID.randomUUID() : "fuzzer",
                                    ROLES.get(random.nextInt(ROLES.size()))));
                    JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                    if (!body.isMissingNode()) {
                        request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(value(body, 0)));
                    }
                    MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
                    calls++;
                    boolean problemJson = response.getContentType() != null
                            && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()));
                    if (response.getStatus() >= 500 || response.getStatus() >= 400 && !problemJson) {
                        failures.add("%s %s → %d %s".formatted(operation.getKey().toUpperCase(), url, response.getStatus(),
                                response.getContentAsString().substring(0, Math.min(200, response.getContentAsString().length()))));
                    }
                }
            }
        }
        System.out.printf("%s: %d generated calls, %d failures%n", getClass().getSimpleName(), calls, failures.size());
        assertThat(failures).as("calls answered 5xx or without problem+json (seed %d)", seed).isEmpty();
    }

    @Test
    void poisonRecordsOnEveryConsumedTopicGoToTheDeadLetterTopicAndTheConsumersKeepRunning() {
        Set<String> topics = listeners.getListenerContainers().stream()
                .flatMap(container -> List.of(container.getContainerProperties().getTopics()).stream())
                .collect(Collectors.toSet());
        assertThat(topics).isNotEmpty();
        Set<String> poisonKeys = new HashSet<>();
        for (String topic : topics) {
            for (var poison : poisons(topic)) {
                poisonKeys.add(poison.key());
                sent(poison);
            }
            // well-formed but empty: parked if the service reads it, ignored if not; either way nothing stops
            sent(record(topic, "{}", typeFor(topic)));
        }
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "fuzz-dlt-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        Set<String> parked = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics.stream().map(Topics::deadLetterOf).toList());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!parked.containsAll(poisonKeys) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    parked.add(record.key());
                }
            }
        }
        assertThat(parked).as("poison records parked on the dead-letter topics").containsAll(poisonKeys);
        assertThat(listeners.getListenerContainers()).allSatisfy(container -> assertThat(container.isRunning()).isTrue());
    }

    /** Sends and waits for the broker's ack, again if a fresh topic's partition had no leader yet (it happens under load). */
    private void sent(ProducerRecord<String, String> record) {
        for (int attempt = 1; ; attempt++) {
            try {
                kafka.send(record).get(30, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (attempt == 3) {
                    throw new IllegalStateException("could not send " + record.key(), e);
                }
            }
        }
    }

    /** Records a broken or hostile producer could send: garbage, unknown types, missing envelope, wrong shapes. */
    private List<ProducerRecord<String, String>> poisons(String topic) {
        String type = typeFor(topic);
        return List.of(
                record(topic, "not json {", type),
                record(topic, "{\"volunteer\": 42, \"need\": [], \"accountId\": {}}", type),
                record(topic, "{}", "fr.renfortrh.Unknown.v1"),
                new ProducerRecord<>(topic, "poison-" + UUID.randomUUID(), "{\"no\": \"headers\"}"));
    }

    private static String typeFor(String topic) {
        return switch (topic) {
            case Topics.VOLUNTEERS -> "fr.renfortrh.VolunteerRegistered.v1";
            case Topics.ESTABLISHMENTS -> "fr.renfortrh.EstablishmentVerified.v1";
            case Topics.NEEDS -> "fr.renfortrh.NeedPublished.v1";
            case Topics.CONTACT_POINTS -> "fr.renfortrh.ContactPointChanged.v1";
            default -> "fr.renfortrh.ContactAccepted.v1";
        };
    }

    private static ProducerRecord<String, String> record(String topic, String value, String type) {
        var record = new ProducerRecord<String, String>(topic, "poison-" + UUID.randomUUID(), value);
        record.headers().add(new RecordHeader(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.SOURCE, "/fuzzer".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.AGGREGATE_VERSION, "1".getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private String url(String template, JsonNode operation) {
        String path = template;
        var query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String value = UriUtils.encode(text(parameter.path("schema")), StandardCharsets.UTF_8);
            if ("path".equals(parameter.path("in").asString(""))) {
                path = path.replace("{" + parameter.get("name").asString() + "}", value.isEmpty() ? "x" : value);
            } else if (random.nextInt(4) > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.get("name").asString()).append('=').append(value);
            }
        }
        return path + query;
    }

    /** A value for the schema, now and then of the wrong kind altogether. */
    private JsonNode value(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            schema = schemas.path(schema.get("$ref").asString().replace("#/components/schemas/", ""));
        }
        if (random.nextInt(12) == 0 || depth > 6) {
            return anything();
        }
        return switch (schema.path("type").asString("object")) {
            case "string" -> NODES.stringNode(text(schema));
            case "integer", "number" -> number();
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(10) == 0 ? 300 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (var property : schema.path("properties").properties()) {
                    if (random.nextInt(6) > 0) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                if (random.nextInt(10) == 0) {
                    object.put("status", "VERIFIED");
                }
                yield object;
            }
        };
    }

    private String text(JsonNode schema) {
        if (schema.has("enum") && random.nextInt(4) > 0) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        String format = schema.path("format").asString("");
        if (random.nextInt(3) > 0) {
            switch (format) {
                case "date" -> {
                    return LocalDate.now().plusDays(random.nextInt(400) - 30).toString();
                }
                case "date-time" -> {
                    return Instant.now().plusSeconds(random.nextInt(1_000_000) - 100_000L).toString();
                }
                case "int32", "int64" -> {
                    return number().asString();
                }
                default -> {
                    if (schema.path("type").asString("").equals("integer")) {
                        return String.valueOf(random.nextInt(200) - 50);
                    }
                }
            }
        }
        return HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
    }

    private JsonNode number() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(0);
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(Integer.MAX_VALUE);
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(1e308);
            case 5 -> NODES.numberNode(3.75);
            default -> NODES.numberNode(random.nextInt(100));
        };
    }

    private JsonNode anything() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode(HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size())));
            case 2 -> number();
            case 3 -> NODES.arrayNode().add(NODES.objectNode());
            default -> NODES.objectNode().put("unexpected", true);
        };
    }
}
