package fr.renfortrh.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves forward, to run time-based jobs (expiry, retention) without waiting. */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final Clock base = Clock.system(ZoneId.of("Europe/Paris"));

    /** Import it to give the service this clock in place of the system one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InService {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    public void moveBy(Duration duration) {
        offset = offset.plus(duration);
    }

    /** From now on the clock reads {@code instant}, and runs on from there. */
    public void moveTo(Instant instant) {
        offset = Duration.between(base.instant(), instant);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The services use Europe/Paris");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
