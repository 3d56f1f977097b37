package fr.renfortrh.infra.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedH2BackendTest {

    private static final int ENTRIES = 50_000;
    private static final String TEXT = "x".repeat(1_000);

    @Test
    void aSlowReadFindsEveryPageWhileTheStoreIsRewritten(@TempDir Path dir) throws InterruptedException {
        String file = dir.resolve("renfort.mv").toString();
        MVStore written = new MVStore.Builder().fileName(file).open();
        MVMap<Integer, String> entries = written.openMap("entries");
        for (int round = 0; round < 3; round++) { // every page rewritten: the older chunks fill with dead pages
            for (int i = 0; i < ENTRIES; i++) {
                entries.put(i, TEXT + round);
            }
            written.commit();
        }
        written.close();
        // reopened with little cache, a read finds its pages on disk, as in a large store
        MVStore store = new MVStore.Builder().fileName(file).cacheSize(1).open();
        store.setRetentionTime(0); // a chunk no kept version uses is freed at once
        MVMap<Integer, String> reopened = store.openMap("entries");
        var writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> { // rewrites every entry in turn, a version per thousand
            for (int write = 0; writing.get(); write++) {
                reopened.put(write % ENTRIES, TEXT + "again");
                if (write % 1_000 == 0) {
                    store.commit();
                }
            }
        });
        try {
            for (int read = 0; read < 5; read++) {
                long found = IndexedH2Backend.keepingItsVersion(store, () -> {
                    long count = 0;
                    for (var ignored : reopened.entrySet()) {
                        if (++count % 5_000 == 0) {
                            LockSupport.parkNanos(30_000_000); // a read of 100,000 documents takes seconds at start-up
                        }
                    }
                    return count;
                });
                assertThat(found).isEqualTo(ENTRIES);
            }
        } finally {
            writing.set(false);
            writer.join();
            // a read that ends while a commit holds the lock leaves its version for the next commit to drop; without
            // one, close() under -ea finds that version still kept ("381 != 480")
            reopened.put(0, TEXT);
            store.commit();
            store.close();
        }
    }
}
