package fr.renfortrh.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an oversized request before anything else reads it, with a problem+json: a declared body over the limit (413;
 * the services refuse undeclared, chunked ones themselves), an address (414) or headers (431) longer than the services
 * accept. Netty reads up to 64 KB of either (application.yaml) so that it is this filter, not Netty's empty answer,
 * that says why.
 */
@Component
@Order(-300)
class RequestSizeLimits implements WebFilter {

    private final DataSize body;
    private final DataSize address;
    private final DataSize headers;

    RequestSizeLimits(@Value("${renfort.gateway.max-body-size:1MB}") DataSize body,
                      @Value("${renfort.gateway.max-address-size:8KB}") DataSize address,
                      @Value("${renfort.gateway.max-headers-size:16KB}") DataSize headers) {
        this.body = body;
        this.address = address;
        this.headers = headers;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > body.toBytes()) {
            return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Requête trop volumineuse", "Le corps de la requête dépasse " + body.toKilobytes() + " Ko.");
        }
        if (addressLength(request) > address.toBytes()) {
            return Problems.write(exchange.getResponse(), HttpStatus.URI_TOO_LONG, "address-too-long",
                    "Adresse trop longue", "L'adresse de la requête dépasse " + address.toKilobytes() + " Ko.");
        }
        if (headersLength(request) > headers.toBytes()) {
            return Problems.write(exchange.getResponse(), HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "En-têtes trop volumineux", "Les en-têtes de la requête dépassent " + headers.toKilobytes() + " Ko.");
        }
        return chain.filter(exchange);
    }

    private static long addressLength(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return request.getURI().getRawPath().length() + (query == null ? 0 : query.length() + 1);
    }

    /** As sent: each line is the name, ": ", the value and a line break. */
    private static long headersLength(ServerHttpRequest request) {
        long length = 0;
        for (var header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                length += header.getKey().length() + value.length() + 4;
            }
        }
        return length;
    }
}
