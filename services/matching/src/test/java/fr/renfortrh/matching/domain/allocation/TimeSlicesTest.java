package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import static fr.renfortrh.matching.domain.allocation.AllocatorTest.day;
import static fr.renfortrh.matching.domain.allocation.AllocatorTest.need;
import static fr.renfortrh.matching.domain.allocation.AllocatorTest.volunteer;
import static org.assertj.core.api.Assertions.assertThat;

class TimeSlicesTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    @Test
    void twoVolunteersOnTheSameDayTradeTheirNeedsWhenEachIsNearerTheOther() {
        var instance = new AllocationInstance(List.of(need(Urgency.NORMAL, 1, day(0)), need(Urgency.HIGH, 1, day(0))),
                List.of(volunteer(3), volunteer(3)),
                List.of(new Arc(0, 0, 50), new Arc(0, 1, 5), new Arc(1, 0, 5), new Arc(1, 1, 50)), Weights.DEFAULT);
        var plan = new WorkingPlan(instance);
        plan.assign(0); // volunteer 0, 50 km from the first need
        plan.assign(3); // volunteer 1, 50 km from the second

        new TimeSlices(plan, new int[]{0, 1}).sweep(NO_DEADLINE);

        assertThat(plan.toAllocation(Duration.ZERO).assignments()).containsExactly(new Arc(1, 0, 5), new Arc(0, 1, 5));
    }

    @Test
    void aVolunteerMovesToTheOtherNeedOfTheMomentSoThatSomeoneFreeOnlyForTheirsCoversIt() {
        var instance = new AllocationInstance(List.of(need(Urgency.NORMAL, 1, day(0)), need(Urgency.NORMAL, 1, day(0))),
                List.of(volunteer(3), volunteer(3)),
                List.of(new Arc(0, 0, 5), new Arc(0, 1, 20), new Arc(1, 0, 20)), Weights.DEFAULT);
        var plan = new WorkingPlan(instance);
        plan.assign(0); // the second need is open, and the second volunteer can only take the first

        new TimeSlices(plan, new int[]{0, 1}).sweep(NO_DEADLINE);

        assertThat(plan.toAllocation(Duration.ZERO).assignments()).containsExactly(new Arc(1, 0, 20), new Arc(0, 1, 20));
    }

    @Test
    void neverLosesValueNorBreaksARuleOnRandomInstances() {
        var random = new SplittableRandom(11);
        double gained = 0;
        for (int round = 0; round < 30; round++) {
            AllocationInstance instance = AllocatorTest.random(random);
            var plan = new WorkingPlan(instance);
            // a plan the moments can improve: the greedy baseline's, arc by arc into the working plan
            for (Arc arc : Baselines.urgencyFirst(instance).assignments()) {
                plan.assign(instance.arcs().indexOf(arc));
            }
            double before = plan.toAllocation(Duration.ZERO).objective();

            for (int[] block : Annealing.blocks(plan)) {
                new TimeSlices(plan, block).sweep(NO_DEADLINE);
            }

            Allocation after = plan.toAllocation(Duration.ZERO);
            assertThat(after.objective()).isGreaterThanOrEqualTo(before - 1e-9);
            AllocatorTest.assertFeasible(instance, after);
            gained += after.objective() - before;
        }
        assertThat(gained).as("the greedy plans leave something to gain").isPositive();
    }
}
