package fr.renfortrh.gateway;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The gateway's session store on an in-memory MongoDB-wire server, one per test JVM. */
class InMemorySessionStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    static final String URI = "mongodb://127.0.0.1:" + SERVER.bind().getPort();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + URI).applyTo(context);
    }
}
