package fr.renfortrh.matching.domain.allocation;

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
            best += AllocationQualityBench.exactOptimum(LinearRelaxation.of(instance), Duration.ofSeconds(30)).orElseThrow();
        }
        assertThat(found / best).isGreaterThan(0.995);
    }
}
