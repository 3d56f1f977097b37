package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.adapters.out.OrToolsLinearSolver;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fr.renfortrh.matching.domain.allocation.AllocatorTest.day;
import static fr.renfortrh.matching.domain.allocation.AllocatorTest.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ConfigurationBoundTest {

    @Test
    void threeNeedsThatClashPairwiseWithoutACommonMomentBoundOneVolunteerToOneNeedWhereTheArcLpSaysOneAndAHalf() {
        // each pair of needs shares a day, no day is shared by all three: the arc LP takes half of each
        var instance = new AllocationInstance(
                List.of(need(Urgency.NORMAL, 1, day(0), day(2)), need(Urgency.NORMAL, 1, day(2), day(4)),
                        need(Urgency.NORMAL, 1, day(0), day(4))),
                List.of(new Volunteer("v", 48, 3, List.of())),
                List.of(new Arc(0, 0, 0), new Arc(0, 1, 0), new Arc(0, 2, 0)), Weights.DEFAULT);

        assertThat(new OrToolsLinearSolver().maximise(LinearRelaxation.of(instance), Duration.ofSeconds(10)))
                .hasValueCloseTo(1.5, offset(1e-6));
        Allocation plan = Allocator.optimise(instance, Duration.ofSeconds(1));
        assertThat(ConfigurationBound.of(instance, plan, new OrToolsLinearSolver(), Duration.ofSeconds(10)).value()).isCloseTo(1, offset(1e-6));
    }

    @Test
    void needsThatInterleaveInTimeWithoutClashingArePricedBySearchAndCountTogether() {
        var instance = BestChainTest.interleavingNeeds(); // not a chain, yet one volunteer holds both
        Allocation plan = Allocator.optimise(instance, Duration.ofSeconds(1));

        assertThat(ConfigurationBound.of(instance, plan, new OrToolsLinearSolver(), Duration.ofSeconds(10)).value()).isCloseTo(2, offset(1e-6));
    }

    @Test
    void onTheNominalInstanceTheConfigurationLpLiesBetweenTheBestPossiblePlanAndTheArcLp() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        AllocationInstance instance = SyntheticNormandy.nominal(now).allocationInstance(now);
        Allocation plan = Allocator.optimise(instance, Duration.ofSeconds(1));

        ConfigurationBound.Bound bound = ConfigurationBound.of(instance, plan, new OrToolsLinearSolver(), Duration.ofMinutes(1));

        double optimum = AllocationQualityBench.exactOptimum(LinearRelaxation.of(instance), Duration.ofMinutes(2)).orElseThrow();
        assertThat(bound.optimum()).isTrue();
        assertThat(bound.value()).isBetween(optimum - 1e-6, optimum + 1);
        double arcLp = new OrToolsLinearSolver().maximise(LinearRelaxation.blocks(instance), Duration.ofMinutes(1)).orElseThrow();
        assertThat(bound.value()).isLessThan(arcLp - 5);
    }
}
