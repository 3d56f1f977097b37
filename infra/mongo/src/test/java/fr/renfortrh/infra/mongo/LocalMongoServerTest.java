package fr.renfortrh.infra.mongo;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMongoServerTest {

    @Test
    void dataWrittenBeforeAStopIsThereAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("renfort.mv");
        try (var server = LocalMongoServer.start(file, "127.0.0.1", 0);
             var client = MongoClients.create("mongodb://127.0.0.1:" + server.address().getPort())) {
            client.getDatabase("renfort-test").getCollection("needs").insertOne(new Document("_id", "n1").append("positions", 2));
        }

        try (var server = LocalMongoServer.start(file, "127.0.0.1", 0);
             var client = MongoClients.create("mongodb://127.0.0.1:" + server.address().getPort())) {
            Document need = client.getDatabase("renfort-test").getCollection("needs").find(new Document("_id", "n1")).first();
            assertThat(need).isNotNull();
            assertThat(need.getInteger("positions")).isEqualTo(2);
        }
    }
}
