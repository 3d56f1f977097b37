package fr.renfortrh.infra.mongo;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.IntStream;

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

    @Test
    void aFindOfMoreThanTheLargestReplyIsAnsweredInBatches(@TempDir Path dir) {
        String text = "x".repeat(30_000);
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0);
             var client = MongoClients.create("mongodb://127.0.0.1:" + server.address().getPort())) {
            var volunteers = client.getDatabase("renfort-test").getCollection("volunteers");
            volunteers.insertMany(IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", i).append("text", text)).toList());

            // 60 MB in all, over the 48 MB a reply may hold
            assertThat(volunteers.find().into(new ArrayList<>())).hasSize(2_000);
        }
    }
}
