package fr.renfortrh.matching.domain.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The configuration LP, tighter than the arc LP: one variable per volunteer and set of needs they can take
 * together under every one of their rules (no clash, rest, weekly hours, requests), at most one set per
 * volunteer and each need's positions. At any prices {@code y ≥ 0} on the needs,
 * {@code Σ positions·y + Σ over volunteers of their best set (each arc worth its value minus its need's price)}
 * is above every plan (Lagrangian bound: each plan gives each volunteer one such set), and its lowest value over all
 * prices is the configuration LP's optimum. Each volunteer's best set is found exactly: by {@link BestChain} where
 * their sets are chains in time, otherwise depth-first by {@link BestSet}. Two ways to lower the bound, each returning
 * the lowest it met, so that it holds wherever the time limit stops them:
 * <ul>
 * <li>{@link #of}: GLOP solves the LP over the sets generated so far, starting from the plan's, and each volunteer's
 * best set at its dual prices is added while it improves the LP — the optimum itself once none does;</li>
 * <li>{@link #bySubgradient}: no LP, the prices move against the excess or lack of volunteers each need gets in the
 * best sets, a step sized by the gap to the plan's value — for instances whose master LP takes minutes per round.</li>
 * </ul>
 */
final class VolunteerSetBound {

    private static final double EPSILON = 1e-9;
    /** Subgradient rounds without a lower bound after which the step's share of the gap is halved. */
    private static final int PATIENCE = 8;
    /**
     * The smallest share: steps kept at least this large go on finding lower bounds (the lowest is kept, so a step up
     * costs nothing); halving without end stalled the descent on nominal 0.9 above the LP's optimum.
     */
    private static final double SMALLEST_SHARE = 1.0 / 32;

    private final WorkingPlan plan;
    private final double[] reduced;
    /** One pricer per stripe of volunteers (volunteer modulo their count), each with its own plan to search on. */
    private final List<Pricer> pricers;

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

    private VolunteerSetBound(AllocationInstance instance, int threads) {
        plan = new WorkingPlan(instance);
        reduced = new double[plan.arcValue.length];
        pricers = IntStream.range(0, threads).mapToObj(t -> new Pricer(instance)).toList();
    }

    /** The lowest Lagrangian bound met while generating sets for at most {@code limit}, the plan's sets first. */
    static double of(AllocationInstance instance, Allocation plan, Duration limit) {
        return new VolunteerSetBound(instance, 1).generate(plan, System.nanoTime() + limit.toNanos());
    }

    /** The lowest Lagrangian bound met in at most {@code limit}, from prices the plan suggests, on every core. */
    static double bySubgradient(AllocationInstance instance, Allocation plan, Duration limit) {
        return new VolunteerSetBound(instance, Runtime.getRuntime().availableProcessors())
                .descend(plan, System.nanoTime() + limit.toNanos());
    }

    private double generate(Allocation start, long deadline) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        Pricer pricer = pricers.getFirst();
        try {
            MPConstraint[] needRows = new MPConstraint[plan.needCount];
            for (int n = 0; n < needRows.length; n++) {
                needRows[n] = solver.makeConstraint(Double.NEGATIVE_INFINITY, plan.positions[n], "");
            }
            MPConstraint[] volunteerRows = new MPConstraint[plan.volunteerCount];
            for (int v = 0; v < volunteerRows.length; v++) {
                volunteerRows[v] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1, "");
            }
            solver.objective().setMaximization();
            Map<Arc, Integer> index = InstanceExport.arcIndex(plan.instance);
            start.assignments().stream().collect(Collectors.groupingBy(Arc::volunteer)).forEach((volunteer, arcs) ->
                    addColumn(solver, needRows, volunteerRows[volunteer], arcs.stream().mapToInt(index::get).toArray()));
            double lowest = Double.POSITIVE_INFINITY;
            double[] prices = new double[plan.needCount];
            while (System.nanoTime() < deadline) {
                solver.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                    break;
                }
                double[] volunteerPrices = Arrays.stream(volunteerRows).mapToDouble(MPConstraint::dualValue).toArray();
                double bound = 0;
                for (int n = 0; n < prices.length; n++) {
                    prices[n] = Math.max(0, needRows[n].dualValue());
                    bound += plan.positions[n] * prices[n];
                }
                netValues(prices);
                int added = 0;
                for (int v = 0; v < plan.volunteerCount; v++) {
                    double best = pricer.price(v, reduced);
                    bound += pricer.ceiling;
                    if (best > volunteerPrices[v] + EPSILON) {
                        addColumn(solver, needRows, volunteerRows[v], pricer.arcs);
                        added++;
                    }
                }
                lowest = Math.min(lowest, bound);
                if (added == 0) {
                    break; // no set improves the LP: it is at the configuration LP's optimum, and so is the bound
                }
            }
            return lowest;
        } finally {
            solver.delete();
        }
    }

    private double descend(Allocation start, long deadline) {
        Blocks blocks = new Blocks(plan);
        Map<Arc, Integer> index = InstanceExport.arcIndex(plan.instance);
        double[] prices = startingPrices(start, index);
        double[] planValue = new double[blocks.count];
        start.assignments().forEach(arc -> planValue[blocks.ofNeed[arc.need()]] += plan.arcValue[index.get(arc)]);
        double[] lowest = new double[blocks.count];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        double[] share = new double[blocks.count];
        Arrays.fill(share, 1);
        int[] fruitless = new int[blocks.count];
        double[] bound = new double[blocks.count];
        double[] norm = new double[blocks.count];
        double[] setValue = new double[plan.volunteerCount];
        int[][] takers = new int[pricers.size()][plan.needCount];
        double[] gradient = new double[plan.needCount];
        while (System.nanoTime() < deadline) {
            netValues(prices);
            IntStream.range(0, pricers.size()).parallel().forEach(stripe -> priceStripe(stripe, setValue, takers[stripe]));
            Arrays.fill(bound, 0);
            Arrays.fill(norm, 0);
            for (int v = 0; v < plan.volunteerCount; v++) {
                bound[blocks.ofVolunteer[v]] += setValue[v];
            }
            for (int n = 0; n < plan.needCount; n++) {
                int taken = 0;
                for (int[] stripe : takers) {
                    taken += stripe[n];
                }
                // the bound's slope in the need's price; a price at zero cannot go lower
                gradient[n] = prices[n] <= 0 && taken < plan.positions[n] ? 0 : plan.positions[n] - taken;
                bound[blocks.ofNeed[n]] += plan.positions[n] * prices[n];
                norm[blocks.ofNeed[n]] += gradient[n] * gradient[n];
            }
            for (int b = 0; b < blocks.count; b++) {
                if (bound[b] < lowest[b] - EPSILON) {
                    lowest[b] = bound[b];
                    fruitless[b] = 0;
                } else if (++fruitless[b] == PATIENCE) {
                    share[b] = Math.max(SMALLEST_SHARE, share[b] / 2);
                    fruitless[b] = 0;
                }
            }
            for (int n = 0; n < plan.needCount; n++) {
                int b = blocks.ofNeed[n];
                if (norm[b] > 0) { // otherwise the best sets fill the block's needs exactly: no prices do better
                    prices[n] = Math.max(0, prices[n] - share[b] * (bound[b] - planValue[b]) / norm[b] * gradient[n]);
                }
            }
        }
        return Arrays.stream(lowest).sum();
    }

    /**
     * The instance's independent parts ({@link Annealing#blocks}), with the needs and volunteers no arc joins in a part of
     * their own. Their bounds add up, and each gets its own step: one part's large excess would otherwise set every
     * part's step.
     */
    private static final class Blocks {

        final int count;
        final int[] ofNeed;
        final int[] ofVolunteer;

        Blocks(WorkingPlan plan) {
            List<int[]> blocks = Annealing.blocks(plan);
            count = blocks.size() + 1;
            ofNeed = Annealing.blockOfEachNeed(plan, blocks);
            ofVolunteer = Arrays.stream(plan.arcsOfVolunteer)
                    .mapToInt(arcs -> arcs.length == 0 ? blocks.size() : ofNeed[plan.needOf(arcs[0])]).toArray();
        }
    }

    /** Prices the volunteers of one stripe: each one's best set's value into {@code setValue}, each need's takers into {@code takers}. */
    private void priceStripe(int stripe, double[] setValue, int[] takers) {
        Arrays.fill(takers, 0);
        Pricer pricer = pricers.get(stripe);
        for (int v = stripe; v < plan.volunteerCount; v += pricers.size()) {
            pricer.price(v, reduced);
            setValue[v] = pricer.ceiling;
            for (int arc : pricer.arcs) {
                takers[plan.needOf(arc)]++;
            }
        }
    }

    /**
     * A price per need from the plan: 90 % of the least valuable arc filling it where every position is filled and
     * volunteers are left over — what keeping the plan's sets would roughly cost them.
     */
    private double[] startingPrices(Allocation start, Map<Arc, Integer> index) {
        double[] prices = new double[plan.needCount];
        Arrays.fill(prices, Double.POSITIVE_INFINITY);
        int[] filled = new int[plan.needCount];
        for (Arc arc : start.assignments()) {
            filled[arc.need()]++;
            prices[arc.need()] = Math.min(prices[arc.need()], plan.arcValue[index.get(arc)]);
        }
        for (int n = 0; n < prices.length; n++) {
            boolean contested = filled[n] >= plan.positions[n] && plan.arcsOfNeed[n].length > plan.positions[n];
            prices[n] = contested ? 0.9 * prices[n] : 0;
        }
        return prices;
    }

    /** Each arc's value net of its need's price, into {@link #reduced}. */
    private void netValues(double[] prices) {
        for (int arc = 0; arc < reduced.length; arc++) {
            reduced[arc] = plan.arcValue[arc] - prices[plan.needOf(arc)];
        }
    }

    private void addColumn(MPSolver solver, MPConstraint[] needRows, MPConstraint volunteerRow, int[] arcs) {
        MPVariable column = solver.makeNumVar(0, 1, "");
        double value = 0;
        for (int arc : arcs) {
            needRows[plan.needOf(arc)].setCoefficient(column, 1);
            value += plan.arcValue[arc];
        }
        volunteerRow.setCoefficient(column, 1);
        solver.objective().setCoefficient(column, value);
    }
}
