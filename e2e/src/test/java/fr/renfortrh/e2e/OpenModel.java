package fr.renfortrh.e2e;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Arrivals at a fixed rate, each sent on its own virtual thread whatever the pace of the answers (an open model):
 * a slow stack cannot slow the arrivals down and hide behind them, so times count from when each was due.
 */
final class OpenModel {

    /** What arrival {@code index}, due at {@code due} ({@link System#nanoTime()}), sends; chosen in arrival order. */
    interface Arrival {
        Runnable prepare(long index, long due);
    }

    private OpenModel() {
    }

    /** @return when the first arrival was due; returns once every arrival has been answered or {@code patience} is over */
    static long run(double rate, long count, Duration patience, Arrival arrival) throws InterruptedException {
        long period = (long) (1e9 / rate);
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < count; i++) {
                long due = start + i * period;
                LockSupport.parkNanos(due - System.nanoTime());
                senders.submit(arrival.prepare(i, due));
            }
            senders.shutdown();
            senders.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        }
        return start;
    }
}
