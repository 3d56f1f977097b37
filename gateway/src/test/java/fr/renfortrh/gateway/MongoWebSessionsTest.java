package fr.renfortrh.gateway;

import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.MapSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MongoWebSessionsTest {

    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(MongoClients.create(InMemorySessionStore.URI), "sessions-test");
    private final MongoWebSessions oneGateway = new MongoWebSessions(mongo, Duration.ofMinutes(30));
    private final MongoWebSessions anotherGateway = new MongoWebSessions(mongo, Duration.ofMinutes(30));

    record NotSpring(String value) implements Serializable {
    }

    @Test
    void aSessionSavedByOneGatewayIsReadByAnotherWithItsSecurityContext() {
        MapSession session = oneGateway.createSession().block();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("marie", null,
                List.of(new SimpleGrantedAuthority("ROLE_volunteer")));
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(authentication));
        oneGateway.save(session).block();

        MapSession read = anotherGateway.findById(session.getId()).block();

        assertThat(read).isNotNull();
        assertThat(read.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(read.<SecurityContextImpl>getAttribute("SPRING_SECURITY_CONTEXT").getAuthentication().getName()).isEqualTo("marie");
    }

    @Test
    void aNewSessionIdReplacesTheOldOneAfterSignIn() {
        MapSession session = oneGateway.createSession().block();
        oneGateway.save(session).block();
        MapSession read = oneGateway.findById(session.getId()).block();
        String before = read.getId();

        read.changeSessionId();
        oneGateway.save(read).block();

        assertThat(anotherGateway.findById(before).block()).isNull();
        assertThat(anotherGateway.findById(read.getId()).block()).isNotNull();
    }

    @Test
    void anExpiredSessionIsGoneEvenWhereTheStoreDoesNotExpireDocuments() {
        MapSession session = oneGateway.createSession().block();
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
        oneGateway.save(session).block();

        assertThat(anotherGateway.findById(session.getId()).block()).isNull();
    }

    @Test
    void aSessionHoldingClassesOtherThanJdkAndSpringOnesIsNotReadBack() {
        MapSession session = oneGateway.createSession().block();
        session.setAttribute("planted", new NotSpring("payload"));
        oneGateway.save(session).block();

        assertThat(anotherGateway.findById(session.getId()).block()).isNull();
    }
}
