package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An instance renumbered so that the needs, volunteers and arcs of each block (needs and volunteers linked by arcs,
 * directly or through others) are contiguous, and the way back. The annealing searches the blocks on separate threads,
 * each writing the plan's arrays indexed by need, volunteer and arc: numbered as they came, the blocks' entries were
 * interleaved, the threads kept writing to the same cache lines, and each made a third fewer moves than alone.
 */
final class BlockOrder {

    private final AllocationInstance instance;
    private final int[] originalNeed;
    private final int[] originalVolunteer;

    private BlockOrder(AllocationInstance instance, int[] originalNeed, int[] originalVolunteer) {
        this.instance = instance;
        this.originalNeed = originalNeed;
        this.originalVolunteer = originalVolunteer;
    }

    static BlockOrder of(AllocationInstance original) {
        int needs = original.needs().size();
        int volunteers = original.volunteers().size();
        int[] parent = IntStream.range(0, needs + volunteers).toArray();
        for (Arc arc : original.arcs()) {
            parent[LinearRelaxation.root(parent, needs + arc.volunteer())] = LinearRelaxation.root(parent, arc.need());
        }
        int[] block = IntStream.range(0, parent.length).map(i -> LinearRelaxation.root(parent, i)).toArray();
        int[] originalNeed = inBlockOrder(0, needs, block);
        int[] originalVolunteer = IntStream.of(inBlockOrder(needs, volunteers, block)).map(i -> i - needs).toArray();
        int[] newNeed = inverse(originalNeed);
        int[] newVolunteer = inverse(originalVolunteer);
        Arc[] arcs = new Arc[original.arcs().size()];
        int[] next = new int[needs + 1]; // arcs by need in the new order, a counting sort
        for (Arc arc : original.arcs()) {
            next[newNeed[arc.need()] + 1]++;
        }
        Arrays.parallelPrefix(next, Integer::sum);
        for (Arc arc : original.arcs()) {
            arcs[next[newNeed[arc.need()]]++] = new Arc(newVolunteer[arc.volunteer()], newNeed[arc.need()], arc.distanceKm());
        }
        AllocationInstance renumbered = new AllocationInstance(
                IntStream.of(originalNeed).mapToObj(original.needs()::get).toList(),
                IntStream.of(originalVolunteer).mapToObj(original.volunteers()::get).toList(),
                List.of(arcs), original.weights());
        return new BlockOrder(renumbered, originalNeed, originalVolunteer);
    }

    /** The renumbered instance. */
    AllocationInstance instance() {
        return instance;
    }

    /** The allocation, found on {@link #instance}, in the original numbering. */
    Allocation restore(AllocationInstance original, Allocation allocation) {
        List<Arc> arcs = allocation.assignments().stream()
                .map(arc -> new Arc(originalVolunteer[arc.volunteer()], originalNeed[arc.need()], arc.distanceKm()))
                .sorted(Comparator.comparingInt(Arc::need).thenComparingInt(Arc::volunteer))
                .toList();
        return Allocation.of(original, arcs, allocation.elapsed());
    }

    /** The indices {@code from} to {@code from + count - 1}, grouped by block, each block and group in index order. */
    private static int[] inBlockOrder(int from, int count, int[] block) {
        return IntStream.range(from, from + count).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> block[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int[] inverse(int[] permutation) {
        int[] inverse = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            inverse[permutation[i]] = i;
        }
        return inverse;
    }
}
