package fr.renfortrh.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPolicyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final DeliveryPolicy policy = new DeliveryPolicy(Duration.ofMinutes(2), PARIS);

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void aDaytimeNotificationLeavesAfterTheGroupingWindow() {
        assertThat(policy.dueAt(paris("2026-12-01T14:00:00"), false)).isEqualTo(paris("2026-12-01T14:02:00"));
    }

    @Test
    void nothingLeavesBetween22And7ExceptForACriticalNeed() {
        assertThat(policy.dueAt(paris("2026-12-01T21:59:00"), false)).isEqualTo(paris("2026-12-02T07:00:00"));
        assertThat(policy.dueAt(paris("2026-12-01T23:30:00"), false)).isEqualTo(paris("2026-12-02T07:00:00"));
        assertThat(policy.dueAt(paris("2026-12-02T03:10:00"), false)).isEqualTo(paris("2026-12-02T07:00:00"));
        assertThat(policy.dueAt(paris("2026-12-01T23:30:00"), true)).isEqualTo(paris("2026-12-01T23:30:00"));
    }

    @Test
    void failedSendingsAreRetriedWithAGrowingDelayCappedAtAnHourAndStillOutsideQuietHours() {
        Instant noon = paris("2026-12-01T12:00:00");
        assertThat(policy.retryAt(noon, 1, false)).isEqualTo(noon.plusSeconds(30));
        assertThat(policy.retryAt(noon, 2, false)).isEqualTo(noon.plusSeconds(60));
        assertThat(policy.retryAt(noon, 5, false)).isEqualTo(noon.plusSeconds(480));
        assertThat(policy.retryAt(noon, 40, false)).isEqualTo(noon.plus(Duration.ofHours(1)));
        assertThat(policy.retryAt(paris("2026-12-01T21:45:00"), 40, false)).isEqualTo(paris("2026-12-02T07:00:00"));
        assertThat(policy.retryAt(paris("2026-12-01T21:45:00"), 40, true)).isEqualTo(paris("2026-12-01T22:45:00"));
    }
}
