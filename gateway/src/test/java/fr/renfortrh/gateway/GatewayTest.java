package fr.renfortrh.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ContextConfiguration(initializers = InMemorySessionStore.class)
@AutoConfigureWebTestClient
class GatewayTest {

    /** Stands for the services: answers 200 and remembers the headers it received. */
    private static final Map<String, String> received = new ConcurrentHashMap<>();
    private static final AtomicInteger calls = new AtomicInteger();
    private static final HttpServer service = startService();

    @Autowired WebTestClient client;
    @MockitoSpyBean MongoWebSessions sessions;
    @MockitoBean ReactiveJwtDecoder jwtDecoder;

    @DynamicPropertySource
    static void routesToTheStub(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + service.getAddress().getPort();
        registry.add("VOLUNTEER_PROFILE_URL", () -> url);
        registry.add("ESTABLISHMENT_NEEDS_URL", () -> url);
        registry.add("MATCHING_URL", () -> url);
        registry.add("renfort.accounts.keycloak-url", () -> url);
        registry.add("renfort.cors.allowed-origins", () -> "https://partenaire.example");
    }

    @BeforeEach
    void tokens() {
        received.clear();
        calls.set(0);
        when(jwtDecoder.decode(anyString())).thenReturn(Mono.error(new BadJwtException("bad token")));
        when(jwtDecoder.decode("volunteer-token")).thenReturn(Mono.just(token("volunteer-token", "u-1", "volunteer")));
        when(jwtDecoder.decode("newcomer-token")).thenReturn(Mono.just(token("newcomer-token", "u-2", "offline_access")));
        when(jwtDecoder.decode("ars-token")).thenReturn(Mono.just(token("ars-token", "u-3", "ars-operator")));
    }

    private static Jwt token(String value, String subject, String role) {
        return Jwt.withTokenValue(value).header("alg", "RS256").subject(subject).claim("preferred_username", "marie")
                .claim("given_name", "Marie").claim("family_name", "Lefebvre")
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
    }

    @AfterAll
    static void stopService() {
        service.stop(0);
    }

    @Test
    void anApiCallWithoutCredentialsGetsAProblemJson401() {
        client.get().uri("/api/volunteers/me").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Authentification requise");
    }

    @Test
    void aBrowserPageWithoutSessionIsSentToTheKeycloakLogin() {
        client.get().uri("/espace").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void theLoginStartsACodeFlowWithPkceRememberedInTheSharedSessionStore() {
        var result = client.get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .startsWith("http://localhost:8180/realms/renfort/protocol/openid-connect/auth")
                        .contains("code_challenge=", "code_challenge_method=S256", "client_id=renfort-gateway"))
                .returnResult(Void.class);

        String session = result.getResponseCookies().getFirst("SESSION").getValue();
        assertThat(sessions.findById(session).block()).isNotNull()
                .satisfies(s -> assertThat(s.getAttributeNames()).anyMatch(name -> name.contains("AuthorizationRequest")));
    }

    @Test
    void aBearerCallIsRelayedWithItsTokenAndACorrelationIdButNeverWithForgedIdentityHeaders() {
        var response = client.get().uri("/api/volunteers/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .header("X-User-Id", "admin").header("X-Forwarded-For", "10.0.0.1").header("X-Forwarded-Host", "evil")
                .exchange()
                .expectStatus().isOk()
                .returnResult(Void.class);

        assertThat(calls).hasValue(1);
        assertThat(received.get("authorization")).isEqualTo("Bearer volunteer-token");
        assertThat(received.get("x-correlation-id")).isNotBlank();
        assertThat(response.getResponseHeaders().get("X-Correlation-Id")).containsExactly(received.get("x-correlation-id"));
        assertThat(received).doesNotContainKeys("x-user-id", "x-forwarded-for", "x-forwarded-host");
    }

    @Test
    void aBearerCallNeitherOpensNorLooksForASession() {
        clearInvocations(sessions);
        client.get().uri("/api/volunteers/me").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .cookie("SESSION", "a-session").exchange()
                .expectStatus().isOk()
                .expectCookie().doesNotExist("SESSION");

        verify(sessions, never()).createSession();
        verify(sessions, never()).findById(anyString());
    }

    @Test
    void onlyConfiguredOriginsMayCallTheApiFromAnotherSite() {
        client.options().uri("/api/volunteers/me").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.options().uri("/api/volunteers/me").header(HttpHeaders.ORIGIN, "https://partenaire.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://partenaire.example");
    }

    @Test
    void everyRequestIsLoggedWithoutItsQueryNorWhoMadeIt(CapturedOutput output) {
        client.get().uri("/api/volunteers/me?code=secret-code").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .exchange().expectStatus().isOk();
        // the line is written once the response is complete, which the client may see first
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains("GET /api/volunteers/me 200"));
        assertThat(output).doesNotContain("secret-code");
    }

    @Test
    void theAggregatedApiDocumentationIsForArsOperatorsOnly() {
        client.get().uri("/v3/api-docs/gateway").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token").exchange()
                .expectStatus().isForbidden();
        client.get().uri("/v3/api-docs/gateway").header(HttpHeaders.AUTHORIZATION, "Bearer ars-token").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/me']").exists();
        client.get().uri("/swagger-ui.html").header(HttpHeaders.AUTHORIZATION, "Bearer ars-token").exchange()
                .expectStatus().is3xxRedirection();
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblemJson413BeforeReachingAService() {
        client.post().uri("/api/needs").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"description\": \"" + "x".repeat(2_000_000) + "\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Requête trop volumineuse");
        assertThat(calls).hasValue(0);
    }

    @Test
    void anOverlongAddressOrOversizedHeadersAreRefusedWithAProblemJsonBeforeReachingAService() {
        client.get().uri("/api/needs?q=" + "x".repeat(10_000)).header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token").exchange()
                .expectStatus().isEqualTo(HttpStatus.URI_TOO_LONG)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Adresse trop longue");
        client.get().uri("/api/needs").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .header("X-Padding", "x".repeat(20_000)).exchange()
                .expectStatus().isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("En-têtes trop volumineux");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aPathTheFirewallRefusesIsAnsweredWithAProblemJson400BeforeReachingAService() {
        client.get().uri("/api/matching/needs/..%2F..%2Factuator/shortlist").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Requête refusée");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aBearerPostIsRelayedOnceWithItsBody() {
        client.post().uri("/api/needs").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"positions\": 2}").exchange()
                .expectStatus().isOk();
        assertThat(calls).hasValue(1);
    }

    @Test
    void anInvalidBearerTokenIsRefused() {
        client.get().uri("/api/volunteers/me").header(HttpHeaders.AUTHORIZATION, "Bearer forged").exchange()
                .expectStatus().isUnauthorized();
        assertThat(received).isEmpty();
    }

    @Test
    void aStateChangingCallWithASessionCookieButNoCsrfTokenIsRefusedWithAProblemJson() {
        client.post().uri("/api/volunteers/me").cookie("SESSION", "a-session").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Jeton de sécurité manquant");
        assertThat(received).isEmpty();
    }

    @Test
    void aPageGetsTheCsrfCookieItsScriptsNeedButABearerCallDoesNot() {
        client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectCookie().exists("XSRF-TOKEN");

        client.get().uri("/api/volunteers/me").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token").exchange()
                .expectStatus().isOk()
                .expectCookie().doesNotExist("XSRF-TOKEN");
    }

    @Test
    void anAnonymousStateChangingCallIsAnswered401LikeAnyAnonymousCall() {
        client.post().uri("/api/volunteers/me").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(received).isEmpty();
    }

    @Test
    void aNewAccountChoosesToBeAVolunteerButNeverAnArsOperatorNorASecondRole() {
        client.post().uri("/api/account/role").header(HttpHeaders.AUTHORIZATION, "Bearer newcomer-token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"role\": \"volunteer\"}").exchange()
                .expectStatus().isOk();
        assertThat(received).containsKey("call POST /admin/realms/renfort/users/u-2/role-mappings/realm");

        client.post().uri("/api/account/role").header(HttpHeaders.AUTHORIZATION, "Bearer newcomer-token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"role\": \"ars-operator\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/account/role").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"role\": \"establishment\"}").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void theCallerLearnsWhoTheyAre() {
        client.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer volunteer-token").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("marie").jsonPath("$.roles[0]").isEqualTo("volunteer")
                .jsonPath("$.firstName").isEqualTo("Marie").jsonPath("$.lastName").isEqualTo("Lefebvre");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                        .doesNotContain("unsafe-inline"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void theUiPageIsAlwaysFetchedAgainButWhatItLoadsIsKeptForAYear() {
        String page = client.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("no-store"))
                .expectBody(String.class).returnResult().getResponseBody();
        var script = Pattern.compile("/assets/[^\"]+\\.js").matcher(page);
        assertThat(script.find()).as("the page loads a built script").isTrue();

        client.get().uri(script.group()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectHeader().doesNotExist(HttpHeaders.PRAGMA);
        client.get().uri("/assets/nothing-here.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).doesNotContain("immutable"));
    }

    private static HttpServer startService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), values.getFirst()));
                received.put("call " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), "yes");
                calls.incrementAndGet();
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                if (correlationId != null) { // as the services do
                    exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
