package fr.renfortrh.gateway;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak realm the stack imports, read as a file: the settings a reviewer would check by hand. */
class RealmConfigurationTest {

    private static final JsonNode REALM = JsonMapper.builder().build().readTree(Path.of("../infra/keycloak/renfort-realm.json").toFile());

    private static JsonNode client(String clientId) {
        for (JsonNode client : REALM.get("clients")) {
            if (client.get("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }

    @Test
    void theBrowserClientUsesTheCodeFlowWithPkceOnlyAndExactRedirects() {
        JsonNode gateway = client("renfort-gateway");

        assertThat(gateway.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(gateway.get("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(gateway.get("publicClient").asBoolean()).as("a confidential BFF client").isFalse();
        assertThat(gateway.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        List<String> redirects = new ArrayList<>();
        gateway.get("redirectUris").forEach(uri -> redirects.add(uri.asString()));
        assertThat(redirects).isNotEmpty().allSatisfy(uri -> assertThat(uri).doesNotContain("*"));
        gateway.get("webOrigins").forEach(origin -> assertThat(origin.asString()).isNotIn("*", "+"));
    }

    @Test
    void onlyTheEndToEndTestClientHasThePasswordGrantAndNoClientHasTheImplicitOne() {
        REALM.get("clients").forEach(client -> {
            String id = client.get("clientId").asString();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as(id).isFalse();
            if (!id.equals("renfort-e2e")) {
                assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(id).isFalse();
            }
        });
    }

    @Test
    void accessTokensAreShortLivedRefreshTokensRotateAndBruteForceIsDetected() {
        assertThat(REALM.get("accessTokenLifespan").asInt()).isBetween(60, 300);
        assertThat(REALM.get("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(REALM.get("refreshTokenMaxReuse").asInt()).isZero();
        assertThat(REALM.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(REALM.get("failureFactor").asInt()).isBetween(3, 10);
        assertThat(REALM.get("sslRequired").asString()).isIn("external", "all");
    }

    @Test
    void theClientsWhoseTokensReachTheServicesAddTheApiAudience() {
        for (String clientId : List.of("renfort-gateway", "renfort-e2e")) {
            boolean addsAudience = false;
            for (JsonNode mapper : client(clientId).path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                addsAudience |= "oidc-audience-mapper".equals(mapper.path("protocolMapper").asString(""))
                        && "renfort-api".equals(config.path("included.custom.audience").asString(""))
                        && "true".equals(config.path("access.token.claim").asString(""));
            }
            assertThat(addsAudience).as(clientId + " puts renfort-api in the access token's aud").isTrue();
        }
    }
}
