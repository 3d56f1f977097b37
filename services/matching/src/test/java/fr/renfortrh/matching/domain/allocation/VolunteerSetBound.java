package fr.renfortrh.matching.domain.allocation;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An upper bound on every plan, tighter than the arc LP: the Lagrangian of the needs' position rows. For any
 * prices {@code y ≥ 0} on the needs, {@code Σ positions·y + Σ over volunteers of the best set of needs they can
 * take together} (each arc worth its value minus its need's price; every rule of one volunteer kept: no clash,
 * rest, weekly hours, requests) is above every plan — each plan gives each volunteer one such set. Each
 * volunteer's set is found exactly (depth-first, at most their requests deep), which is what the arc LP only
 * approximates with its rows; the prices then follow subgradient steps. It is the configuration LP's optimum
 * when the steps converge, and a valid bound wherever they stop.
 */
final class VolunteerSetBound {

    private static final double EPSILON = 1e-12;
    private static final int PATIENCE = 20;

    private final WorkingPlan plan; // holds one volunteer's set at a time, to check it with the allocator's rules
    private final double[] reduced;
    private int[] candidates = new int[0];
    private final int[] set;
    private double best;
    private final int[] bestSet;
    private int bestSize;

    private VolunteerSetBound(AllocationInstance instance) {
        plan = new WorkingPlan(instance);
        reduced = new double[plan.arcValue.length];
        int deepest = Arrays.stream(plan.requestCap).max().orElse(0);
        set = new int[deepest];
        bestSet = new int[deepest];
    }

    /** The lowest bound reached in {@code iterations} steps from prices 0, aiming at {@code planValue} (a plan's objective). */
    static double of(AllocationInstance instance, double planValue, int iterations) {
        return new VolunteerSetBound(instance).descend(planValue, iterations);
    }

    private double descend(double planValue, int iterations) {
        int needs = plan.needCount;
        double[] prices = new double[needs];
        double[] bestPrices = prices.clone();
        double lowest = Double.POSITIVE_INFINITY;
        double step = 1;
        int sinceImproved = 0;
        int[] taken = new int[needs];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double bound = at(prices, taken);
            if (bound < lowest - 1e-9) {
                lowest = bound;
                bestPrices = prices.clone();
                sinceImproved = 0;
            } else if (++sinceImproved == PATIENCE) {
                step /= 2;
                sinceImproved = 0;
                prices = bestPrices.clone();
                continue;
            }
            double norm = 0;
            double[] slope = new double[needs];
            for (int n = 0; n < needs; n++) {
                slope[n] = prices[n] <= 0 && plan.positions[n] > taken[n] ? 0 : plan.positions[n] - taken[n];
                norm += slope[n] * slope[n];
            }
            if (norm == 0) {
                break; // every position taken exactly once at these prices: the bound is a plan's value
            }
            double length = step * Math.max(bound - planValue, 1e-3) / norm;
            for (int n = 0; n < needs; n++) {
                prices[n] = Math.max(0, prices[n] - length * slope[n]);
            }
        }
        return lowest;
    }

    /** The bound at these prices; {@code taken} gets how many volunteers' best sets hold each need. */
    private double at(double[] prices, int[] taken) {
        Arrays.fill(taken, 0);
        double bound = 0;
        for (int n = 0; n < plan.needCount; n++) {
            bound += plan.positions[n] * prices[n];
        }
        for (int arc = 0; arc < reduced.length; arc++) {
            reduced[arc] = plan.arcValue[arc] - prices[plan.needOf(arc)];
        }
        for (int volunteer = 0; volunteer < plan.volunteerCount; volunteer++) {
            bound += bestSetOf(volunteer);
            for (int i = 0; i < bestSize; i++) {
                taken[plan.needOf(bestSet[i])]++;
            }
        }
        return bound;
    }

    private double bestSetOf(int volunteer) {
        candidates = Arrays.stream(plan.arcsOfVolunteer[volunteer]).filter(arc -> reduced[arc] > EPSILON).boxed()
                .sorted((a, b) -> Double.compare(reduced[b], reduced[a])).mapToInt(Integer::intValue).toArray();
        best = 0;
        bestSize = 0;
        extend(volunteer, 0, 0, 0);
        return best;
    }

    private void extend(int volunteer, int from, double value, int size) {
        if (value > best + EPSILON) {
            best = value;
            bestSize = size;
            System.arraycopy(set, 0, bestSet, 0, size);
        }
        int room = plan.requestCap[volunteer] - size;
        for (int i = from; i < candidates.length && room > 0; i++) {
            if (value + IntStream.range(i, Math.min(candidates.length, i + room)).mapToDouble(j -> reduced[candidates[j]]).sum() <= best + EPSILON) {
                return; // even the best arcs left cannot beat the best set
            }
            int arc = candidates[i];
            int need = plan.needOf(arc);
            if (plan.clashingArc(volunteer, need) == -1 && plan.hoursAllow(volunteer, need, -1)) {
                plan.assign(arc);
                set[size] = arc;
                extend(volunteer, i + 1, value + reduced[arc], size + 1);
                plan.unassign(arc);
            }
        }
    }
}
