package fr.renfortrh.matching.domain.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The configuration LP, tighter than the arc LP: one variable per volunteer and set of needs they can take
 * together under every one of their rules (no clash, rest, weekly hours, requests), at most one set per
 * volunteer and each need's positions. GLOP solves it over the sets generated so far, starting from the plan's;
 * each volunteer's best set at the needs' dual prices is then found exactly (depth-first, at most their requests
 * deep) and added while it improves the LP. At any prices {@code y ≥ 0} on the needs,
 * {@code Σ positions·y + Σ over volunteers of their best set (each arc worth its value minus its need's price)}
 * is above every plan (Lagrangian bound: each plan gives each volunteer one such set); the lowest such bound is
 * returned — the configuration LP's optimum once no set improves it, and a valid bound wherever the time limit or
 * the search's node budget stops it.
 */
final class VolunteerSetBound {

    private static final double EPSILON = 1e-9;

    private final WorkingPlan plan;
    private final BestSet search;
    private final double[] reduced;

    private VolunteerSetBound(AllocationInstance instance) {
        plan = new WorkingPlan(instance);
        search = new BestSet(plan);
        reduced = new double[plan.arcValue.length];
    }

    /** The lowest Lagrangian bound met while generating sets for at most {@code limit}, the plan's sets first. */
    static double of(AllocationInstance instance, Allocation plan, Duration limit) {
        return new VolunteerSetBound(instance).generate(plan, System.nanoTime() + limit.toNanos());
    }

    private double generate(Allocation start, long deadline) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
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
                for (int arc = 0; arc < reduced.length; arc++) {
                    reduced[arc] = plan.arcValue[arc] - prices[plan.needOf(arc)];
                }
                int added = 0;
                for (int v = 0; v < plan.volunteerCount; v++) {
                    double best = search.of(v, reduced);
                    bound += search.ceiling();
                    if (best > volunteerPrices[v] + EPSILON) {
                        addColumn(solver, needRows, volunteerRows[v], IntStream.range(0, search.size()).map(search::arc).toArray());
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
