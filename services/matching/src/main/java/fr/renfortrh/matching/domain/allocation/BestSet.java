package fr.renfortrh.matching.domain.allocation;

import java.util.Arrays;

/**
 * The most valuable set of needs one volunteer can hold together under every one of their rules (no clash, rest,
 * weekly hours, confirmed missions, requests), found depth-first, most valuable arcs first, a branch left as soon
 * as even its best arcs could not beat the best set. Each set is tried on a plan that holds nothing else, with
 * the allocator's own checks, and taken back.
 */
final class BestSet {

    private static final double EPSILON = 1e-9;
    /** Search nodes per volunteer; past it, what is left unexplored counts at its optimistic value in {@link #ceiling()}. */
    private static final long NODE_BUDGET = 20_000;

    private final WorkingPlan plan;
    private double[] value = new double[0];
    private int[] candidates = new int[0];
    private double[] suffix = new double[1]; // Σ of the candidates' values from each index on
    private final int[] set;
    private final int[] bestSet;
    private double best;
    private int bestSize;
    private long nodes;
    private double ceiling;

    BestSet(WorkingPlan plan) {
        this.plan = plan;
        int deepest = Arrays.stream(plan.requestCap).max().orElse(0);
        set = new int[deepest];
        bestSet = new int[deepest];
    }

    /** The value of the volunteer's best set, each arc worth {@code value[arc]} (those worth nothing left out). */
    double of(int volunteer, double[] value) {
        this.value = value;
        candidates = Arrays.stream(plan.arcsOfVolunteer[volunteer]).filter(arc -> value[arc] > EPSILON)
                .boxed().sorted((a, b) -> Double.compare(value[b], value[a])).mapToInt(Integer::intValue).toArray();
        suffix = new double[candidates.length + 1];
        for (int i = candidates.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + value[candidates[i]];
        }
        best = 0;
        bestSize = 0;
        nodes = 0;
        ceiling = 0;
        extend(volunteer, 0, 0, 0);
        return best;
    }

    /** The most the last search's set could be worth: its value, or more where the node budget cut it short. */
    double ceiling() {
        return Math.max(best, ceiling);
    }

    int size() {
        return bestSize;
    }

    int arc(int i) {
        return bestSet[i];
    }

    private void extend(int volunteer, int from, double sum, int size) {
        if (sum > best + EPSILON) {
            best = sum;
            bestSize = size;
            System.arraycopy(set, 0, bestSet, 0, size);
        }
        nodes++;
        int room = plan.requestCap[volunteer] - size;
        for (int i = from; i < candidates.length && room > 0; i++) {
            double optimistic = sum + suffix[i] - suffix[Math.min(candidates.length, i + room)];
            if (optimistic <= best + EPSILON) {
                return; // even the best arcs left cannot beat the best set
            }
            if (nodes >= NODE_BUDGET) {
                ceiling = Math.max(ceiling, optimistic); // covers this arc's subtree and every later one
                return;
            }
            int arc = candidates[i];
            int need = plan.needOf(arc);
            if (plan.clashingArc(volunteer, need) == -1 && plan.hoursAllow(volunteer, need, -1)) {
                plan.assign(arc);
                set[size] = arc;
                extend(volunteer, i + 1, sum + value[arc], size + 1);
                plan.unassign(arc);
            }
        }
    }
}
