package fr.renfortrh.e2e;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.send;
import static fr.renfortrh.e2e.Scenario.EVENTUALLY;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static fr.renfortrh.e2e.Scenario.verifiedEstablishment;
import static fr.renfortrh.e2e.Scenario.verifiedMidwife;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The table in {@code authorization-matrix.txt} of who may call each endpoint, and a scene to call them on: volunteer
 * A's and establishment X's resources, a token per persona.
 */
final class Matrix {

    static final List<String> PERSONAS = List.of("anonymous", "volunteerA", "volunteerB", "staffX", "staffY",
            "staffUnverified", "ars");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    record Row(String method, String path, String query, Set<String> allowed, boolean destructive, String body) {

        String operation() {
            return method + " " + path;
        }

        Row withQuery(String newQuery) {
            return new Row(method, path, newQuery, allowed, destructive, body);
        }
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private Matrix() {
    }

    /** New personas and resources, so that one suite's calls do not change another's. */
    static Matrix scene() {
        Matrix scene = new Matrix();
        String ars = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        String staffX = Keycloak.accessToken(Keycloak.newUser("establishment"));
        String staffY = Keycloak.accessToken(Keycloak.newUser("establishment"));
        String staffUnverified = Keycloak.accessToken(Keycloak.newUser("establishment"));
        var a = Keycloak.newUser("volunteer");
        var b = Keycloak.newUser("volunteer");
        String volunteerA = Keycloak.accessToken(a);
        String volunteerB = Keycloak.accessToken(b);
        String x = verifiedEstablishment(staffX, ars);
        verifiedEstablishment(staffY, ars);
        ok(call(staffUnverified, postJson(Stack.GATEWAY + "/api/establishments", Map.of("finess", Scenario.newFiness(),
                "details", Map.of("name", "Clinique en attente", "legalStatus", "PRIVATE_FOR_PROFIT", "category", "CLINIQUE",
                        "communeInsee", "14118")))), 201);
        verifiedMidwife(a, volunteerA, ars);
        verifiedMidwife(b, volunteerB, ars);
        String day = LocalDate.now().plusDays(3).toString();
        String need = ok(call(staffX, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", x, "profession", "SAGE_FEMME",
                "contractType", "VACATION", "urgency", "HIGH", "positions", 2,
                "shifts", List.of(Map.of("date", day, "start", "08:00", "end", "20:00"))))), 201).get("id").asString();
        String proposal = Scenario.requestContact(staffX, need, a.id());
        ok(call(volunteerA, postJson(Stack.GATEWAY + "/api/matching/me/requests/" + proposal + "/accept", Map.of())), 200);
        String[] notification = new String[1];
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode inbox = ok(call(volunteerA, get(Stack.GATEWAY + "/api/notifications")), 200).get("notifications");
            assertThat(inbox).isNotEmpty();
            notification[0] = inbox.get(0).get("id").asString();
        });
        String contact = Stack.GATEWAY + "/api/volunteers/" + a.id() + "/contact?proposalId=" + proposal + "&establishmentId=" + x;
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(call(staffX, get(contact)).status()).isEqualTo(200));

        String calendar = ok(call(volunteerA, postJson(Stack.GATEWAY + "/api/matching/me/calendar-feed", Map.of())), 201)
                .get("address").asString();
        String plan = ok(call(ars, postJson(Stack.GATEWAY + "/api/matching/allocations",
                Map.of("departments", List.of("76"), "from", day, "to", day))), 201).get("id").asString();

        scene.tokens.putAll(Map.of("volunteerA", volunteerA, "volunteerB", volunteerB, "staffX", staffX, "staffY", staffY,
                "staffUnverified", staffUnverified, "ars", ars));
        scene.values.putAll(Map.of("volunteerA", a.id(), "volunteerB", b.id(), "X", x, "need", need, "proposal", proposal,
                "notification", notification[0], "day", day,
                "finessX", ok(call(staffX, get(Stack.GATEWAY + "/api/establishments/" + x)), 200).get("finess").asString()));
        scene.values.putAll(Map.of("volunteerId", a.id(), "id", x, "needId", need, "proposalId", proposal,
                "notificationId", notification[0], "accountId", "nobody-in-the-matrix", "planId", plan,
                "secret", calendar.substring(calendar.lastIndexOf('/') + 1, calendar.length() - ".ics".length())));
        return scene;
    }

    /** The row's call by the persona, with the row's example body (or {@code body} when given). */
    Http.Response callAs(String persona, Row row, String body) {
        String url = Stack.GATEWAY + fill(row.path()) + (row.query() == null ? "" : "?" + fill(row.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json, text/csv;q=0.9");
        String sent = body != null ? body : row.body() != null ? fill(row.body())
                : row.method().equals("GET") || row.method().equals("DELETE") ? null : "{}";
        request = sent == null ? request.method(row.method(), HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(row.method(), HttpRequest.BodyPublishers.ofString(sent));
        return persona.equals("anonymous") ? send(request) : Scenario.call(tokens.get(persona), request);
    }

    /** The template with the scene's values in place of its placeholders. */
    String fill(String template) {
        var matcher = PATH_VARIABLE.matcher(template);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("newFiness") ? Scenario.newFiness() : values.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} in " + template);
            }
            matcher.appendReplacement(filled, value);
        }
        return matcher.appendTail(filled).toString();
    }

    static List<Row> rows() {
        try {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/test/resources/authorization-matrix.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", 4);
                String[] operation = cells[0].strip().split(" ", 2);
                String[] pathAndQuery = operation[1].split("\\?", 2);
                String body = cells.length > 3 && !cells[3].isBlank() ? cells[3].strip() : null;
                rows.add(new Row(operation[0], pathAndQuery[0], pathAndQuery.length > 1 ? pathAndQuery[1] : null,
                        new TreeSet<>(List.of(cells[1].strip().split("\\s+"))), cells[2].strip().equals("destructive"), body));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
