package fr.renfortrh.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads every collection of every service's database, to find where a person's data still is. */
final class PersonalData implements AutoCloseable {

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");

    private final MongoClient mongo;

    PersonalData(String uri) {
        this.mongo = MongoClients.create(uri);
    }

    /**
     * "database.collection" of each document that contains {@code text}, anywhere in it, a string value or part of one
     * (an event's payload kept as JSON text). Documents are searched as stored, without decoding them: a dev stack's
     * databases grow to hundreds of MB, and decoding each one to JSON took longer than the erasure it checks.
     */
    List<String> holding(String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        List<String> places = new ArrayList<>();
        for (String database : mongo.listDatabaseNames()) {
            if (SYSTEM_DATABASES.contains(database)) {
                continue;
            }
            var db = mongo.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                for (RawBsonDocument document : db.getCollection(collection, RawBsonDocument.class).find()) {
                    if (contains(document.getByteBuffer().asNIO(), wanted)) {
                        places.add(database + "." + collection);
                    }
                }
            }
        }
        return places;
    }

    private static boolean contains(ByteBuffer bytes, byte[] wanted) {
        int last = bytes.limit() - wanted.length;
        outer:
        for (int at = bytes.position(); at <= last; at++) {
            for (int i = 0; i < wanted.length; i++) {
                if (bytes.get(at + i) != wanted[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        mongo.close();
    }
}
