package fr.renfortrh.e2e;

import fr.renfortrh.e2e.Matrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.renfortrh.e2e.Http.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, called through the gateway by a persona allowed to call it with its example input spoiled: the body
 * unreadable, each property removed or given a value of the wrong kind, an empty entry in each list; each query
 * parameter its services document given a value of the wrong kind. Bad input must be answered with a problem
 * (RFC 9457), never a server error.
 */
class MalformedInputIT {

    private static final List<String> WRONG_PARAMETERS = List.of("x", "-1", "2026-13-45", "9".repeat(30), "", "%00",
            "%E9%3Cscript%3E");
    private static final List<String> UNREADABLE = List.of("", "{", "[]", "\"texte\"", "null", "{\"version\":");
    private static final List<JsonNode> WRONG_VALUES = List.of(JSON.getNodeFactory().stringNode("x"),
            JSON.getNodeFactory().numberNode(-1), JSON.getNodeFactory().numberNode(Long.MAX_VALUE),
            JSON.getNodeFactory().numberNode(1e308), JSON.getNodeFactory().booleanNode(true), JSON.createArrayNode(),
            JSON.createObjectNode(), JSON.getNodeFactory().nullNode(), JSON.createArrayNode().addNull(),
            JSON.getNodeFactory().stringNode("2026-13-45"), JSON.getNodeFactory().stringNode("x".repeat(20_000)));

    private static Matrix scene;

    @BeforeAll
    static void scene() {
        scene = Matrix.scene();
    }

    @Test
    void everyEndpointAnswersSpoiledBodiesWithAProblemAndNeverAServerError() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Row row : Matrix.rows()) {
            if (row.body() == null || row.destructive()) {
                continue;
            }
            for (String body : spoiled(JSON.readTree(scene.fill(row.body())))) {
                calls++;
                check(row, row, body, failures);
            }
        }
        System.out.printf("Spoiled bodies: %d calls, %d answered with a server error or without a problem%n", calls, failures.size());
        assertThat(failures).as("spoiled bodies not answered with a client problem").isEmpty();
    }

    @Test
    void everyEndpointAnswersSpoiledQueryParametersWithAProblemAndNeverAServerError() {
        Map<String, List<String>> parameters = documentedQueryParameters();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Row row : Matrix.rows()) {
            if (row.destructive()) {
                continue;
            }
            for (String name : parameters.getOrDefault(row.operation(), List.of())) {
                for (String wrong : WRONG_PARAMETERS) {
                    calls++;
                    check(row, row.withQuery(withParameter(row.query(), name, wrong)), null, failures);
                }
            }
        }
        System.out.printf("Spoiled query parameters: %d calls, %d answered with a server error or without a problem%n", calls, failures.size());
        assertThat(calls).as("query parameters spoiled").isPositive();
        assertThat(failures).as("spoiled query parameters not answered with a client problem").isEmpty();
    }

    private static void check(Row row, Row sent, String body, List<String> failures) {
        String persona = row.allowed().iterator().next();
        var response = scene.callAs(persona, sent, body);
        boolean problem = response.contentType().startsWith("application/problem+json");
        if (response.status() >= 500 || (response.status() >= 400 && !problem)) {
            failures.add("%s?%s as %s with %s → %d %s".formatted(row.operation(), sent.query(), persona,
                    body == null ? "no body" : Matrix.abbreviate(body), response.status(), Matrix.abbreviate(response.body())));
        }
    }

    /** The query parameters each operation's OpenAPI document lists, by "METHOD path". */
    private static Map<String, List<String>> documentedQueryParameters() {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String service : Stack.SERVICES) {
            JsonNode paths = Http.send(Http.get(service + "/v3/api-docs")).json().get("paths");
            for (String path : paths.propertyNames()) {
                for (String method : paths.get(path).propertyNames()) {
                    List<String> names = new ArrayList<>();
                    paths.get(path).get(method).path("parameters").forEach(parameter -> {
                        if (parameter.get("in").asString().equals("query")) {
                            names.add(parameter.get("name").asString());
                        }
                    });
                    parameters.put(method.toUpperCase() + " " + path, names);
                }
            }
        }
        return parameters;
    }

    /** The query with {@code name} set to {@code value} (already URL-encoded), whether it was there or not. */
    private static String withParameter(String query, String name, String value) {
        List<String> pairs = new ArrayList<>(query == null ? List.of() : List.of(query.split("&")));
        pairs.removeIf(pair -> pair.startsWith(name + "="));
        pairs.add(name + "=" + value);
        return String.join("&", pairs);
    }

    private static List<String> spoiled(JsonNode example) {
        List<String> bodies = new ArrayList<>(UNREADABLE);
        spoil(example, example, bodies);
        return bodies;
    }

    /** Spoils each property and list entry under {@code node}, one at a time, writing the whole body each time. */
    private static void spoil(JsonNode root, JsonNode node, List<String> bodies) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode original = object.get(name);
                object.remove(name);
                bodies.add(JSON.writeValueAsString(root));
                for (JsonNode wrong : WRONG_VALUES) {
                    object.set(name, wrong);
                    bodies.add(JSON.writeValueAsString(root));
                }
                object.set(name, original);
                spoil(root, original, bodies);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode first = array.get(0);
            for (JsonNode wrong : WRONG_VALUES) {
                array.set(0, wrong);
                bodies.add(JSON.writeValueAsString(root));
            }
            array.set(0, first);
            spoil(root, first, bodies);
        }
    }
}
