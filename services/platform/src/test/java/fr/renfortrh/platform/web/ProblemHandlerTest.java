package fr.renfortrh.platform.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;

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

    @Test
    void springsOwnErrorsAreAnsweredInFrenchWithTheirStatus() throws Exception {
        var request = new ServletWebRequest(new MockHttpServletRequest());

        var missing = handler.handleException(new MissingServletRequestParameterException("q", "String"), request);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(((ProblemDetail) missing.getBody()).getProperties())
                .containsEntry("errors", List.of(Map.of("field", "q", "message", "Paramètre obligatoire.")));

        var nowhere = handler.handleException(new NoResourceFoundException(HttpMethod.GET, "/api/nowhere", "api/nowhere"), request);
        assertThat(nowhere.getStatusCode().value()).isEqualTo(404);
        assertThat(((ProblemDetail) nowhere.getBody()).getDetail()).isEqualTo("Aucune ressource à cette adresse.");

        var method = handler.handleException(new HttpRequestMethodNotSupportedException("DELETE", List.of("GET")), request);
        assertThat(method.getStatusCode().value()).isEqualTo(405);
        assertThat(method.getHeaders().getAllow()).containsExactly(HttpMethod.GET);
        assertThat(((ProblemDetail) method.getBody()).getTitle()).isEqualTo("Méthode non autorisée");

        var format = handler.handleException(new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN,
                List.of(MediaType.APPLICATION_JSON)), request);
        assertThat(format.getStatusCode().value()).isEqualTo(415);
        assertThat(format.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
