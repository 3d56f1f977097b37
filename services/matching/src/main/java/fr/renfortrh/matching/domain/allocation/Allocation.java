package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.util.List;

/**
 * A plan: who fills which position. {@code objective} is what the solver maximises (urgency-weighted
 * positions covered minus travel); {@code weightedCoverage} leaves travel out.
 */
public record Allocation(List<Arc> assignments, double objective, double weightedCoverage, int positionsCovered,
                         Duration elapsed) {

    public Allocation {
        assignments = List.copyOf(assignments);
    }

    static Allocation of(AllocationInstance instance, List<Arc> assignments, Duration elapsed) {
        double objective = assignments.stream().mapToDouble(instance::value).sum();
        double coverage = assignments.stream()
                .mapToDouble(arc -> instance.weights().of(instance.needs().get(arc.need()).urgency())).sum();
        return new Allocation(assignments, objective, coverage, assignments.size(), elapsed);
    }
}
