package fr.renfortrh.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared body over the limit before anything else reads it, with a 413 problem+json (the services
 * refuse undeclared, chunked ones themselves).
 */
@Component
@Order(-300)
class BodySizeLimit implements WebFilter {

    private final DataSize limit;

    BodySizeLimit(@Value("${renfort.gateway.max-body-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limit.toBytes()) {
            return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Requête trop volumineuse", "Le corps de la requête dépasse " + limit.toKilobytes() + " Ko.");
        }
        return chain.filter(exchange);
    }
}
