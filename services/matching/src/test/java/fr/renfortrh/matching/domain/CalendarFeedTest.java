package fr.renfortrh.matching.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aFeedKeepsOnlyTheDigestOfItsSecretWhichIsLongRandomAndSafeInAnAddress() {
        var first = CalendarFeed.issue("volunteer-1", NOW);
        var second = CalendarFeed.issue("volunteer-1", NOW);

        assertThat(first.secret()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.secret());
        assertThat(first.feed().digest()).isEqualTo(CalendarFeed.digestOf(first.secret()))
                .doesNotContain(first.secret()).hasSize(64);
        assertThat(first.feed().lastReadAt()).isNull();
    }

    @Test
    void readsAreRecordedAtMostEveryQuarterOfAnHour() {
        var feed = CalendarFeed.issue("volunteer-1", NOW).feed();
        assertThat(feed.readWorthRecording(NOW)).isTrue();

        var read = feed.readAt(NOW);
        assertThat(read.readWorthRecording(NOW.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(read.readWorthRecording(NOW.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(read.createdAt()).isEqualTo(NOW);
    }
}
