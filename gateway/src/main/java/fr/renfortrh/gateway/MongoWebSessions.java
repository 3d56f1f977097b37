package fr.renfortrh.gateway;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Browser sessions in MongoDB rather than in one gateway's memory, so that any gateway instance serves any
 * browser and a restart signs nobody out. The attributes (security context, the authorised client's tokens,
 * CSRF token) are Spring Security objects kept Java-serialised; reading them back accepts JDK and Spring
 * classes only, and a session that cannot be read is treated as absent (its user signs in again).
 */
final class MongoWebSessions implements ReactiveSessionRepository<MapSession> {

    private static final String COLLECTION = "web_sessions";
    private static final Logger log = LoggerFactory.getLogger(MongoWebSessions.class);
    private static final ObjectInputFilter ONLY_JDK_AND_SPRING =
            ObjectInputFilter.Config.createFilter("maxdepth=32;java.**;org.springframework.**;!*");

    private final ReactiveMongoOperations mongo;
    private final Duration timeout;

    MongoWebSessions(ReactiveMongoOperations mongo, Duration timeout) {
        this.mongo = mongo;
        this.timeout = timeout;
    }

    /** Expired sessions go by themselves on a real MongoDB; reads check the expiry too. */
    Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO)).then();
    }

    @Override
    public Mono<MapSession> createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(timeout);
        return Mono.just(session);
    }

    @Override
    public Mono<Void> save(MapSession session) {
        Document document = new Document("_id", session.getId())
                .append("createdAt", Date.from(session.getCreationTime()))
                .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expireAt", Date.from(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
                .append("attributes", new Binary(serialize(session)));
        Mono<Void> dropRenamed = session.getId().equals(session.getOriginalId()) ? Mono.empty()
                : deleteById(session.getOriginalId());
        return dropRenamed.then(mongo.save(document, COLLECTION)).then();
    }

    @Override
    public Mono<MapSession> findById(String id) {
        return mongo.findById(id, Document.class, COLLECTION).flatMap(document -> {
            MapSession session = sessionOf(document);
            return session == null || session.isExpired() ? deleteById(id).then(Mono.empty()) : Mono.just(session);
        });
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return mongo.remove(query(where("_id").is(id)), COLLECTION).then();
    }

    private static MapSession sessionOf(Document document) {
        MapSession session = new MapSession(document.getString("_id"));
        session.setCreationTime(document.getDate("createdAt").toInstant());
        session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
        try {
            attributesOf(document.get("attributes", Binary.class).getData()).forEach(session::setAttribute);
            return session;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.warn("Session {}… unreadable ({}), treated as absent", session.getId().substring(0, 8), e.toString());
            return null;
        }
    }

    private static byte[] serialize(MapSession session) {
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException("session attributes must be serialisable", e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributesOf(byte[] bytes) throws IOException, ClassNotFoundException {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_JDK_AND_SPRING);
            return (Map<String, Object>) in.readObject();
        }
    }
}
