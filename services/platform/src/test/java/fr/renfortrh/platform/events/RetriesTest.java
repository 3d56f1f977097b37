package fr.renfortrh.platform.events;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class RetriesTest {

    @Test
    void aRecordFailingBecauseTheDatabaseIsDownIsRetriedWithoutEndAtMostEveryTenSeconds() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("timed out", new MongoTimeoutException("no server")));

        BackOffExecution execution = Retries.forFailure(failure).start();
        long last = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isEqualTo(10_000);
        assertThat(Retries.forFailure(new MongoTimeoutException("no server"))).isNotNull();
        var pausedPool = new UncategorizedMongoDbException("pool paused", new MongoConnectionPoolClearedException(
                new ServerId(new ClusterId(), new ServerAddress()), new MongoTimeoutException("read timed out")));
        assertThat(Retries.forFailure(new ListenerExecutionFailedException("listener failed", pausedPool))).isNotNull();
    }

    @Test
    void anyOtherFailureGetsTheBriefRetriesBeforeTheDeadLetterTopic() {
        assertThat(Retries.forFailure(new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug")))).isNull();

        BackOffExecution execution = Retries.briefly().start();
        long waited = 0;
        for (long next = execution.nextBackOff(); next != BackOffExecution.STOP; next = execution.nextBackOff()) {
            waited += next;
        }
        assertThat(waited).isLessThanOrEqualTo(10_000 + 8_000);
    }
}
