package fr.renfortrh.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class InFlightLimitTest {

    private final InFlightLimit limit = new InFlightLimit(2);
    private final AtomicInteger relayed = new AtomicInteger();

    @Test
    void aCallBeyondTheServicesLimitIsAnswered503AtOnceUntilAnEarlierOneEnds() {
        Sinks.Empty<Void> first = Sinks.empty();
        limit.filter(call("http://localhost:8081"), exchange -> relay(first.asMono())).subscribe();
        limit.filter(call("http://localhost:8081"), exchange -> relay(Mono.never())).subscribe();

        var refused = call("http://localhost:8081");
        limit.filter(refused, exchange -> relay(Mono.empty())).block();
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getBodyAsString().block()).contains("Service momentanément saturé");
        assertThat(relayed).hasValue(2);

        var otherService = call("http://localhost:8082");
        limit.filter(otherService, exchange -> relay(Mono.empty())).block();
        assertThat(relayed).hasValue(3);

        first.tryEmitEmpty();
        var afterwards = call("http://localhost:8081");
        limit.filter(afterwards, exchange -> relay(Mono.empty())).block();
        assertThat(afterwards.getResponse().getStatusCode()).isNull();
        assertThat(relayed).hasValue(4);
    }

    @Test
    void aCallTheClientGaveUpOnFreesItsPlace() {
        var abandoned = limit.filter(call("http://localhost:8081"), exchange -> relay(Mono.never())).subscribe();
        limit.filter(call("http://localhost:8081"), exchange -> relay(Mono.never())).subscribe();
        abandoned.dispose();

        var next = call("http://localhost:8081");
        limit.filter(next, exchange -> relay(Mono.empty())).block();
        assertThat(next.getResponse().getStatusCode()).isNull();
        assertThat(relayed).hasValue(3);
    }

    private Mono<Void> relay(Mono<Void> answer) {
        relayed.incrementAndGet();
        return answer;
    }

    private static MockServerWebExchange call(String service) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/needs"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR,
                Route.async().id("route").uri(service).predicate(e -> true).build());
        return exchange;
    }
}
