package fr.renfortrh.matching.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A volunteer's calendar subscription: their calendar app reads their missions at a secret address, without signing
 * in, and so learns of changes and cancellations by itself. Only a digest of the secret is kept, so a copy of the
 * database opens nobody's calendar; the volunteer sees the address once, and renews it if they lose it.
 */
public record CalendarFeed(String volunteerId, String digest, Instant createdAt, Instant lastReadAt) {

    /** A new feed and its secret, which nothing else keeps. */
    public record Issued(CalendarFeed feed, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Calendar apps poll every few minutes to every day: their reads are recorded at most this often. */
    private static final Duration READ_RECORDED_EVERY = Duration.ofMinutes(15);

    public static Issued issue(String volunteerId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new CalendarFeed(volunteerId, digestOf(secret), now, null), secret);
    }

    public static String digestOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Whether a read now is worth recording. */
    public boolean readWorthRecording(Instant now) {
        return lastReadAt == null || Duration.between(lastReadAt, now).compareTo(READ_RECORDED_EVERY) >= 0;
    }

    public CalendarFeed readAt(Instant now) {
        return new CalendarFeed(volunteerId, digest, createdAt, now);
    }
}
