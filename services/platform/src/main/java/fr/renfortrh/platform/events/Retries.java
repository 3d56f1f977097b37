package fr.renfortrh.platform.events;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a consumer retries a record that failed. A record that fails because the database cannot be reached is
 * not at fault: it is retried until the database is back (the partition waits, keeping the order), never parked
 * on the dead-letter topic. Anything else is retried briefly, then parked; poison goes at once.
 */
public final class Retries {

    private Retries() {
    }

    public static BackOff briefly() {
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxElapsedTime(10_000);
        return backOff;
    }

    private static BackOff untilTheDatabaseIsBack() {
        var backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    /** The back-off for a failure, or null for the default ({@link #briefly()}). */
    public static BackOff forFailure(Throwable failure) {
        return databaseUnreachable(failure) ? untilTheDatabaseIsBack() : null;
    }

    /**
     * Whether the failure comes from not reaching the database (down, timing out, or its connection pool paused
     * after such a failure), which says nothing about the record or the request.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException || cause instanceof MongoConnectionPoolClearedException) {
                return true;
            }
        }
        return false;
    }
}
