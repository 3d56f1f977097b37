package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Need;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BlockOrderTest {

    @Test
    void eachBlocksNeedsVolunteersAndArcsAreNumberedTogether() {
        AllocationInstance renumbered = BlockOrder.of(interleaved(7)).instance();

        int[] blockOfNeed = new int[renumbered.needs().size()];
        int[] blockOfVolunteer = new int[renumbered.volunteers().size()];
        renumbered.arcs().forEach(arc -> blockOfVolunteer[arc.volunteer()] = blockOfNeed[arc.need()] =
                renumbered.needs().get(arc.need()).needId().startsWith("a") ? 1 : 2);
        assertThat(changes(blockOfNeed)).isEqualTo(1);
        assertThat(changes(blockOfVolunteer)).isEqualTo(1);
        assertThat(renumbered.arcs()).isSortedAccordingTo(Comparator.comparingInt(Arc::need));
    }

    @Test
    void aPlanFoundOnTheRenumberedInstanceComesBackInTheOriginalNumbering() {
        AllocationInstance original = interleaved(11);
        BlockOrder order = BlockOrder.of(original);
        Allocation everyArc = Allocation.of(order.instance(), order.instance().arcs(), Duration.ZERO);

        Allocation restored = order.restore(original, everyArc);

        assertThat(restored.assignments()).containsExactlyInAnyOrderElementsOf(original.arcs());
        assertThat(restored.objective()).isCloseTo(everyArc.objective(), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theOptimiserPlansAnInterleavedInstanceWithinEveryRule() {
        AllocationInstance instance = interleaved(3);

        AllocatorTest.assertFeasible(instance, Allocator.optimise(instance, Duration.ofSeconds(1)));
    }

    /** Two random instances sharing nobody, their needs and volunteers taking turns in the numbering. */
    private static AllocationInstance interleaved(int seed) {
        AllocationInstance a = AllocatorTest.random(new SplittableRandom(seed));
        AllocationInstance b = AllocatorTest.random(new SplittableRandom(seed + 1000));
        List<Need> needs = IntStream.range(0, a.needs().size() * 2)
                .mapToObj(i -> renamed((i % 2 == 0 ? a : b).needs().get(i / 2), i % 2 == 0 ? "a" : "b")).toList();
        List<Volunteer> volunteers = IntStream.range(0, a.volunteers().size() * 2)
                .mapToObj(i -> (i % 2 == 0 ? a : b).volunteers().get(i / 2)).toList();
        List<Arc> arcs = new ArrayList<>();
        a.arcs().forEach(arc -> arcs.add(new Arc(2 * arc.volunteer(), 2 * arc.need(), arc.distanceKm())));
        b.arcs().forEach(arc -> arcs.add(new Arc(2 * arc.volunteer() + 1, 2 * arc.need() + 1, arc.distanceKm())));
        return new AllocationInstance(needs, volunteers, arcs, Weights.DEFAULT);
    }

    private static Need renamed(Need need, String prefix) {
        return new Need(prefix + need.needId(), need.urgency(), need.positions(), need.shifts());
    }

    /** How many times consecutive entries differ (0 entries, volunteers or needs without arcs, are skipped). */
    private static int changes(int[] blocks) {
        int[] present = IntStream.of(blocks).filter(b -> b != 0).toArray();
        return (int) IntStream.range(1, present.length).filter(i -> present[i] != present[i - 1]).count();
    }
}
