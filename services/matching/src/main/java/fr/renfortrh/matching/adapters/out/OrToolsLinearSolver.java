package fr.renfortrh.matching.adapters.out;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import fr.renfortrh.matching.application.LinearSolver;
import fr.renfortrh.matching.domain.allocation.ConfigurationBound.Priced;
import fr.renfortrh.matching.domain.allocation.SparseLp;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Google OR-Tools (native library shipped in the OR-Tools jars for Linux x86-64 and arm64): GLOP's simplex proves an
 * LP's optimum; PDLP, a first-order method, prices the configuration LP's masters, on which the simplex stalls (they
 * are highly degenerate: on crisis GLOP took 26 s for one round where PDLP takes 2 to 8 s).
 */
@Component
public class OrToolsLinearSolver implements LinearSolver {

    @Override
    public OptionalDouble maximise(SparseLp lp, Duration limit) {
        return optimum(lp, "GLOP", false, limit);
    }

    @Override
    public Optional<Priced> solve(SparseLp lp, Duration limit) {
        Model model = new Model(lp, "PDLP", false, limit);
        try {
            return model.solve()
                    ? Optional.of(new Priced(model.solver.objective().value(),
                    Arrays.stream(model.rows).mapToDouble(MPConstraint::dualValue).toArray()))
                    : Optional.empty();
        } finally {
            model.solver.delete();
        }
    }

    /**
     * The optimum that OR-Tools' solver {@code solverId} proves within {@code limit}, each variable in [0, 1] or, when
     * {@code integer}, 0 or 1 (SCIP's branch and bound gives the best possible plan of small instances).
     */
    public static OptionalDouble optimum(SparseLp lp, String solverId, boolean integer, Duration limit) {
        Model model = new Model(lp, solverId, integer, limit);
        try {
            return model.solve() ? OptionalDouble.of(model.solver.objective().value()) : OptionalDouble.empty();
        } finally {
            model.solver.delete();
        }
    }

    /** The LP in one of OR-Tools' solvers, which must be deleted after use (native memory). */
    private static final class Model {

        final MPSolver solver;
        final MPConstraint[] rows;

        Model(SparseLp lp, String solverId, boolean integer, Duration limit) {
            Loader.loadNativeLibraries();
            solver = MPSolver.createSolver(solverId);
            MPVariable[] x = new MPVariable[lp.objective().length];
            MPObjective objective = solver.objective();
            for (int i = 0; i < x.length; i++) {
                x[i] = integer ? solver.makeIntVar(0, 1, "") : solver.makeNumVar(0, 1, "");
                objective.setCoefficient(x[i], lp.objective()[i]);
            }
            objective.setMaximization();
            rows = new MPConstraint[lp.rows().size()];
            for (int r = 0; r < rows.length; r++) {
                SparseLp.Row row = lp.rows().get(r);
                rows[r] = solver.makeConstraint(Double.NEGATIVE_INFINITY, row.limit(), "");
                for (int i = 0; i < row.variables().length; i++) {
                    rows[r].setCoefficient(x[row.variables()[i]], row.coefficients()[i]);
                }
            }
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
        }

        boolean solve() {
            return solver.solve() == MPSolver.ResultStatus.OPTIMAL;
        }
    }
}
