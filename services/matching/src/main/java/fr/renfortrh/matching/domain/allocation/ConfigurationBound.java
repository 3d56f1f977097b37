package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The configuration LP, tighter than the arc LP ({@link LinearRelaxation}): one variable per volunteer and set of needs
 * they can take together under every one of their rules (no clash, rest, weekly hours, requests), at most one set per
 * volunteer and each need's positions. Solved by column generation, block by block ({@link Annealing#blocks}: the
 * instance's independent parts, whose optima add up), the blocks on every core: a solver gives each block's LP over the
 * sets generated so far, starting from the plan's, with its prices, and each volunteer's best set at those prices is
 * added while it improves the LP. Each volunteer's best set is found exactly: by {@link BestChain} where their sets are
 * chains in time, otherwise depth-first by {@link BestSet}.
 * <p>
 * The value is a proved upper bound whatever the solver's accuracy or the time limit: at any prices {@code y ≥ 0} on
 * the needs, {@code Σ positions·y + Σ over volunteers of their best set (each arc worth its value minus its need's
 * price)} is above every plan (Lagrangian bound: each plan gives each volunteer one such set), and each block's lowest
 * such value met is kept. At the LP's optimum prices it equals the LP's optimum.
 */
public final class ConfigurationBound {

    private static final double EPSILON = 1e-9;
    /** A block is done when its bound comes within this share of its LP's value: 0.1 on crisis's largest. */
    private static final double GAP = 1e-5;

    /** Solves a master LP: its optimum's value and each row's price, or empty when it could not within the limit. */
    @FunctionalInterface
    public interface MasterSolver {
        Optional<Priced> solve(SparseLp lp, Duration limit);
    }

    /** An LP's optimum and its rows' prices (dual values), in the order of its rows. */
    public record Priced(double value, double[] rowPrices) {
    }

    /**
     * @param value   above every plan
     * @param optimum whether every block reached its LP's optimum (within 0.001 %): the value is then the LP's optimum
     */
    public record Bound(double value, boolean optimum) {
    }

    private final WorkingPlan plan;
    private final MasterSolver solver;

    /** Finds volunteers' best sets; {@link BestSet} tries them on a plan, so each thread needs its own. */
    private static final class Pricer {

        private final BestChain chains;
        private final BestSet search;
        private double ceiling;
        private int[] arcs;

        Pricer(AllocationInstance instance) {
            WorkingPlan own = new WorkingPlan(instance);
            chains = new BestChain(own);
            search = new BestSet(own);
        }

        /** The volunteer's best set's value; {@link #ceiling} and {@link #arcs} then describe it. */
        double price(int volunteer, double[] values) {
            if (chains.applies(volunteer)) {
                double best = chains.of(volunteer, values);
                ceiling = best;
                arcs = chains.arcs();
                return best;
            }
            double best = search.of(volunteer, values);
            ceiling = search.ceiling();
            arcs = IntStream.range(0, search.size()).map(search::arc).toArray();
            return best;
        }
    }

    /** One block's columns: each a volunteer's set of arcs, and the rows of the block's LP they enter. */
    private final class Master {

        private final int[] needs;
        private final int[] volunteers;
        private final Map<Integer, Integer> needRow = new HashMap<>();
        private final Map<Integer, Integer> volunteerRow = new HashMap<>();
        private final List<int[]> columns = new ArrayList<>();

        Master(int[] needs) {
            this.needs = needs;
            volunteers = Arrays.stream(needs).flatMap(need -> Arrays.stream(plan.arcsOfNeed[need]))
                    .map(plan::volunteerOf).distinct().toArray();
            for (int need : needs) {
                needRow.put(need, needRow.size());
            }
            for (int volunteer : volunteers) {
                volunteerRow.put(volunteer, needs.length + volunteerRow.size());
            }
        }

        SparseLp lp() {
            List<List<Integer>> rows = IntStream.range(0, needs.length + volunteers.length)
                    .mapToObj(row -> (List<Integer>) new ArrayList<Integer>()).toList();
            double[] objective = new double[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                int[] arcs = columns.get(c);
                for (int arc : arcs) {
                    rows.get(needRow.get(plan.needOf(arc))).add(c);
                    objective[c] += plan.arcValue[arc];
                }
                rows.get(volunteerRow.get(plan.volunteerOf(arcs[0]))).add(c);
            }
            List<SparseLp.Row> lpRows = new ArrayList<>(rows.size());
            for (int row = 0; row < rows.size(); row++) {
                int[] variables = rows.get(row).stream().mapToInt(Integer::intValue).toArray();
                double[] ones = new double[variables.length];
                Arrays.fill(ones, 1);
                lpRows.add(new SparseLp.Row(variables, ones, row < needs.length ? plan.positions[needs[row]] : 1));
            }
            return new SparseLp(objective, lpRows);
        }
    }

    private ConfigurationBound(AllocationInstance instance, MasterSolver solver) {
        plan = new WorkingPlan(instance);
        this.solver = solver;
    }

    /** The configuration LP's optimum, or where {@code limit} stops its column generation the lowest bound met above it. */
    public static Bound of(AllocationInstance instance, Allocation start, MasterSolver solver, Duration limit) {
        return new ConfigurationBound(instance, solver).everyBlock(start, System.nanoTime() + limit.toNanos());
    }

    private Bound everyBlock(Allocation start, long deadline) {
        List<int[]> blocks = Annealing.blocks(plan);
        int[] blockOf = Annealing.blockOfEachNeed(plan, blocks);
        Map<Integer, Map<Integer, List<Integer>>> startOf = start.assignments().stream().collect(Collectors.groupingBy(
                arc -> blockOf[arc.need()], Collectors.groupingBy(Arc::volunteer, Collectors.mapping(this::arcOf, Collectors.toList()))));
        Bound[] bounds = new Bound[blocks.size()];
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), blocks.size()));
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    Pricer pricer = new Pricer(plan.instance);
                    // smallest first: they converge in moments, and the largest then share the cores for the rest of the time
                    for (int b = blocks.size() - 1 - next.getAndIncrement(); b >= 0; b = blocks.size() - 1 - next.getAndIncrement()) {
                        Master master = new Master(blocks.get(b));
                        startOf.getOrDefault(b, Map.of()).values()
                                .forEach(arcs -> master.columns.add(arcs.stream().mapToInt(Integer::intValue).toArray()));
                        bounds[b] = generate(master, pricer, deadline);
                    }
                }));
            }
        }
        workers.forEach(ConfigurationBound::rethrow);
        // needs and volunteers outside every block have no arc: they add nothing
        return new Bound(Arrays.stream(bounds).mapToDouble(Bound::value).sum(), Arrays.stream(bounds).allMatch(Bound::optimum));
    }

    /** The plan's number for one of the instance's arcs, found among its volunteer's few arcs. */
    private int arcOf(Arc arc) {
        return Arrays.stream(plan.arcsOfVolunteer[arc.volunteer()]).filter(a -> plan.needOf(a) == arc.need()).findFirst().orElseThrow();
    }

    private static void rethrow(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lowest Lagrangian bound met on one block while generating its volunteers' sets. The first round prices every
     * need at zero, without an LP: however late the block comes, it has a bound.
     */
    private Bound generate(Master master, Pricer pricer, long deadline) {
        double lowest = Double.POSITIVE_INFINITY;
        double[] reduced = new double[plan.arcValue.length];
        for (boolean first = true; first || System.nanoTime() < deadline; first = false) {
            Optional<Priced> solved = first
                    ? Optional.of(new Priced(0, new double[master.needs.length + master.volunteers.length]))
                    : solver.solve(master.lp(), Duration.ofNanos(deadline - System.nanoTime()));
            if (solved.isEmpty()) {
                break;
            }
            double[] prices = solved.get().rowPrices();
            double bound = 0;
            for (int row = 0; row < master.needs.length; row++) {
                int need = master.needs[row];
                double price = Math.max(0, prices[row]);
                bound += plan.positions[need] * price;
                for (int arc : plan.arcsOfNeed[need]) {
                    reduced[arc] = plan.arcValue[arc] - price;
                }
            }
            List<int[]> improving = new ArrayList<>();
            for (int volunteer : master.volunteers) {
                double best = pricer.price(volunteer, reduced);
                bound += pricer.ceiling;
                if (pricer.arcs.length > 0 && best > prices[master.volunteerRow.get(volunteer)] + EPSILON) {
                    improving.add(pricer.arcs);
                }
            }
            lowest = Math.min(lowest, bound);
            double value = solved.get().value();
            if (improving.isEmpty() || lowest - value <= GAP * Math.abs(value)) {
                return new Bound(lowest, true);
            }
            master.columns.addAll(improving);
        }
        return new Bound(lowest, false);
    }
}
