package fr.renfortrh.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"renfort.rate-limit.per-address-per-minute=5", "renfort.rate-limit.per-user-per-minute=5"})
@ContextConfiguration(initializers = InMemorySessionStore.class)
@AutoConfigureWebTestClient
class RateLimitTest {

    @Autowired WebTestClient client;

    @Test
    void anAddressOverItsLimitGetsA429ProblemWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/volunteers/me").accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isUnauthorized();
        }

        client.get().uri("/api/volunteers/me").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Trop de requêtes");
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
