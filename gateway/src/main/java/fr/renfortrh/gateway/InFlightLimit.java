package fr.renfortrh.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most so many calls relayed to one service at once by this gateway; the next are answered 503 problem+json at
 * once, with Retry-After. Without a bound, a burst of sign-ups (100/s on the national instance) opened some 700
 * connections to the volunteers' service, whose buffers filled its heap until it accepted no connection at all. The
 * service queues what it cannot start yet for a few seconds itself.
 */
@Component
class InFlightLimit implements GlobalFilter, Ordered {

    private final int perService;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    InFlightLimit(@Value("${renfort.gateway.max-in-flight-per-service:64}") int perService) {
        this.perService = perService;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        AtomicInteger calls = inFlight.computeIfAbsent(route.getUri().getAuthority(), service -> new AtomicInteger());
        if (calls.incrementAndGet() > perService) {
            calls.decrementAndGet();
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            return Problems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "Service momentanément saturé", "Trop de demandes en cours. Réessayez dans quelques secondes.");
        }
        return Mono.defer(() -> chain.filter(exchange)).doFinally(signal -> calls.decrementAndGet());
    }

    /** Right after {@link TrustedHeaders}: a refused call costs nothing more. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
