package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.adapters.out.GlopLinearSolver;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Need;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class VolunteerSetBoundTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void threeNeedsThatClashPairwiseWithoutACommonMomentBoundOneVolunteerToOneNeedWhereTheArcLpSaysOneAndAHalf() {
        // each pair of needs shares a day, no day is shared by all three: the arc LP takes half of each
        var instance = new AllocationInstance(
                List.of(need("a", 0, 2), need("b", 2, 4), need("c", 4, 0)),
                List.of(new Volunteer("v", 48, 3, List.of())),
                List.of(new Arc(0, 0, 0), new Arc(0, 1, 0), new Arc(0, 2, 0)), Weights.DEFAULT);

        assertThat(new GlopLinearSolver().maximise(LinearRelaxation.of(instance), Duration.ofSeconds(10)))
                .hasValueCloseTo(1.5, offset(1e-6));
        assertThat(VolunteerSetBound.of(instance, Allocator.optimise(instance, Duration.ofSeconds(1)), Duration.ofSeconds(10))).isCloseTo(1, offset(1e-6));
    }

    @Test
    void onTheNominalInstanceTheConfigurationLpLiesBetweenTheOptimisersPlanAndTheArcLp() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        AllocationInstance instance = SyntheticNormandy.nominal(now).allocationInstance(now);
        Allocation plan = Allocator.optimise(instance, Duration.ofSeconds(1));

        double bound = VolunteerSetBound.of(instance, plan, Duration.ofMinutes(1));

        assertThat(bound).isGreaterThanOrEqualTo(plan.objective());
        assertThat(bound).isLessThan(new GlopLinearSolver().maximise(LinearRelaxation.blocks(instance), Duration.ofMinutes(1)).orElseThrow() - 5);
    }

    private static Need need(String id, int day, int otherDay) {
        return new Need(id, Urgency.NORMAL, 1, List.of(shift(day), shift(otherDay)).stream()
                .sorted(Comparator.comparing(ShiftSnapshot::start)).toList());
    }

    private static ShiftSnapshot shift(int day) {
        return new ShiftSnapshot(MONDAY.plusDays(day).atTime(7, 0), MONDAY.plusDays(day).atTime(19, 0));
    }
}
