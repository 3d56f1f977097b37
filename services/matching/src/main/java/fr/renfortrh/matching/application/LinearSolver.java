package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.allocation.SparseLp;

import java.time.Duration;
import java.util.OptionalDouble;

/** Solves linear programs (port): the optimum, or empty when it was not proved within the time limit. */
public interface LinearSolver {

    OptionalDouble maximise(SparseLp lp, Duration limit);
}
