package fr.renfortrh.e2e;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postForm;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.send;

/** Makes fresh users with a role through Keycloak's admin API, and gets their real access tokens. */
final class Keycloak {

    record User(String id, String username, String password, String firstName, String lastName) {

        String email() {
            return username + "@e2e.renfort-rh.test";
        }
    }

    private Keycloak() {
    }

    static User newUser(String role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "e2e-" + role + "-" + suffix;
        String password = "E2e-" + suffix + "!";
        String admin = adminToken();
        String location = createUser(admin, username, password, "Camille", "Test" + suffix);
        var roleRepresentation = send(get(Stack.KEYCLOAK + "/admin/realms/renfort/roles/" + role)
                .header("Authorization", "Bearer " + admin));
        require(roleRepresentation.status() == 200, "read role", roleRepresentation);
        var mapped = send(postJson(location + "/role-mappings/realm", List.of(roleRepresentation.json()))
                .header("Authorization", "Bearer " + admin));
        require(mapped.status() == 204, "map role", mapped);
        return new User(location.substring(location.lastIndexOf('/') + 1), username, password, "Camille", "Test" + suffix);
    }

    /** @return the new account's address in the admin API */
    static String createUser(String adminToken, String username, String password, String firstName, String lastName) {
        var created = send(postJson(Stack.KEYCLOAK + "/admin/realms/renfort/users", Map.of(
                "username", username, "enabled", true, "emailVerified", true,
                "email", username + "@e2e.renfort-rh.test", "firstName", firstName, "lastName", lastName,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .header("Authorization", "Bearer " + adminToken));
        require(created.status() == 201, "create user", created);
        return created.raw().headers().firstValue("Location").orElseThrow();
    }

    static String accessToken(User user) {
        return accessToken(user.username(), user.password());
    }

    static String accessToken(String username, String password) {
        var response = send(postForm(Stack.REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", Stack.E2E_CLIENT, "client_secret", Stack.E2E_SECRET,
                "username", username, "password", password, "scope", "openid")));
        require(response.status() == 200, "token", response);
        return response.json().get("access_token").asString();
    }

    static String adminToken() {
        var response = send(postForm(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", Stack.ADMIN_USER, "password", Stack.ADMIN_PASSWORD)));
        require(response.status() == 200, "admin token", response);
        JsonNode json = response.json();
        return json.get("access_token").asString();
    }

    private static void require(boolean ok, String step, Http.Response response) {
        if (!ok) {
            throw new IllegalStateException("Keycloak " + step + " failed: " + response.status() + " " + response.body());
        }
    }
}
