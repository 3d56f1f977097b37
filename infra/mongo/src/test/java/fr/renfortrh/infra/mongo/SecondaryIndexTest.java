package fr.renfortrh.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecondaryIndexTest {

    @TempDir
    Path dir;

    @Test
    void equalityAndInQueriesFindTheSameDocumentsAsAScanThroughInsertsUpdatesAndDeletes() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> proposals = client.getDatabase("renfort-test").getCollection("proposals");
            proposals.createIndex(Indexes.ascending("p.volunteerId"));
            for (int i = 0; i < 30; i++) {
                proposals.insertOne(new Document("_id", "n" + i).append("p", new Document("volunteerId", "v" + i % 3).append("rank", i)));
            }
            proposals.updateOne(Filters.eq("_id", "n0"), Updates.set("p.volunteerId", "v9"));
            proposals.deleteOne(Filters.eq("_id", "n3"));

            assertThat(ids(proposals.find(Filters.eq("p.volunteerId", "v0")))).hasSize(8).doesNotContain("n0", "n3");
            assertThat(ids(proposals.find(Filters.eq("p.volunteerId", "v9")))).containsExactly("n0");
            assertThat(ids(proposals.find(Filters.and(Filters.eq("p.volunteerId", "v1"), Filters.gt("p.rank", 20)))))
                    .containsExactlyInAnyOrder("n22", "n25", "n28");
            assertThat(ids(proposals.find(Filters.in("p.volunteerId", List.of("v1", "v2"))))).hasSize(20);
            assertThat(ids(proposals.find(Filters.eq("p.volunteerId", "nobody")))).isEmpty();
        }
    }

    @Test
    void countsAndPipelinesThatStartWithAMatchSeeTheSameDocumentsAsAScan() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> notifications = client.getDatabase("renfort-test").getCollection("notifications");
            notifications.createIndex(Indexes.ascending("recipientId"));
            for (int i = 0; i < 30; i++) {
                notifications.insertOne(new Document("_id", "n" + i).append("recipientId", "r" + i % 3).append("read", i % 2 == 0));
            }
            notifications.deleteOne(Filters.eq("_id", "n3"));
            notifications.insertOne(new Document("_id", "both").append("recipientId", List.of("r0", "r1")));

            assertThat(notifications.countDocuments(Filters.eq("recipientId", "r0"))).isEqualTo(10);
            assertThat(notifications.countDocuments(Filters.in("recipientId", List.of("r0", "r1")))).isEqualTo(20);
            assertThat(notifications.countDocuments(Filters.and(Filters.eq("recipientId", "r1"), Filters.eq("read", false)))).isEqualTo(5);
            assertThat(notifications.countDocuments(Filters.eq("recipientId", "nobody"))).isZero();
            assertThat(notifications.countDocuments()).isEqualTo(30);
            assertThat(notifications.aggregate(List.of(Aggregates.match(Filters.in("recipientId", List.of("r1", "r2"))),
                    Aggregates.group("$recipientId", Accumulators.sum("n", 1)), Aggregates.sort(Sorts.ascending("_id")))))
                    .containsExactly(new Document("_id", List.of("r0", "r1")).append("n", 1), new Document("_id", "r1").append("n", 10),
                            new Document("_id", "r2").append("n", 10));
        }
    }

    @Test
    void anOrWhoseBranchesAreIndexedFindsWhatEitherBranchMatches() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> deliveries = client.getDatabase("renfort-test").getCollection("deliveries");
            deliveries.createIndex(Indexes.ascending("status", "dueAt"));
            List<String> statuses = List.of("PENDING", "SENDING", "SENT");
            for (int i = 0; i < 30; i++) {
                deliveries.insertOne(new Document("_id", "d" + i).append("status", statuses.get(i % 3)).append("dueAt", i));
            }

            var due = Filters.or(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", 10)),
                    Filters.and(Filters.eq("status", "SENDING"), Filters.lt("dueAt", 5)));
            assertThat(ids(deliveries.find(due))).containsExactlyInAnyOrder("d0", "d3", "d6", "d9", "d1", "d4");
            assertThat(ids(deliveries.find(Filters.or(Filters.eq("status", "SENT"), Filters.eq("dueAt", 0))))).hasSize(11);
            assertThat(deliveries.findOneAndUpdate(due, Updates.set("status", "SENDING"))).isNotNull();
        }
    }

    @Test
    void aBoundOnTheSecondFieldOfACompoundKeyFindsWhatAScanFinds() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> deliveries = client.getDatabase("renfort-test").getCollection("deliveries");
            MongoCollection<Document> unindexed = client.getDatabase("renfort-test").getCollection("scanned");
            deliveries.createIndex(Indexes.ascending("status", "dueAt"));
            List<String> statuses = List.of("PENDING", "SENDING", "SENT");
            List<Document> odd = List.of(new Document("_id", "no-due-date").append("status", "PENDING"),
                    new Document("_id", "null-due-date").append("status", "PENDING").append("dueAt", null),
                    new Document("_id", "two-due-dates").append("status", "PENDING").append("dueAt", List.of(at(5), at(250))));
            for (int i = 0; i < 300; i++) {
                var document = new Document("_id", "d" + i).append("status", statuses.get(i % 3)).append("dueAt", at(i));
                deliveries.insertOne(document);
                unindexed.insertOne(document);
            }
            deliveries.insertMany(odd);
            unindexed.insertMany(odd);
            for (var collection : List.of(deliveries, unindexed)) {
                collection.updateMany(Filters.and(Filters.eq("status", "PENDING"), Filters.lt("dueAt", at(30))),
                        Updates.set("status", "SENDING"));
                collection.updateOne(Filters.eq("_id", "d90"), Updates.set("dueAt", at(400)));
                collection.deleteOne(Filters.eq("_id", "d99"));
            }

            for (var query : List.of(
                    Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", at(99))),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.lt("dueAt", at(99))),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.gt("dueAt", at(240))),
                    Filters.and(Filters.eq("status", "SENDING"), Filters.gte("dueAt", at(28))),
                    Filters.and(Filters.in("status", List.of("PENDING", "SENT")), Filters.lte("dueAt", at(50))),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.gt("dueAt", at(40)), Filters.lt("dueAt", at(50))),
                    Filters.or(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", at(60))),
                            Filters.and(Filters.eq("status", "SENDING"), Filters.gt("dueAt", at(290)))))) {
                List<Object> found = ids(deliveries.find(query).sort(Sorts.ascending("dueAt")));
                assertThat(found).as(query.toString()).isNotEmpty().containsExactlyElementsOf(ids(unindexed.find(query).sort(Sorts.ascending("dueAt"))));
            }
        }
    }

    @Test
    void aBoundOnTheSecondFieldOfACompoundKeyNarrowsThePositionsToThoseWithinIt() {
        // the server holds BSON dates as instants
        var index = new SecondaryIndex<Object>("status_1_dueAt_1", List.of(new IndexKey("status", true), new IndexKey("dueAt", true)), false);
        for (int i = 0; i < 10; i++) {
            index.add(new de.bwaldvogel.mongo.bson.Document("_id", "d" + i).append("status", i < 5 ? "PENDING" : "SENT")
                    .append("dueAt", Instant.EPOCH.plusSeconds(i)), "d" + i, null);
        }
        index.remove(new de.bwaldvogel.mongo.bson.Document("_id", "d1"));

        assertThat(index.getPositions(new de.bwaldvogel.mongo.bson.Document("status", "PENDING")
                .append("dueAt", new de.bwaldvogel.mongo.bson.Document("$lte", Instant.EPOCH.plusSeconds(2))))).containsExactlyInAnyOrder("d0", "d2");
        assertThat(index.getPositions(new de.bwaldvogel.mongo.bson.Document("status", "PENDING")
                .append("dueAt", new de.bwaldvogel.mongo.bson.Document("$gt", Instant.EPOCH.plusSeconds(2))))).containsExactlyInAnyOrder("d3", "d4");
        assertThat(index.getPositions(new de.bwaldvogel.mongo.bson.Document("status", "SENT")
                .append("dueAt", new de.bwaldvogel.mongo.bson.Document("$lt", Instant.EPOCH)))).isEmpty();
    }

    @Test
    void anIdWithAVersionConditionFindsAndUpdatesOnlyThatDocumentAtThatVersion() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> needs = client.getDatabase("renfort-test").getCollection("needs");
            for (int i = 0; i < 20; i++) {
                needs.insertOne(new Document("_id", "n" + i).append("version", i % 2));
            }

            assertThat(ids(needs.find(Filters.and(Filters.eq("_id", "n3"), Filters.eq("version", 1))))).containsExactly("n3");
            assertThat(ids(needs.find(Filters.and(Filters.eq("_id", "n3"), Filters.eq("version", 0))))).isEmpty();
            assertThat(needs.updateOne(Filters.and(Filters.eq("_id", "n4"), Filters.eq("version", 0)), Updates.set("version", 1))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(needs.updateOne(Filters.and(Filters.eq("_id", "n4"), Filters.eq("version", 0)), Updates.set("version", 2))
                    .getModifiedCount()).isZero();
            assertThat(ids(needs.find(Filters.eq("version", 1)))).hasSize(11).contains("n4");
        }
    }

    @Test
    void anArrayFieldIsIndexedElementByElement() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> candidates = client.getDatabase("renfort-test").getCollection("candidates");
            candidates.createIndex(Indexes.ascending("keys.reach"));
            candidates.insertOne(new Document("_id", "a").append("keys", new Document("reach", List.of("c1", "c2"))));
            candidates.insertOne(new Document("_id", "b").append("keys", new Document("reach", List.of("c2", "c3"))));
            candidates.insertOne(new Document("_id", "c").append("keys", new Document("reach", List.of())));

            assertThat(ids(candidates.find(Filters.eq("keys.reach", "c2")))).containsExactlyInAnyOrder("a", "b");
            assertThat(ids(candidates.find(Filters.eq("keys.reach", "c3")))).containsExactly("b");
        }
    }

    @Test
    void aQueryOnTwoIndexedFieldsFindsTheDocumentsInBothIndexes() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> candidates = client.getDatabase("renfort-test").getCollection("candidates");
            candidates.createIndex(Indexes.ascending("professions"));
            candidates.createIndex(Indexes.ascending("keys.reach"));
            candidates.insertOne(new Document("_id", "nurse-here").append("professions", List.of("NURSE")).append("keys", new Document("reach", List.of("c1"))));
            candidates.insertOne(new Document("_id", "nurse-there").append("professions", List.of("NURSE")).append("keys", new Document("reach", List.of("c2"))));
            candidates.insertOne(new Document("_id", "doctor-here").append("professions", List.of("DOCTOR", "NURSE_ASSISTANT")).append("keys", new Document("reach", List.of("c1"))));

            assertThat(ids(candidates.find(Filters.and(Filters.eq("keys.reach", "c1"), Filters.eq("professions", "NURSE")))))
                    .containsExactly("nurse-here");
            assertThat(ids(candidates.find(Filters.and(Filters.eq("keys.reach", "c1"), Filters.eq("professions", "MIDWIFE"))))).isEmpty();
        }
    }

    @Test
    void queriesOnSeveralIndexedFieldsFindWhatAScanFindsWhicheverIndexIsNarrowest() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> candidates = client.getDatabase("renfort-test").getCollection("candidates");
            MongoCollection<Document> unindexed = client.getDatabase("renfort-test").getCollection("scanned");
            candidates.createIndex(Indexes.ascending("profession"));
            candidates.createIndex(Indexes.ascending("home"));
            candidates.createIndex(Indexes.ascending("status"));
            for (int i = 0; i < 600; i++) {
                var document = new Document("_id", "v" + i).append("profession", "P" + i % 3).append("home", i % 40)
                        .append("status", i % 7 == 0 ? "PAUSED" : "VERIFIED");
                candidates.insertOne(document);
                unindexed.insertOne(document);
            }
            List<Integer> manyHomes = List.of(1, 2, 3, 5, 8, 13, 21, 34, 39, 0);
            for (var query : List.of(
                    Filters.and(Filters.eq("profession", "P1"), Filters.in("home", manyHomes)),
                    Filters.and(Filters.eq("profession", "P2"), Filters.in("home", List.of(4, 7))),
                    Filters.and(Filters.in("profession", List.of("P0", "P1")), Filters.eq("home", 9), Filters.eq("status", "PAUSED")),
                    Filters.and(Filters.or(Filters.eq("home", 3), Filters.eq("home", 6)), Filters.eq("profession", "P0")),
                    Filters.and(Filters.eq("profession", "P1"), Filters.in("home", manyHomes), Filters.eq("status", "VERIFIED")))) {
                List<Object> found = ids(candidates.find(query));
                assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids(unindexed.find(query)));
            }
        }
    }

    @Test
    void aSparseIndexAnswersPresenceOfAFieldInsideAnArray() {
        try (var server = LocalMongoServer.start(dir.resolve("renfort.mv"), "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> needs = client.getDatabase("renfort-test").getCollection("needs");
            needs.createIndex(Indexes.ascending("outbox.eventId"), new IndexOptions().sparse(true));
            needs.insertOne(new Document("_id", "sent").append("outbox", List.of()));
            needs.insertOne(new Document("_id", "pending").append("outbox", List.of(new Document("eventId", "e1"))));
            needs.insertOne(new Document("_id", "old"));

            assertThat(ids(needs.find(Filters.exists("outbox.eventId")))).containsExactly("pending");
            needs.updateOne(Filters.eq("_id", "pending"), Updates.pull("outbox", new Document("eventId", "e1")));
            assertThat(ids(needs.find(Filters.exists("outbox.eventId")))).isEmpty();
        }
    }

    @Test
    void theIndexIsRebuiltFromTheFileAfterARestart() {
        Path file = dir.resolve("renfort.mv");
        try (var server = LocalMongoServer.start(file, "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> needs = client.getDatabase("renfort-test").getCollection("needs");
            needs.createIndex(Indexes.ascending("status"));
            needs.insertOne(new Document("_id", "n1").append("status", "OPEN"));
            needs.insertOne(new Document("_id", "n2").append("status", "FILLED"));
        }
        try (var server = LocalMongoServer.start(file, "127.0.0.1", 0); var client = client(server)) {
            MongoCollection<Document> needs = client.getDatabase("renfort-test").getCollection("needs");
            needs.insertOne(new Document("_id", "n3").append("status", "OPEN"));
            needs.deleteOne(Filters.eq("_id", "n1"));

            assertThat(ids(needs.find(Filters.eq("status", "OPEN")))).containsExactly("n3");
            assertThat(ids(needs.find(Filters.eq("status", "FILLED")))).containsExactly("n2");
        }
    }

    @Test
    void onlyConditionsPinningTheIndexedFieldAreServedFromTheIndex() {
        var index = new SecondaryIndex<>("status_1", List.of(new IndexKey("status", true)), false);

        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", "OPEN").append("urgency", "HIGH"))).isTrue();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("OPEN", "FILLED"))))).isTrue();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", null))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", new de.bwaldvogel.mongo.bson.Document("$ne", "OPEN")))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", new de.bwaldvogel.mongo.bson.Document("$exists", true)))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("urgency", "HIGH"))).isFalse();
    }

    @Test
    void aCountOfDocumentsWhoseOnlyConditionPinsTheIndexedFieldIsTheIndexsOwn() {
        var index = new SecondaryIndex<>("status_1", List.of(new IndexKey("status", true)), false);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("status", "OPEN"), "a", null);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "b").append("status", List.of("OPEN", "FILLED")), "b", null);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "c").append("status", "CLOSED"), "c", null);

        assertThat(index.countMatching(new de.bwaldvogel.mongo.bson.Document("status", "OPEN"))).isEqualTo(2);
        assertThat(index.countMatching(new de.bwaldvogel.mongo.bson.Document("status",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("OPEN", "FILLED"))))).isEqualTo(2);
        assertThat(index.countMatching(new de.bwaldvogel.mongo.bson.Document("status", "OPEN").append("urgency", "HIGH"))).isEqualTo(-1);
        assertThat(index.countMatching(new de.bwaldvogel.mongo.bson.Document("status",
                new de.bwaldvogel.mongo.bson.Document("$ne", "OPEN")))).isEqualTo(-1);
        assertThat(index.countMatching(new de.bwaldvogel.mongo.bson.Document("urgency", "HIGH"))).isEqualTo(-1);
    }

    private static MongoClient client(LocalMongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.address().getPort());
    }

    private static Date at(int second) {
        return Date.from(Instant.EPOCH.plusSeconds(second));
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
