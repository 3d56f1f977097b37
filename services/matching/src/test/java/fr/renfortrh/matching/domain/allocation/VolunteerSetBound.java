package fr.renfortrh.matching.domain.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The configuration LP, tighter than the arc LP: one variable per volunteer and set of needs they can take
 * together under every one of their rules (no clash, rest, weekly hours, requests), at most one set per
 * volunteer and each need's positions. Solved by column generation, block by block ({@link Annealing#blocks}: the
 * instance's independent parts, whose optima add up), the blocks on every core: PDLP solves each block's LP over the
 * sets generated so far, starting from the plan's, and each volunteer's best set at its dual prices is added while it
 * improves the LP. Each volunteer's best set is found exactly: by {@link BestChain} where their sets are chains in
 * time, otherwise depth-first by {@link BestSet}.
 * <p>
 * What is returned is always a proved upper bound, whatever the solver's accuracy or the time limit: at any prices
 * {@code y ≥ 0} on the needs, {@code Σ positions·y + Σ over volunteers of their best set (each arc worth its value
 * minus its need's price)} is above every plan (Lagrangian bound: each plan gives each volunteer one such set), and
 * each block's lowest such value met is kept. At the LP's optimum prices it equals the LP's optimum.
 * PDLP rather than GLOP: on crisis's largest blocks GLOP's simplex took half a minute per round by its sixth round,
 * the master being highly degenerate, where PDLP takes 2 to 8 s and converges in about 30 rounds.
 */
final class VolunteerSetBound {

    private static final double EPSILON = 1e-9;
    /** A block is done when its bound comes within this share of its LP's value: 0.1 on crisis's largest. */
    private static final double GAP = 1e-5;

    private final WorkingPlan plan;
    private final Map<Arc, Integer> index;

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

    private VolunteerSetBound(AllocationInstance instance) {
        plan = new WorkingPlan(instance);
        index = InstanceExport.arcIndex(instance);
    }

    /** The configuration LP's optimum, or where {@code limit} stops its column generation the lowest bound met above it. */
    static double of(AllocationInstance instance, Allocation plan, Duration limit) {
        return new VolunteerSetBound(instance).everyBlock(plan, System.nanoTime() + limit.toNanos());
    }

    private double everyBlock(Allocation start, long deadline) {
        Loader.loadNativeLibraries();
        List<int[]> blocks = Annealing.blocks(plan);
        int[] blockOf = Annealing.blockOfEachNeed(plan, blocks);
        Map<Integer, List<Arc>> startOf = start.assignments().stream().collect(Collectors.groupingBy(arc -> blockOf[arc.need()]));
        double[] bounds = new double[blocks.size()];
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), blocks.size()));
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    Pricer pricer = new Pricer(plan.instance);
                    for (int b = next.getAndIncrement(); b < blocks.size(); b = next.getAndIncrement()) { // largest first
                        bounds[b] = generate(blocks.get(b), startOf.getOrDefault(b, List.of()), pricer, deadline);
                    }
                }));
            }
        }
        workers.forEach(VolunteerSetBound::rethrow);
        return Arrays.stream(bounds).sum(); // needs and volunteers outside every block have no arc: they add nothing
    }

    private static void rethrow(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lowest Lagrangian bound met on one block while generating its volunteers' sets, the plan's first. */
    private double generate(int[] needs, List<Arc> start, Pricer pricer, long deadline) {
        int[] volunteers = Arrays.stream(needs).flatMap(need -> Arrays.stream(plan.arcsOfNeed[need]))
                .map(plan::volunteerOf).distinct().toArray();
        MPSolver solver = MPSolver.createSolver("PDLP");
        try {
            Map<Integer, MPConstraint> needRows = new HashMap<>();
            for (int need : needs) {
                needRows.put(need, solver.makeConstraint(Double.NEGATIVE_INFINITY, plan.positions[need], ""));
            }
            Map<Integer, MPConstraint> volunteerRows = new HashMap<>();
            for (int volunteer : volunteers) {
                volunteerRows.put(volunteer, solver.makeConstraint(Double.NEGATIVE_INFINITY, 1, ""));
            }
            solver.objective().setMaximization();
            start.stream().collect(Collectors.groupingBy(Arc::volunteer)).forEach((volunteer, arcs) -> addColumn(solver,
                    needRows, volunteerRows.get(volunteer), arcs.stream().mapToInt(index::get).toArray()));
            double lowest = Double.POSITIVE_INFINITY;
            double[] reduced = new double[plan.arcValue.length];
            while (System.nanoTime() < deadline) {
                solver.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                    break;
                }
                double bound = 0;
                for (int need : needs) {
                    double price = Math.max(0, needRows.get(need).dualValue());
                    bound += plan.positions[need] * price;
                    for (int arc : plan.arcsOfNeed[need]) {
                        reduced[arc] = plan.arcValue[arc] - price;
                    }
                }
                Map<Integer, int[]> improving = new HashMap<>();
                for (int volunteer : volunteers) {
                    double best = pricer.price(volunteer, reduced);
                    bound += pricer.ceiling;
                    if (best > volunteerRows.get(volunteer).dualValue() + EPSILON) {
                        improving.put(volunteer, pricer.arcs);
                    }
                }
                lowest = Math.min(lowest, bound);
                double value = solver.objective().value();
                if (improving.isEmpty() || lowest - value <= GAP * Math.abs(value)) {
                    break; // at the LP's optimum, within the gap
                }
                improving.forEach((volunteer, arcs) -> addColumn(solver, needRows, volunteerRows.get(volunteer), arcs));
            }
            return lowest;
        } finally {
            solver.delete();
        }
    }

    private void addColumn(MPSolver solver, Map<Integer, MPConstraint> needRows, MPConstraint volunteerRow, int[] arcs) {
        MPVariable column = solver.makeNumVar(0, 1, "");
        double value = 0;
        for (int arc : arcs) {
            needRows.get(plan.needOf(arc)).setCoefficient(column, 1);
            value += plan.arcValue[arc];
        }
        volunteerRow.setCoefficient(column, 1);
        solver.objective().setCoefficient(column, value);
    }
}
