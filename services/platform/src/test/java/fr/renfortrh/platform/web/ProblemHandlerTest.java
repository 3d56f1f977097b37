package fr.renfortrh.platform.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void aRequestFailingBecauseTheDatabaseConnectionsArePausedIsUnavailableNotAnInternalError() {
        var pausedPool = new UncategorizedMongoDbException("pool paused", new MongoConnectionPoolClearedException(
                new ServerId(new ClusterId(), new ServerAddress()), new MongoTimeoutException("read timed out")));

        var answer = handler.unexpected(pausedPool);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(handler.unexpected(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
    }
}
