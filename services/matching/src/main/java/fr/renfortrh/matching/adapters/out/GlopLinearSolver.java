package fr.renfortrh.matching.adapters.out;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.application.LinearSolver;
import fr.renfortrh.matching.domain.allocation.SparseLp;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalDouble;

/** Google OR-Tools' GLOP simplex (native library shipped in the OR-Tools jars for Linux x86-64 and arm64). */
@Component
public class GlopLinearSolver implements LinearSolver {

    @Override
    public OptionalDouble maximise(SparseLp lp, Duration limit) {
        return optimum(lp, "GLOP", false, limit);
    }

    /**
     * The optimum that OR-Tools' solver {@code solverId} proves within {@code limit}, each variable in [0, 1] or, when
     * {@code integer}, 0 or 1 (SCIP's branch and bound gives the best possible plan of small instances).
     */
    public static OptionalDouble optimum(SparseLp lp, String solverId, boolean integer, Duration limit) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver(solverId);
        try {
            MPVariable[] x = new MPVariable[lp.objective().length];
            MPObjective objective = solver.objective();
            for (int i = 0; i < x.length; i++) {
                x[i] = integer ? solver.makeIntVar(0, 1, "") : solver.makeNumVar(0, 1, "");
                objective.setCoefficient(x[i], lp.objective()[i]);
            }
            objective.setMaximization();
            for (SparseLp.Row row : lp.rows()) {
                MPConstraint constraint = solver.makeConstraint(Double.NEGATIVE_INFINITY, row.limit(), "");
                for (int i = 0; i < row.variables().length; i++) {
                    constraint.setCoefficient(x[row.variables()[i]], row.coefficients()[i]);
                }
            }
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            return solver.solve() == MPSolver.ResultStatus.OPTIMAL
                    ? OptionalDouble.of(objective.value())
                    : OptionalDouble.empty();
        } finally {
            solver.delete();
        }
    }
}
