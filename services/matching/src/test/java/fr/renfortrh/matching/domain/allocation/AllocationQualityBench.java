package fr.renfortrh.matching.domain.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.adapters.out.GlopLinearSolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code ./renfort bench allocation}: on the synthetic instances, the regional optimiser against the LP
 * upper bound (or, where GLOP does not finish, a dual bound above it), first-come-first-served and urgency-first greedy. Runs in-process (no stack needed).
 * Arguments: the Markdown file to write, then instance names (default: nominal crisis).
 */
public final class AllocationQualityBench {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    /** The optimiser's time per instance: the targets' (nominal 1 s, crisis 10 s). */
    private static final Map<String, Duration> OPTIMISER_BUDGET = Map.of("nominal", Duration.ofSeconds(1));
    private static final Duration DEFAULT_OPTIMISER_BUDGET = Duration.ofSeconds(10);
    private static final Duration LP_LIMIT = Duration.ofMinutes(1);
    private static final Duration DUAL_BUDGET = Duration.ofMinutes(2);
    private static final Duration MIP_LIMIT = Duration.ofMinutes(2);
    /** Subgradient steps of the volunteer-set bound; on crisis its run time is not known yet, so nominal only. */
    private static final int SET_BOUND_STEPS = 1_000;

    public static void main(String[] args) throws IOException {
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("nominal", "crisis");
        List<String> lines = new ArrayList<>(List.of(
                "| Instance | Volunteers | Needs | Positions | Eligible pairs | Method | Objective | % of bound | Positions covered | Time |",
                "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|"));
        for (String name : names) {
            SyntheticNormandy data = SyntheticNormandy.named(name, NOW);
            long started = System.nanoTime();
            AllocationInstance instance = data.allocationInstance(NOW);
            Duration building = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("%s: %d needs, %d positions, %d pairs, built in %s%n", name, instance.needs().size(),
                    instance.positions(), instance.arcs().size(), seconds(building));

            started = System.nanoTime();
            List<SparseLp> blocks = LinearRelaxation.blocks(instance);
            System.out.printf("%s: LP in %d independent blocks, the largest with %,d variables%n", name, blocks.size(),
                    blocks.stream().mapToInt(b -> b.objective().length).max().orElse(0));
            OptionalDouble lpOptimum = new GlopLinearSolver().maximise(blocks, LP_LIMIT);
            Duration lpTime = Duration.ofNanos(System.nanoTime() - started);
            started = System.nanoTime();
            double dual = DualBound.of(blocks, DUAL_BUDGET);
            Duration dualTime = Duration.ofNanos(System.nanoTime() - started);
            double bound = lpOptimum.isPresent() ? Math.min(lpOptimum.getAsDouble(), dual) : dual;
            List<Allocation> plans = List.of(Baselines.firstComeFirstServed(instance), Baselines.urgencyFirst(instance),
                    Allocator.optimise(instance, OPTIMISER_BUDGET.getOrDefault(name, DEFAULT_OPTIMISER_BUDGET)));
            List<String> methods = List.of("First come, first served", "Urgency-first greedy", "**Regional optimiser**");
            String head = String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d ", name, data.volunteers().size(),
                    data.needs().size(), instance.positions(), instance.arcs().size());
            for (int i = 0; i < plans.size(); i++) {
                Allocation plan = plans.get(i);
                lines.add(head + String.format(Locale.ROOT, "| %s | %.1f | %s | %,d | %s |", methods.get(i),
                        plan.objective(), String.format(Locale.ROOT, "%.2f %%", 100 * plan.objective() / bound),
                        plan.positionsCovered(), seconds(plan.elapsed())));
                AllocatorTest.assertFeasible(instance, plan);
            }
            if (name.equals("nominal")) {
                started = System.nanoTime();
                double setBound = VolunteerSetBound.of(instance, plans.getLast().objective(), SET_BOUND_STEPS);
                lines.add(head + String.format(Locale.ROOT, "| Volunteer-set bound (Lagrangian, each volunteer's rules exact) | %.1f | %s | | %s |",
                        setBound, String.format(Locale.ROOT, "optimiser %.2f %%", 100 * plans.getLast().objective() / setBound),
                        seconds(Duration.ofNanos(System.nanoTime() - started))));
                started = System.nanoTime();
                OptionalDouble optimum = exactOptimum(LinearRelaxation.of(instance), MIP_LIMIT);
                lines.add(head + String.format(Locale.ROOT, "| Best possible plan (SCIP, integer) | %s | %s | | %s |",
                        optimum.isPresent() ? String.format(Locale.ROOT, "%.1f", optimum.getAsDouble()) : "not proved in " + MIP_LIMIT.toMinutes() + " min",
                        optimum.isPresent() ? String.format(Locale.ROOT, "%.2f %%", 100 * optimum.getAsDouble() / bound) : "n/a",
                        seconds(Duration.ofNanos(System.nanoTime() - started))));
            }
            lines.add(head + String.format(Locale.ROOT, "| LP optimum (GLOP), the tightest bound | %s | %s | | %s |",
                    lpOptimum.isPresent() ? String.format(Locale.ROOT, "%.1f", lpOptimum.getAsDouble()) : "not proved in " + LP_LIMIT.toMinutes() + " min",
                    lpOptimum.isPresent() ? "100 %" : "", seconds(lpTime)));
            lines.add(head + String.format(Locale.ROOT, "| Dual bound (row prices, above the LP optimum) | %.1f | %s | | %s |",
                    dual, lpOptimum.isPresent() ? "" : "100 %", seconds(dualTime)));
        }
        lines.add("");
        lines.add("% of bound: against the LP optimum when GLOP proves it, otherwise against the dual bound — any prices on the rows give "
                + "an upper bound by weak duality, so that percentage understates how close the plan is to the LP optimum. "
                + "Both bounds are above the best possible plan (integrality gap): a plan can reach the integer optimum, not the bound. "
                + "The LP is solved block by block (needs and volunteers of different professions never share a row). "
                + "The volunteer-set bound is also above every plan, and below the LP optimum: each volunteer's set of needs "
                + "is chosen exactly under all their rules, where the LP only has rows for them; its line gives the optimiser's "
                + "objective as a percentage of it.");
        lines.add("");
        lines.add("Objective: urgency-weighted positions covered (critical 4, high 2, normal 1) minus 0.005 per km of travel. "
                + "Every plan was checked against every hard rule. Instances are seeded: rerunning gives the same data.");
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        Files.writeString(Path.of(args[0]), table);
    }

    /** The integer optimum, proved by SCIP's branch and bound within {@code limit} (only small instances finish). */
    static OptionalDouble exactOptimum(SparseLp lp, Duration limit) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        try {
            MPVariable[] x = new MPVariable[lp.objective().length];
            for (int i = 0; i < x.length; i++) {
                x[i] = solver.makeIntVar(0, 1, "");
                solver.objective().setCoefficient(x[i], lp.objective()[i]);
            }
            solver.objective().setMaximization();
            for (SparseLp.Row row : lp.rows()) {
                MPConstraint constraint = solver.makeConstraint(Double.NEGATIVE_INFINITY, row.limit(), "");
                for (int i = 0; i < row.variables().length; i++) {
                    constraint.setCoefficient(x[row.variables()[i]], row.coefficients()[i]);
                }
            }
            solver.setTimeLimit(limit.toMillis());
            return solver.solve() == MPSolver.ResultStatus.OPTIMAL
                    ? OptionalDouble.of(solver.objective().value()) : OptionalDouble.empty();
        } finally {
            solver.delete();
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }
}
