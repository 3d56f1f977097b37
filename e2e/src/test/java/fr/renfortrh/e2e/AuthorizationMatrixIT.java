package fr.renfortrh.e2e;

import fr.renfortrh.e2e.Matrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of every service (as their OpenAPI documents list them) × every kind of caller, on volunteer
 * A's and establishment X's resources, against the table in {@code authorization-matrix.txt}.
 */
class AuthorizationMatrixIT {

    private static Matrix scene;

    @BeforeAll
    static void scene() {
        scene = Matrix.scene();
    }

    @Test
    void everyEndpointOfEveryServiceIsDeclaredInTheMatrixAndNoDeclaredOneIsGone() {
        Set<String> documented = new TreeSet<>();
        for (String service : Stack.SERVICES) {
            JsonNode paths = send(get(service + "/v3/api-docs")).json().get("paths");
            paths.propertyNames().forEach(path -> paths.get(path).propertyNames()
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        }
        Set<String> declared = new TreeSet<>(Matrix.rows().stream().map(Row::operation).toList());

        assertThat(declared).as("declared in authorization-matrix.txt").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void nobodyGetsPastAuthorisationUnlessTheMatrixSaysSo() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Row row : Matrix.rows()) {
            List<String> order = new ArrayList<>(Matrix.PERSONAS.stream().filter(p -> !row.allowed().contains(p)).toList());
            if (!row.destructive()) {
                order.addAll(row.allowed());
            }
            for (String persona : order) {
                var response = scene.callAs(persona, row, null);
                calls++;
                int status = response.status();
                boolean allowed = row.allowed().contains(persona);
                boolean expected = allowed ? (status >= 200 && status < 300) || status == 400 || status == 409
                        : persona.equals("anonymous") ? status == 401 : status == 403 || status == 404;
                if (!expected) {
                    failures.add("%s as %s → %d (%s) %s".formatted(row.operation(), persona, status,
                            allowed ? "should be allowed" : "should be refused", Matrix.abbreviate(response.body())));
                }
            }
        }
        System.out.printf("Authorisation matrix: %d calls, %d unexpected%n", calls, failures.size());
        assertThat(failures).as("calls whose outcome contradicts the matrix").isEmpty();
    }
}
