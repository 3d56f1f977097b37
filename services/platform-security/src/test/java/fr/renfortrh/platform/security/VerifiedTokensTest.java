package fr.renfortrh.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final VerifiedTokens tokens = new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aVerifiedTokenIsFoundAgainOnlyByItsExactText() {
        tokens.remember(jwt("token-a", NOW.plusSeconds(300)));

        assertThat(tokens.find("token-a")).map(Jwt::getSubject).contains("volunteer");
        assertThat(tokens.find("token-a-tampered")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNotFound() {
        tokens.remember(jwt("expired", NOW));

        assertThat(tokens.find("expired")).isEmpty();
    }

    @Test
    void aTokenWithoutExpiryIsNeverKept() {
        tokens.remember(jwt("forever", null));

        assertThat(tokens.find("forever")).isEmpty();
    }

    private static Jwt jwt(String text, Instant expiresAt) {
        return Jwt.withTokenValue(text).header("alg", "RS256").subject("volunteer")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build();
    }
}
