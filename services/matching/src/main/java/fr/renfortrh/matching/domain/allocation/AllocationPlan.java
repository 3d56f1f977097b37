package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A regional allocation an ARS operator asked for: what was selected and how positions were weighted, the
 * plan (who would be asked for what), the positions it leaves uncovered and why, and — once applied — what
 * was sent. Plans are kept so that what-if variants can be compared side by side.
 */
public record AllocationPlan(String id, Instant createdAt, String createdBy, Selection selection, Weights weights,
                             Summary summary, List<Assignment> assignments, List<Shortfall> shortfalls,
                             Instant appliedAt, Applied applied) {

    /** Open needs whose first shift falls between {@code from} and {@code to}; empty lists mean "all". */
    public record Selection(List<String> departments, List<Profession> professions, List<Urgency> urgencies,
                            LocalDate from, LocalDate to) {
    }

    /**
     * @param positions     positions the plan may fill
     * @param positionsHeld positions of the selected needs left out of the plan: already asked for (an answer is
     *                      awaited) or filled; null in plans made before it was counted
     * @param upperBound    the LP relaxation's optimum when it was proved in time, else null
     * @param gap           1 − objective / upperBound, when known
     */
    public record Summary(int needs, int positions, Integer positionsHeld, int volunteers, int eligiblePairs,
                          int positionsCovered, double objective, double weightedCoverage, Double upperBound,
                          Boolean boundIsLpOptimum, Double gap, long solveMillis, long boundMillis) {
    }

    public record Assignment(String needId, String establishmentName, Profession profession, Urgency urgency,
                             String department, LocalDateTime firstShift, int shifts, String volunteerId,
                             String initials, String distance) {
    }

    /** @param eligible volunteers past the hard filters for this need */
    public record Shortfall(String needId, String establishmentName, Profession profession, Urgency urgency,
                            String department, LocalDateTime firstShift, int missing, int eligible, String reason) {
    }

    /** @param refusals why some requests could not be sent (the volunteer changed meanwhile, budget reached…) */
    public record Applied(int sent, int refused, List<String> refusals) {
    }

    public AllocationPlan {
        // absent when only the summaries of plans were read
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }

    public boolean wasApplied() {
        return appliedAt != null;
    }

    public AllocationPlan applied(Instant at, Applied outcome) {
        return new AllocationPlan(id, createdAt, createdBy, selection, weights, summary, assignments, shortfalls, at, outcome);
    }
}
