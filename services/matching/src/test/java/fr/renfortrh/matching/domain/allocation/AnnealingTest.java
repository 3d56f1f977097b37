package fr.renfortrh.matching.domain.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AnnealingTest {

    @Test
    void fromAnEmptyPlanTheSearchComesWithinHalfAPercentOfTheBestPossiblePlans() {
        double found = 0;
        double best = 0;
        for (int seed = 1; seed <= 15; seed++) {
            AllocationInstance instance = AllocatorTest.random(new SplittableRandom(seed));
            WorkingPlan plan = new WorkingPlan(instance);

            Annealing.everyBlock(plan, System.nanoTime() + Duration.ofSeconds(5).toNanos());

            Allocation allocation = plan.toAllocation(Duration.ZERO);
            AllocatorTest.assertFeasible(instance, allocation);
            found += allocation.objective();
            best += integerOptimum(LinearRelaxation.of(instance));
        }
        assertThat(found / best).isGreaterThan(0.995);
    }

    /** The best possible plan, proved by SCIP (instant at this size). */
    static double integerOptimum(SparseLp lp) {
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
            assertThat(solver.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            return solver.objective().value();
        } finally {
            solver.delete();
        }
    }
}
