package fr.renfortrh.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The local stand-in for MongoDB: speaks the wire protocol, keeps data in one H2 file. It closes the file
 * cleanly on SIGTERM so data survives {@code ./renfort down} and {@code up}.
 */
public final class LocalMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private LocalMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    public static LocalMongoServer start(Path file, String host, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer server = new MongoServer(new IndexedH2Backend(file.toString()));
        server.bind(host, port);
        return new LocalMongoServer(server, server.getLocalAddress());
    }

    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    public static void main(String[] args) {
        Path file = Path.of(setting("MONGO_DATA_FILE", "var/mongo/renfort.mv"));
        String host = setting("MONGO_HOST", "127.0.0.1");
        int port = Integer.parseInt(setting("MONGO_PORT", "27017"));
        LocalMongoServer server = start(file, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-shutdown"));
        log.info("Local MongoDB-wire server ready on {} (data in {})", server.address(), file.toAbsolutePath());
    }

    private static String setting(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}
