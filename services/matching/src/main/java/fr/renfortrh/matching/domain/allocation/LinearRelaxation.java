package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.SparseLp.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The allocation as a linear program whose optimum bounds every plan from above: one variable per arc in
 * [0, 1]; per need, at most its open positions; per volunteer, at most their remaining requests, their
 * weekly hours, and — for every moment — at most one of the needs whose stretched shifts (11 h rest added)
 * cover it. Those "moment" rows are the maximal cliques of each volunteer's clash graph when needs have one
 * shift, which keeps the relaxation tight.
 */
public final class LinearRelaxation {

    private LinearRelaxation() {
    }

    /** Blocks smaller than this are solved together, up to {@link #BATCH} variables at a time. */
    private static final int SMALL_BLOCK = 5_000;
    private static final int BATCH = 20_000;

    /**
     * The relaxation split into independent blocks — arcs that share no row, directly or through others (a
     * nurse and a doctor never compete) — whose optima add up to the whole one's. Large instances solve
     * much faster that way than in one piece.
     */
    public static List<SparseLp> blocks(AllocationInstance instance) {
        SparseLp whole = of(instance);
        int[] parent = IntStream.range(0, whole.objective().length).toArray();
        for (Row row : whole.rows()) {
            for (int i = 1; i < row.variables().length; i++) {
                parent[root(parent, row.variables()[i])] = root(parent, row.variables()[0]);
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int variable = 0; variable < parent.length; variable++) {
            byRoot.computeIfAbsent(root(parent, variable), r -> new ArrayList<>()).add(variable);
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        for (List<Integer> block : byRoot.values().stream().sorted(Comparator.comparingInt(List::size)).toList()) {
            if (block.size() >= SMALL_BLOCK) {
                groups.add(block);
            } else {
                if (batch.size() + block.size() > BATCH) {
                    groups.add(batch);
                    batch = new ArrayList<>();
                }
                batch.addAll(block);
            }
        }
        if (!batch.isEmpty()) {
            groups.add(batch);
        }
        int[] group = new int[parent.length];
        int[] local = new int[parent.length];
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                group[groups.get(g).get(i)] = g;
                local[groups.get(g).get(i)] = i;
            }
        }
        List<List<Row>> rows = groups.stream().map(g -> (List<Row>) new ArrayList<Row>()).toList();
        for (Row row : whole.rows()) {
            int[] variables = Arrays.stream(row.variables()).map(v -> local[v]).toArray();
            rows.get(group[row.variables()[0]]).add(new Row(variables, row.coefficients(), row.limit()));
        }
        return IntStream.range(0, groups.size()).mapToObj(g -> new SparseLp(
                groups.get(g).stream().mapToDouble(v -> whole.objective()[v]).toArray(), rows.get(g))).toList();
    }

    /** The representative of {@code variable}'s set in a union-find forest (halving the path on the way). */
    static int root(int[] parent, int variable) {
        while (parent[variable] != variable) {
            parent[variable] = parent[parent[variable]];
            variable = parent[variable];
        }
        return variable;
    }

    public static SparseLp of(AllocationInstance instance) {
        WorkingPlan plan = new WorkingPlan(instance);
        double[] objective = new double[instance.arcs().size()];
        List<Row> rows = new ArrayList<>();
        for (int need = 0; need < plan.needCount; need++) {
            int[] arcs = plan.arcsOfNeed[need];
            for (int arc : arcs) {
                objective[arc] = plan.arcValue[arc];
            }
            if (arcs.length > plan.positions[need]) {
                rows.add(new Row(arcs, ones(arcs.length), plan.positions[need]));
            }
        }
        for (int volunteer = 0; volunteer < plan.volunteerCount; volunteer++) {
            int[] arcs = plan.arcsOfVolunteer[volunteer];
            if (arcs.length > plan.requestCap[volunteer]) {
                rows.add(new Row(arcs, ones(arcs.length), plan.requestCap[volunteer]));
            }
            rows.addAll(weeklyHours(plan, volunteer, arcs));
            rows.addAll(moments(plan, arcs));
        }
        return new SparseLp(objective, rows);
    }

    private static List<Row> weeklyHours(WorkingPlan plan, int volunteer, int[] arcs) {
        List<Row> rows = new ArrayList<>();
        int weeks = plan.weeks;
        for (int week = 0; week < weeks; week++) {
            List<Integer> variables = new ArrayList<>();
            List<Double> hours = new ArrayList<>();
            for (int arc : arcs) {
                int need = plan.needOf(arc);
                if (plan.hoursOfNeed(need, week) > 0) {
                    variables.add(arc);
                    hours.add(plan.hoursOfNeed(need, week));
                }
            }
            double limit = Math.max(0, plan.weeklyCap[volunteer] - plan.hoursUsed(volunteer, week));
            if (hours.stream().mapToDouble(Double::doubleValue).sum() <= limit + 1e-9) {
                continue;
            }
            rows.add(new Row(variables.stream().mapToInt(Integer::intValue).toArray(),
                    hours.stream().mapToDouble(Double::doubleValue).toArray(), limit));
            // whole needs only: at most ⌊limit / t⌋ of those lasting t hours or more (35 h leaves room for two 12 h shifts, not 2.9)
            for (double threshold : hours.stream().mapToDouble(Double::doubleValue).distinct().toArray()) {
                int[] longer = IntStream.range(0, hours.size()).filter(i -> hours.get(i) >= threshold)
                        .map(variables::get).toArray();
                int most = (int) Math.floor(limit / threshold + 1e-9);
                if (longer.length > most) {
                    rows.add(new Row(longer, ones(longer.length), most));
                }
            }
        }
        return rows;
    }

    /** At each start of a stretched shift, the arcs covering that moment; only the maximal sets are kept. */
    private static List<Row> moments(WorkingPlan plan, int[] arcs) {
        record Stretch(int arc, int start, int end) {
        }
        List<Stretch> stretches = new ArrayList<>();
        for (int arc : arcs) {
            int need = plan.needOf(arc);
            for (int i = 0; i < plan.start[need].length; i++) {
                stretches.add(new Stretch(arc, plan.start[need][i], plan.restedEnd[need][i]));
            }
        }
        int[] starts = stretches.stream().mapToInt(Stretch::start).distinct().sorted().toArray();
        stretches.sort(Comparator.comparingInt(Stretch::start));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            int moment = starts[i];
            int nextStart = i + 1 < starts.length ? starts[i + 1] : Integer.MAX_VALUE;
            Set<Integer> covering = new LinkedHashSet<>();
            boolean oneEndsBeforeNext = false;
            for (Stretch stretch : stretches) {
                if (stretch.start() > moment) {
                    break;
                }
                if (stretch.end() > moment) {
                    covering.add(stretch.arc());
                    oneEndsBeforeNext |= stretch.end() <= nextStart;
                }
            }
            if (covering.size() > 1 && oneEndsBeforeNext) {
                rows.add(new Row(covering.stream().mapToInt(Integer::intValue).toArray(), ones(covering.size()), 1));
            }
        }
        return rows;
    }

    private static double[] ones(int size) {
        double[] ones = new double[size];
        Arrays.fill(ones, 1);
        return ones;
    }
}
