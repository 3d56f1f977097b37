package fr.renfortrh.matching.domain.allocation;

import java.time.Duration;
import java.util.Comparator;
import java.util.stream.IntStream;

/** What the optimiser is compared with: each position given to the nearest volunteer still able to take it. */
public final class Baselines {

    private Baselines() {
    }

    /** Needs served in the order they were published, as establishments searching by hand would. */
    public static Allocation firstComeFirstServed(AllocationInstance instance) {
        long started = System.nanoTime();
        WorkingPlan plan = new WorkingPlan(instance);
        IntStream.range(0, plan.needCount).forEach(need -> fillNearestFirst(plan, need));
        return plan.toAllocation(Duration.ofNanos(System.nanoTime() - started));
    }

    /** The most urgent needs first, then the soonest. */
    public static Allocation urgencyFirst(AllocationInstance instance) {
        long started = System.nanoTime();
        WorkingPlan plan = new WorkingPlan(instance);
        IntStream.range(0, plan.needCount).boxed()
                .sorted(Comparator.comparingDouble((Integer n) -> -plan.needWeight[n])
                        .thenComparingInt(n -> plan.start[n].length == 0 ? 0 : plan.start[n][0]))
                .forEach(need -> fillNearestFirst(plan, need));
        return plan.toAllocation(Duration.ofNanos(System.nanoTime() - started));
    }

    private static void fillNearestFirst(WorkingPlan plan, int need) {
        for (int arc : plan.arcsOfNeed[need]) {
            if (!plan.hasOpenPosition(need)) {
                return;
            }
            if (plan.canTake(arc)) {
                plan.assign(arc);
            }
        }
    }
}
