package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static fr.renfortrh.matching.domain.allocation.AllocatorTest.day;
import static fr.renfortrh.matching.domain.allocation.AllocatorTest.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class BestChainTest {

    @Test
    void onTheNominalInstanceEveryVolunteersBestChainIsWorthWhatTheExhaustiveSearchFinds() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        WorkingPlan plan = new WorkingPlan(SyntheticNormandy.nominal(now).allocationInstance(now));
        BestChain chains = new BestChain(plan);
        BestSet search = new BestSet(plan);
        SplittableRandom random = new SplittableRandom(7);
        int compared = 0;
        for (int round = 0; round < 3; round++) {
            double[] values = plan.arcValue.clone();
            if (round > 0) { // values net of random need prices: fewer arcs worth taking, and in another order
                for (int arc = 0; arc < values.length; arc++) {
                    values[arc] -= random.nextDouble() * 1.2 * values[arc];
                }
            }
            for (int v = 0; v < plan.volunteerCount; v++) {
                assertThat(chains.applies(v)).isTrue();
                double best = search.of(v, values);
                if (search.ceiling() == best) { // the search ran to its end
                    assertThat(chains.of(v, values)).as("volunteer %d", v).isCloseTo(best, offset(1e-9));
                    assertThat(Arrays.stream(chains.arcs()).mapToDouble(arc -> values[arc]).sum()).isCloseTo(best, offset(1e-9));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(3 * plan.volunteerCount / 2); // the others have sets too many to search through
    }

    @Test
    void theChainKeepsTheMostValuableNeedsWithinTheWeeklyHoursAndRequests() {
        // four 12 h days in one week, a 35 h cap: two of them at most, and the two most valuable do not clash
        var instance = new AllocationInstance(
                List.of(need(Urgency.CRITICAL, 1, day(0)), need(Urgency.NORMAL, 1, day(2)), need(Urgency.CRITICAL, 1, day(4)),
                        need(Urgency.HIGH, 1, day(1))),
                List.of(new Volunteer("v", 35, 3, List.of())),
                List.of(new Arc(0, 0, 0), new Arc(0, 1, 0), new Arc(0, 2, 0), new Arc(0, 3, 0)), Weights.DEFAULT);
        WorkingPlan plan = new WorkingPlan(instance);
        BestChain chains = new BestChain(plan);

        double best = chains.of(0, plan.arcValue);

        assertThat(best).isCloseTo(2 * Weights.DEFAULT.of(Urgency.CRITICAL), offset(1e-9));
        assertThat(chains.arcs()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void aVolunteerWhoseNeedsInterleaveWithoutClashingIsLeftToTheSearch() {
        assertThat(new BestChain(new WorkingPlan(interleavingNeeds())).applies(0)).isFalse();
    }

    /**
     * One volunteer, two needs: the first need's span (days 0 to 4) holds the second need's day 2, yet 11 h rest is
     * kept between all three shifts, so the volunteer can hold both.
     */
    static AllocationInstance interleavingNeeds() {
        return new AllocationInstance(
                List.of(need(Urgency.NORMAL, 1, day(0), day(4)), need(Urgency.NORMAL, 1, day(2))),
                List.of(new Volunteer("v", 48, 3, List.of())),
                List.of(new Arc(0, 0, 0), new Arc(0, 1, 0)), Weights.DEFAULT);
    }
}
