package fr.renfortrh.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What reaches a service is what the gateway vouches for: client-sent identity and forwarding headers are
 * dropped (identity travels only in the relayed token), and every request gets a correlation id that the
 * services put in their logs and events.
 */
@Component
class TrustedHeaders implements GlobalFilter, Ordered {

    static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String received = exchange.getRequest().getHeaders().getFirst(CORRELATION_ID);
        String correlationId = received != null && VALID_ID.matcher(received).matches() ? received : UUID.randomUUID().toString();
        var request = exchange.getRequest().mutate().headers(headers -> {
            strip(headers);
            headers.set(CORRELATION_ID, correlationId);
        }).build();
        var response = exchange.getResponse();
        response.beforeCommit(() -> { // the services echo it: a second copy would make the header a list
            if (response.getHeaders().getFirst(CORRELATION_ID) == null) {
                response.getHeaders().set(CORRELATION_ID, correlationId);
            }
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    private static void strip(HttpHeaders headers) {
        headers.headerNames().stream()
                .filter(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    return lower.startsWith("x-user-") || lower.startsWith("x-forwarded-") || lower.equals("forwarded");
                })
                .toList()
                .forEach(headers::remove);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
