package fr.renfortrh.platform.events;

import fr.renfortrh.platform.domain.Versioned;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTest {

    record Parcel(String id, String town, int weight) {
    }

    private static MongoServer server;
    private static MongoClient client;
    private MongoTemplate mongo;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "projection-test");
        mongo.dropCollection("parcels");
    }

    private Projection<Parcel> keeping(int states) {
        return new Projection<>(mongo, "parcels", Parcel.class, states);
    }

    private static Query in(String town) {
        return Query.query(Criteria.where(Projection.field("town")).is(town));
    }

    @Test
    void everyLiveAggregateIsHandedOverWithItsVersionButNoTombstone() {
        var parcels = keeping(0);
        for (int i = 0; i < 30; i++) {
            parcels.upsertIfNewer("p" + i, 2, new Parcel("p" + i, "Caen", i));
        }
        parcels.removeIfNewer("p7", 3);
        List<Versioned<Parcel>> handed = new ArrayList<>();

        long count = parcels.forEachVersioned(handed::add);

        assertThat(count).isEqualTo(29);
        assertThat(handed).hasSize(29).allMatch(parcel -> parcel.version() == 2)
                .noneMatch(parcel -> parcel.aggregate().id().equals("p7"))
                .contains(new Versioned<>(new Parcel("p12", "Caen", 12), 2));
    }

    @Test
    void aStateReadAgainAtTheSameVersionIsNotDecodedAgain() {
        var parcels = keeping(10);
        parcels.upsertIfNewer("p1", 1, new Parcel("p1", "Caen", 3));

        Parcel first = parcels.find(in("Caen")).getFirst();

        assertThat(parcels.find(in("Caen")).getFirst()).isSameAs(first);
        assertThat(parcels.findById("p1")).containsSame(first);
    }

    @Test
    void aNewerVersionWrittenByAnotherInstanceIsReadInsteadOfTheKeptOne() {
        var reader = keeping(10);
        var otherInstance = keeping(10);
        reader.upsertIfNewer("p1", 1, new Parcel("p1", "Caen", 3));
        reader.find(in("Caen"));

        otherInstance.upsertIfNewer("p1", 2, new Parcel("p1", "Caen", 5));

        assertThat(reader.find(in("Caen"))).containsExactly(new Parcel("p1", "Caen", 5));
        assertThat(reader.findById("p1")).contains(new Parcel("p1", "Caen", 5));
    }

    @Test
    void aRemovedAggregateIsFoundNoMoreThoughItsStateWasKept() {
        var parcels = keeping(10);
        parcels.upsertIfNewer("p1", 1, new Parcel("p1", "Caen", 3));
        parcels.findById("p1");

        parcels.removeIfNewer("p1", 2);

        assertThat(parcels.findById("p1")).isEmpty();
        assertThat(parcels.find(in("Caen"))).isEmpty();
        assertThat(parcels.find(new Query())).isEmpty();
    }

    @Test
    void aReadOfTheWholeCollectionNeitherUsesNorReplacesTheKeptStates() {
        var parcels = keeping(10);
        parcels.upsertIfNewer("p1", 1, new Parcel("p1", "Caen", 3));
        Parcel kept = parcels.find(in("Caen")).getFirst();

        assertThat(parcels.find(new Query()).getFirst()).isNotSameAs(kept).isEqualTo(kept);
        assertThat(parcels.find(in("Caen")).getFirst()).isSameAs(kept);
    }

    @Test
    void whenOnlySomeStatesAreKeptTheQueryStillDecidesWhatIsFound() {
        var parcels = keeping(10);
        for (int i = 1; i <= 6; i++) {
            parcels.upsertIfNewer("p" + i, 1, new Parcel("p" + i, i % 2 == 0 ? "Caen" : "Rouen", i));
        }
        parcels.findById("p2");
        keeping(10).upsertIfNewer("p4", 2, new Parcel("p4", "Rouen", 4)); // moved away by another instance

        assertThat(parcels.find(in("Caen"))).extracting(Parcel::id).containsExactlyInAnyOrder("p2", "p6");
        assertThat(parcels.find(in("Rouen"))).extracting(Parcel::id).containsExactlyInAnyOrder("p1", "p3", "p4", "p5");
    }

    @Test
    void keepsNoMoreStatesThanAskedTheLeastRecentlyReadLeavingFirst() {
        var parcels = keeping(2);
        for (String id : List.of("p1", "p2", "p3")) {
            parcels.upsertIfNewer(id, 1, new Parcel(id, "Caen", 1));
        }
        Parcel p1 = parcels.findById("p1").orElseThrow();
        Parcel p2 = parcels.findById("p2").orElseThrow();
        parcels.findById("p1");

        parcels.findById("p3");

        assertThat(parcels.findById("p1")).containsSame(p1);
        assertThat(parcels.findById("p2").orElseThrow()).isNotSameAs(p2).isEqualTo(p2);
    }

    @Test
    void withoutKeptStatesEachReadDecodesAfresh() {
        var parcels = new Projection<>(mongo, "parcels", Parcel.class);
        parcels.upsertIfNewer("p1", 1, new Parcel("p1", "Caen", 3), Map.of("cell", 7));

        Parcel first = parcels.findById("p1").orElseThrow();

        assertThat(parcels.findById("p1").orElseThrow()).isNotSameAs(first).isEqualTo(first);
        assertThat(parcels.find(Query.query(Criteria.where(Projection.key("cell")).is(7)))).containsExactly(first);
    }
}
