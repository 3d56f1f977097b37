package fr.renfortrh.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Spring Session's web session store on MongoDB (the gateway's own database), shared by every gateway instance. */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    @Bean
    MongoWebSessions sessionRepository(ReactiveMongoOperations mongo, @Value("${renfort.session.timeout}") Duration timeout) {
        var sessions = new MongoWebSessions(mongo, timeout);
        sessions.createIndexes()
                .doOnError(e -> log.warn("Session expiry index not created yet: {}", e.toString()))
                .onErrorComplete()
                .subscribe();
        return sessions;
    }

    /** MongoDB health by `ping`, which every MongoDB-wire server answers (Boot's indicator sends `hello`). */
    @Bean
    ReactiveHealthIndicator mongoHealthContributor(ReactiveMongoOperations mongo) {
        return () -> mongo.executeCommand("{ping: 1}")
                .map(answer -> Health.up().withDetail("database", "sessions").build())
                .onErrorResume(e -> Mono.just(Health.down(e).build()));
    }
}
