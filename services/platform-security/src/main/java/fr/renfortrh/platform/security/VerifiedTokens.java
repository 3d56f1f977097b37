package fr.renfortrh.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens whose signature and claims were already checked, kept until they expire: a signed-in user sends the same
 * token with every call for minutes, and verifying its RSA signature each time was a tenth of the gateway's work.
 * A token is only ever found again by its exact text, so nothing unsigned can be served from here.
 */
public final class VerifiedTokens {

    /** A token and its claims take a few KB: this keeps the cache to about 10 MB of a 160 MB heap. */
    private static final int MAXIMUM_TOKENS = 2_000;

    private final Clock clock;
    private final Cache<String, Jwt> tokens;

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
                .ticker(() -> clock.millis() * 1_000_000)
                // upkeep on the calling thread: on the common pool it woke a thread for each call (seen with strace)
                .executor(Runnable::run)
                .build();
    }

    /** The token as verified earlier, if it was and has not expired since (the cache drops it when it expires). */
    public Optional<Jwt> find(String token) {
        return Optional.ofNullable(tokens.getIfPresent(token));
    }

    /** Keeps a token that has just passed every check; returns it. */
    public Jwt remember(Jwt verified) {
        if (verified.getExpiresAt() != null) {
            tokens.put(verified.getTokenValue(), verified);
        }
        return verified;
    }

    private Duration untilExpiry(Jwt jwt) {
        Instant now = clock.instant();
        return jwt.getExpiresAt().isAfter(now) ? Duration.between(now, jwt.getExpiresAt()) : Duration.ZERO;
    }
}
