package fr.renfortrh.platform;

import fr.renfortrh.platform.test.ServiceTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = "spring.application.name=platform-test")
class ScheduledJobLeaseTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        Job job() {
            return new Job();
        }
    }

    static class Job {
        final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedDelay = 50)
        @SchedulerLock(name = "platform-test.job", lockAtMostFor = "PT1M")
        public void run() {
            runs.incrementAndGet();
        }
    }

    @Autowired LockProvider leases;
    @Autowired Job job;

    @Test
    void aScheduledJobDoesNotRunWhileAnotherInstanceHoldsItsLeaseAndRunsAgainOnceItIsReleased() throws InterruptedException {
        await().until(() -> job.runs.get() > 0);
        SimpleLock heldElsewhere = await().until(() -> leases.lock(new LockConfiguration(Instant.now(),
                "platform-test.job", Duration.ofMinutes(1), Duration.ZERO)), lease -> lease.isPresent()).orElseThrow();
        Thread.sleep(200); // a run that had already started when the lease was taken may still count
        int before = job.runs.get();

        Thread.sleep(500);
        assertThat(job.runs.get()).isEqualTo(before);

        heldElsewhere.unlock();
        await().atMost(Duration.ofSeconds(5)).until(() -> job.runs.get() > before);
    }

    @Test
    void aJobCalledDirectlyRunsWithoutTheLease() {
        var lease = leases.lock(new LockConfiguration(Instant.now(), "platform-test.job", Duration.ofMinutes(1), Duration.ZERO));
        int before = job.runs.get();
        job.run();
        assertThat(job.runs.get()).isGreaterThan(before);
        lease.ifPresent(SimpleLock::unlock);
    }
}
