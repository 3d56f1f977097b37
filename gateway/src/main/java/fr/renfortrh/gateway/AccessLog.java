package fr.renfortrh.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Objects;

/**
 * One line per request: method, path (never the query, which can carry an authorisation code), status,
 * duration and correlation id. No address nor identity: the correlation id leads to the services' logs.
 */
@Component
@Order(-400)
class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("fr.renfortrh.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long began = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            var request = exchange.getRequest();
            var response = exchange.getResponse();
            log.info("{} {} {} {} ms {}", request.getMethod(), request.getPath().value(),
                    response.getStatusCode() == null ? "-" : response.getStatusCode().value(),
                    (System.nanoTime() - began) / 1_000_000,
                    Objects.requireNonNullElse(response.getHeaders().getFirst(TrustedHeaders.CORRELATION_ID), "-"));
        });
    }
}
