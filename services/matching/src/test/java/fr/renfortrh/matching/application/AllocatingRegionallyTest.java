package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.allocation.Allocation;
import fr.renfortrh.matching.domain.allocation.AllocationInstance;
import fr.renfortrh.matching.domain.allocation.Allocator;
import fr.renfortrh.matching.domain.allocation.ConfigurationBound;
import fr.renfortrh.matching.domain.allocation.SparseLp;
import fr.renfortrh.matching.domain.allocation.SyntheticNormandy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

class AllocatingRegionallyTest {

    @Test
    void whereNoLpIsProvedInTimeTheBoundsStepsShareOneBudgetAndStillBoundThePlan() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        AllocationInstance instance = SyntheticNormandy.nominal(now).allocationInstance(now);
        Allocation plan = Allocator.optimise(instance, Duration.ofSeconds(1));
        Duration budget = Duration.ofSeconds(2);
        long started = System.nanoTime();
        Queue<Long> stopsAskedFor = new ConcurrentLinkedQueue<>(); // each solver call's end, counted from the start
        LinearSolver neverInTime = new LinearSolver() {
            @Override
            public OptionalDouble maximise(SparseLp lp, Duration limit) {
                stopsAskedFor.add(System.nanoTime() - started + limit.toNanos());
                return OptionalDouble.empty();
            }

            @Override
            public Optional<ConfigurationBound.Priced> solve(SparseLp lp, Duration limit) {
                stopsAskedFor.add(System.nanoTime() - started + limit.toNanos());
                return Optional.empty();
            }
        };

        ConfigurationBound.Bound bound = AllocatingRegionally.bound(instance, plan, neverInTime, budget);

        assertThat(stopsAskedFor).isNotEmpty().allSatisfy(stop -> assertThat(stop).isLessThan(budget.plusMillis(100).toNanos()));
        assertThat(bound.optimum()).isFalse();
        assertThat(bound.value()).isGreaterThanOrEqualTo(plan.objective());
    }
}
