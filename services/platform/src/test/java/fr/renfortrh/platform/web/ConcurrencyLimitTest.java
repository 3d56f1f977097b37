package fr.renfortrh.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitTest {

    private final ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofMillis(100), JsonMapper.builder().build());

    @Test
    void aRequestBeyondTheLimitWaitsThenGets503ProblemWhileHealthProbesStillPass() throws Exception {
        var working = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                limit.doFilter(new MockHttpServletRequest("GET", "/api/matching/me/requests"), new MockHttpServletResponse(),
                        (request, response) -> {
                            working.countDown();
                            await(release);
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

        var refused = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/api/matching/monitoring"), refused, (request, response) -> {
            throw new AssertionError("must not run while the only permit is taken");
        });
        var probe = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), probe, (request, response) ->
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentAsString()).contains("Service momentanément saturé");
        assertThat(probe.getStatus()).isEqualTo(200);

        release.countDown();
        first.join();
        var afterwards = new MockHttpServletResponse();
        limit.doFilter(new MockHttpServletRequest("GET", "/api/matching/monitoring"), afterwards, (request, response) -> { });
        assertThat(afterwards.getStatus()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
