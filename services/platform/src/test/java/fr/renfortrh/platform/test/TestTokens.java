package fr.renfortrh.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256 tokens shaped like Keycloak's, signed by a key made for the test run. Services under test
 * validate them with their production validators (issuer, audience, expiry) through {@link TestSecurity}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/renfort";
    public static final String AUDIENCE = "renfort-api";
    private static final KeyPair KEYS = generate();
    /** A key the services do not know: what a forger would sign with. */
    private static final KeyPair FORGER_KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, Instant.now().plusSeconds(300), ISSUER, AUDIENCE, roles);
    }

    public static String token(String subject, Instant expiresAt, String issuer, String audience, String... roles) {
        return sign(claims(subject, expiresAt, issuer, audience, roles), KEYS);
    }

    /** Everything right but the signature, made with another key. */
    public static String forged(String subject, String... roles) {
        return sign(claims(subject, Instant.now().plusSeconds(300), ISSUER, AUDIENCE, roles), FORGER_KEYS);
    }

    /** A valid token's claims under {@code "alg": "none"} and no signature. */
    public static String unsigned(String subject, String... roles) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(subject, Instant.now().plusSeconds(300), ISSUER, AUDIENCE, roles).toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JWTClaimsSet claims(String subject, Instant expiresAt, String issuer, String audience, String... roles) {
        return new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .subject(subject)
                .issuer(issuer)
                .audience(List.of(audience, "account"))
                .issueTime(Date.from(expiresAt.minusSeconds(300)))
                .expirationTime(Date.from(expiresAt))
                .claim("preferred_username", subject)
                .claim("email", subject + "@test.renfort-rh.fr")
                .claim("email_verified", true)
                .claim("name", "Prénom Nom-" + subject)
                .claim("given_name", "Prénom")
                .claim("family_name", "Nom-" + subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
