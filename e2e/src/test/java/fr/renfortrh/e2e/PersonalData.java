package fr.renfortrh.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

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

    /** "database.collection" of each document that contains {@code text}. */
    List<String> holding(String text) {
        List<String> places = new ArrayList<>();
        for (String database : mongo.listDatabaseNames()) {
            if (SYSTEM_DATABASES.contains(database)) {
                continue;
            }
            var db = mongo.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                for (Document document : db.getCollection(collection).find()) {
                    if (document.toJson().contains(text)) {
                        places.add(database + "." + collection);
                    }
                }
            }
        }
        return places;
    }

    @Override
    public void close() {
        mongo.close();
    }
}
