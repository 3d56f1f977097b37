package fr.renfortrh.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;

/** Points the context at an in-memory MongoDB-wire server, one per test JVM, on a random port. */
public class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String URI;

    static {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        URI = "mongodb://127.0.0.1:" + address.getPort() + "/renfort-test";
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + URI).applyTo(context);
    }
}
