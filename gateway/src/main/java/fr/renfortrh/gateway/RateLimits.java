package fr.renfortrh.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * API calls are limited per client address (the socket's, never a forwarded header) before anything else,
 * and per signed-in user once security knows them; buckets live in memory, so one gateway needs no Redis.
 * Over a limit: 429 problem+json with Retry-After.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    /** Requests per minute allowed to one user and to one address. */
    @ConfigurationProperties("renfort.rate-limit")
    record Limits(long perUserPerMinute, long perAddressPerMinute) {
    }

    /** Upkeep on the calling thread, as {@link fr.renfortrh.platform.security.VerifiedTokens} does. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).executor(Runnable::run).build();

    @Bean
    @Order(-200)
    WebFilter perAddressLimit(Limits limits) {
        return (exchange, chain) -> {
            var address = exchange.getRequest().getRemoteAddress();
            String key = "address:" + (address == null ? "unknown" : address.getAddress().getHostAddress());
            return limit(exchange, chain, key, limits.perAddressPerMinute());
        };
    }

    /** After Spring Security's filters (order -100), so the signed-in user is known. */
    @Bean
    @Order(0)
    WebFilter perUserLimit(Limits limits) {
        // The chain runs exactly once whether or not there is a user (an empty Mono<Void> is not "no user").
        return (exchange, chain) -> exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("")
                .flatMap(user -> user.isEmpty()
                        ? chain.filter(exchange)
                        : limit(exchange, chain, "user:" + user, limits.perUserPerMinute()));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String key, long perMinute) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "Trop de requêtes", "Réessayez dans " + seconds + " s.");
    }
}
