package fr.renfortrh.e2e;

import fr.renfortrh.e2e.Matrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static fr.renfortrh.e2e.Http.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint taking a JSON body, called through the gateway by a persona allowed to call it with its example body
 * spoiled: unreadable JSON, each property removed or given a value of the wrong kind, an empty entry in each list. Bad
 * input must be answered with a problem (RFC 9457), never a server error.
 */
class MalformedInputIT {

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
            String persona = row.allowed().iterator().next();
            for (String body : spoiled(JSON.readTree(scene.fill(row.body())))) {
                var response = scene.callAs(persona, row, body);
                calls++;
                boolean problem = response.contentType().startsWith("application/problem+json");
                if (response.status() >= 500 || (response.status() >= 400 && !problem)) {
                    failures.add("%s as %s with %s → %d %s".formatted(row.operation(), persona, Matrix.abbreviate(body),
                            response.status(), Matrix.abbreviate(response.body())));
                }
            }
        }
        System.out.printf("Spoiled bodies: %d calls, %d answered with a server error or without a problem%n", calls, failures.size());
        assertThat(failures).as("spoiled bodies not answered with a client problem").isEmpty();
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
