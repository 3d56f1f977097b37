package fr.renfortrh.platform.events;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Re-reads and re-decides when another writer changed the document first. The attempt must re-read the
 * aggregate each time, so the decision is always made on its latest version.
 */
public final class OnConflict {

    private static final int ATTEMPTS = 10;

    private OnConflict() {
    }

    public static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (i == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    public static void retry(Runnable attempt) {
        retry(() -> {
            attempt.run();
            return null;
        });
    }
}
