package fr.renfortrh.matching.domain.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One volunteer's most valuable set of needs by dynamic programming over time rather than a search. When every two of
 * a volunteer's needs whose spans (first start to last rested end) meet also clash — so in the synthetic instances,
 * where a need repeats one shift over consecutive days and two shifts in a day cannot both leave 11 h of rest — a set
 * they can hold is a chain of needs, each begun after the previous one's span ended. Needs are taken in order of start;
 * each extends every chain that ended before it began, within requests and weekly hours; of the chains that hold as
 * many needs and the same hours each week, only the most valuable is extended further. Exact for the volunteers
 * {@link #applies} accepts.
 */
final class BestChain {

    private static final double EPSILON = 1e-9;
    /** Chains are indexed by needs held and hours per week: beyond this many such keys (long horizons), the search takes over. */
    private static final long MOST_KEYS = 1 << 22;

    /** A chain of needs, by its last arc, and what it uses: needs and hours per week, packed in one key. */
    private record Chain(double value, int key, int arc, Chain previous) {
    }

    private final WorkingPlan plan;
    private final int weeks;
    /**
     * Per volunteer, the arcs they could hold alone (no clash with a confirmed mission, hours allow) in order of start,
     * or null where {@link #applies} fails.
     */
    private final int[][] usable;
    /** The best chain ended so far per key, and the keys in use. */
    private Chain[] ended = new Chain[0];
    private int[] inUse = new int[0];
    private int inUseCount;
    private Chain best;

    BestChain(WorkingPlan plan) {
        this.plan = plan;
        weeks = plan.weeks;
        usable = new int[plan.volunteerCount][];
        for (int v = 0; v < plan.volunteerCount; v++) {
            int volunteer = v;
            int[] arcs = Arrays.stream(plan.arcsOfVolunteer[v])
                    .filter(arc -> plan.clashingArc(volunteer, plan.needOf(arc)) == -1 && plan.hoursAllow(volunteer, plan.needOf(arc), -1))
                    .toArray();
            usable[v] = chainsOnly(arcs) && wholeHours(v, arcs) && keys(v) <= MOST_KEYS
                    ? Arrays.stream(arcs).boxed().sorted(Comparator.comparingInt(arc -> plan.spanStart[plan.needOf(arc)]))
                    .mapToInt(Integer::intValue).toArray()
                    : null;
        }
    }

    /**
     * Whether {@link #of} is exact for the volunteer: every two of their needs whose spans meet clash, so that their
     * sets are chains, and hours are whole and few enough weeks, so that they index the chains.
     */
    boolean applies(int volunteer) {
        return usable[volunteer] != null;
    }

    private boolean chainsOnly(int[] arcs) {
        for (int i = 0; i < arcs.length; i++) {
            for (int j = i + 1; j < arcs.length; j++) {
                int a = plan.needOf(arcs[i]);
                int b = plan.needOf(arcs[j]);
                if (plan.spanStart[a] < plan.spanEnd[b] && plan.spanStart[b] < plan.spanEnd[a] && !plan.clash(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean wholeHours(int volunteer, int[] arcs) {
        return IntStream.range(0, weeks).allMatch(w -> whole(plan.hoursUsed(volunteer, w))) && BestChain.whole(plan.weeklyCap[volunteer])
                && Arrays.stream(arcs).allMatch(arc -> IntStream.range(0, weeks).allMatch(w -> whole(plan.hoursOfNeed(plan.needOf(arc), w))));
    }

    private long keys(int volunteer) {
        return (long) Math.pow(Math.rint(plan.weeklyCap[volunteer]) + 1, weeks) * (plan.requestCap[volunteer] + 1L);
    }

    private static boolean whole(double hours) {
        return Math.abs(hours - Math.rint(hours)) < EPSILON;
    }

    /** The value of the volunteer's best set, each arc worth {@code value[arc]} (those worth nothing left out). */
    double of(int volunteer, double[] value) {
        int[] items = Arrays.stream(usable[volunteer]).filter(arc -> value[arc] > EPSILON).toArray(); // kept in order of start
        int[] byEnd = IntStream.range(0, items.length).boxed()
                .sorted(Comparator.comparingInt(i -> plan.spanEnd[plan.needOf(items[i])])).mapToInt(Integer::intValue).toArray();
        // the number of needs is part of a chain's key only where the volunteer's requests could run out
        int counted = plan.requestCap[volunteer] < items.length ? 1 : 0;
        int cap = (int) Math.rint(plan.weeklyCap[volunteer]);
        int[] stride = new int[weeks + 1]; // hours of each week, then the number of needs
        stride[0] = 1;
        for (int w = 1; w <= weeks; w++) {
            stride[w] = stride[w - 1] * (cap + 1);
        }
        int keys = stride[weeks] * (counted * plan.requestCap[volunteer] + 1);
        if (ended.length < keys) {
            ended = new Chain[keys];
            inUse = new int[keys];
        }
        inUseCount = 0;
        int startKey = 0;
        for (int w = 0; w < weeks; w++) {
            startKey += Math.min(cap, (int) Math.rint(plan.hoursUsed(volunteer, w))) * stride[w];
        }
        best = new Chain(0, startKey, -1, null);
        keep(best);
        List<List<Chain>> endingWith = new ArrayList<>(items.length);
        int next = 0;
        for (int item : items) {
            int need = plan.needOf(item);
            while (next < byEnd.length && plan.spanEnd[plan.needOf(items[byEnd[next]])] <= plan.spanStart[need]) {
                endingWith.get(byEnd[next++]).forEach(this::keep);
            }
            int[] added = new int[weeks];
            int shift = counted * stride[weeks];
            for (int w = 0; w < weeks; w++) {
                added[w] = (int) Math.rint(plan.hoursOfNeed(need, w));
                shift += added[w] * stride[w];
            }
            List<Chain> chains = new ArrayList<>();
            for (int i = 0; i < inUseCount; i++) {
                Chain chain = ended[inUse[i]];
                if ((counted == 0 || chain.key() / stride[weeks] < plan.requestCap[volunteer]) && fits(chain.key(), added, stride, cap)) {
                    Chain longer = new Chain(chain.value() + value[item], chain.key() + shift, item, chain);
                    chains.add(longer);
                    if (longer.value() > best.value()) {
                        best = longer;
                    }
                }
            }
            endingWith.add(chains);
        }
        for (int i = 0; i < inUseCount; i++) {
            ended[inUse[i]] = null;
        }
        return best.value();
    }

    private boolean fits(int key, int[] added, int[] stride, int cap) {
        for (int w = 0; w < weeks; w++) {
            if (added[w] > 0 && key / stride[w] % (cap + 1) + added[w] > cap) {
                return false;
            }
        }
        return true;
    }

    private void keep(Chain chain) {
        Chain kept = ended[chain.key()];
        if (kept == null) {
            inUse[inUseCount++] = chain.key();
            ended[chain.key()] = chain;
        } else if (chain.value() > kept.value()) {
            ended[chain.key()] = chain;
        }
    }

    /** The arcs of the last set found. */
    int[] arcs() {
        List<Integer> arcs = new ArrayList<>();
        for (Chain chain = best; chain.arc() >= 0; chain = chain.previous()) {
            arcs.add(chain.arc());
        }
        return arcs.stream().mapToInt(Integer::intValue).toArray();
    }
}
