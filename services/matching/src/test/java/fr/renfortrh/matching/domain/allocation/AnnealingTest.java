package fr.renfortrh.matching.domain.allocation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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

            Annealing.everyBlock(plan, Annealing.blocks(plan), System.nanoTime() + Duration.ofSeconds(5).toNanos());

            Allocation allocation = plan.toAllocation(Duration.ZERO);
            AllocatorTest.assertFeasible(instance, allocation);
            found += allocation.objective();
            best += AllocationQualityBench.exactOptimum(LinearRelaxation.of(instance), Duration.ofSeconds(30)).orElseThrow();
        }
        assertThat(found / best).isGreaterThan(0.995);
    }

    @Test
    void everyBlockGetsItsShareOfTheTimeNotOnlyTheFirstOnEachThread() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        SyntheticNormandy nominal = SyntheticNormandy.named("nominal", now);
        AllocationInstance instance = nominal.allocationInstance(now);
        WorkingPlan plan = new WorkingPlan(instance);

        // far fewer moves than a block may make: one searched until the deadline would leave those after it nothing
        Annealing.everyBlock(plan, Annealing.blocks(plan), System.nanoTime() + Duration.ofMillis(300).toNanos());

        Allocation allocation = plan.toAllocation(Duration.ZERO);
        AllocatorTest.assertFeasible(instance, allocation);
        assertThat(Annealing.blocks(plan)).allSatisfy(block -> assertThat(allocation.assignments())
                .anyMatch(arc -> Arrays.stream(block).anyMatch(need -> need == arc.need())));
    }
}
