package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.allocation.ConfigurationBound;
import fr.renfortrh.matching.domain.allocation.SparseLp;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Solves linear programs (port): the optimum, or empty when it was not proved within the time limit; and the
 * configuration LP's masters with their rows' prices ({@link ConfigurationBound.MasterSolver}).
 */
public interface LinearSolver extends ConfigurationBound.MasterSolver {

    OptionalDouble maximise(SparseLp lp, Duration limit);

    /** The sum of independent blocks' optima, or empty when one of them is not proved within the overall limit. */
    default OptionalDouble maximise(List<SparseLp> blocks, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        double sum = 0;
        for (SparseLp block : blocks) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            OptionalDouble optimum = left.isNegative() ? OptionalDouble.empty() : maximise(block, left);
            if (optimum.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += optimum.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }
}
