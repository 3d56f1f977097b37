package fr.renfortrh.matching.domain.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The regional optimiser. A greedy start fills the most urgent positions first, giving each to the eligible
 * volunteer with the fewest alternatives; then, for every position still open, a breadth-first search looks
 * for a chain of moves that frees someone for it (volunteer 1 leaves need A for this one, volunteer 2 leaves
 * B for A, … until somebody free takes the last one) — the augmenting paths of bipartite matching, through
 * the time clashes of each volunteer. When no chain ends with a free volunteer, a position of a less urgent
 * need may be given up for a more urgent one. Then {@link Annealing} trades coverage and travel for most of
 * the rest of the budget. It moves one volunteer at a time, so what follows it reassigns many at once, within half
 * the time the first search took and a fortieth of the budget (a tenth at most): chains again, then {@link TimeSlices}
 * gives each moment's positions out again exactly, then chains once more. Finally each position goes to the nearest
 * volunteer who can take it. Every step keeps every hard constraint.
 */
public final class Allocator {

    private final WorkingPlan plan;
    private final List<int[]> blocks;
    private final long deadline;
    /** Needs proved unable to reach a free volunteer since the plan of their block last changed. */
    private final int[] deadSince;
    /** The block of each need ({@link Annealing#blocks}): a chain never leaves one, so neither do its changes. */
    private final int[] blockOf;
    private final int[] changes;
    private final int[] seen;
    private int searches;
    private final int[] parent;
    private final int[] joining;
    private final int[] leaving;
    private final int[] queue;

    private Allocator(AllocationInstance instance, long deadline) {
        this.plan = new WorkingPlan(instance);
        this.deadline = deadline;
        int needs = plan.needCount;
        deadSince = new int[needs];
        blocks = Annealing.blocks(plan);
        blockOf = Annealing.blockOfEachNeed(plan, blocks);
        changes = new int[blocks.size() + 1];
        seen = new int[needs];
        parent = new int[needs];
        joining = new int[needs];
        leaving = new int[needs];
        queue = new int[needs];
    }

    /** The best plan found within {@code budget} (small instances end well before). */
    public static Allocation optimise(AllocationInstance instance, Duration budget) {
        long started = System.nanoTime();
        BlockOrder order = BlockOrder.of(instance);
        Allocator allocator = new Allocator(order.instance(), started + budget.toNanos());
        allocator.fillScarcestFirst();
        long chainsStarted = System.nanoTime();
        allocator.augment();
        // chains again take about half the first search's time; the moments a fortieth of the budget (crisis's: 0.15 to 0.25 s)
        long afterAnnealing = Math.min((System.nanoTime() - chainsStarted) / 2 + budget.toNanos() / 40, budget.toNanos() / 10);
        Annealing.everyBlock(allocator.plan, allocator.blocks, allocator.deadline - afterAnnealing);
        allocator.augment();
        allocator.blocks.parallelStream().forEach(block -> new TimeSlices(allocator.plan, block).sweep(allocator.deadline));
        allocator.augment();
        allocator.bringCloser();
        return order.restore(instance, allocator.plan.toAllocation(Duration.ofNanos(System.nanoTime() - started)));
    }

    private void fillScarcestFirst() {
        int[] alternatives = Arrays.stream(plan.arcsOfVolunteer).mapToInt(arcs -> arcs.length).toArray();
        for (int need : needsByUrgency(Comparator.comparingDouble(n -> (double) plan.arcsOfNeed[n].length / Math.max(1, plan.positions[n])))) {
            while (plan.hasOpenPosition(need)) {
                int best = -1;
                for (int arc : plan.arcsOfNeed[need]) {
                    if ((best == -1 || alternatives[plan.volunteerOf(arc)] < alternatives[plan.volunteerOf(best)])
                            && plan.canTake(arc)) {
                        best = arc;
                    }
                }
                if (best == -1) {
                    break;
                }
                plan.assign(best);
            }
        }
    }

    private void augment() {
        for (int b = 0; b < changes.length; b++) {
            changes[b]++; // what the searches proved before no longer holds if the plan changed since
        }
        int[] order = needsByUrgency(Comparator.comparingInt(n -> 0));
        boolean improved = true;
        while (improved && !late()) {
            improved = false;
            for (int need : order) {
                while (plan.hasOpenPosition(need) && !late() && augmentFrom(need)) {
                    improved = true;
                }
            }
        }
    }

    /** One breadth-first search for a chain of moves ending in one more position covered at {@code root}. */
    private boolean augmentFrom(int root) {
        if (deadSince[root] == changes[blockOf[root]]) {
            return false;
        }
        searches++;
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        seen[root] = searches;
        parent[root] = -1;
        while (head < tail) {
            int need = queue[head++];
            for (int arc : plan.arcsOfNeed[need]) {
                int volunteer = plan.volunteerOf(arc);
                if (plan.inPlan(arc)) {
                    continue;
                }
                int clash = plan.clashingArc(volunteer, need);
                if (clash == -1 && plan.hasRequestsLeft(volunteer) && plan.hoursAllow(volunteer, need, -1)) {
                    if (apply(need, arc)) {
                        return true;
                    }
                } else if (clash == -1) {
                    // free in time but out of requests or hours: giving up any one of their needs may do
                    for (int i = 0; i < plan.takenCount(volunteer); i++) {
                        tail = visit(plan.takenArc(volunteer, i), need, arc, tail);
                    }
                } else if (clash >= 0) {
                    tail = visit(clash, need, arc, tail);
                }
            }
        }
        int cheapestDrop = -1;
        for (int i = 1; i < tail; i++) {
            int need = queue[i];
            if (plan.needWeight[need] < plan.needWeight[root]
                    && (cheapestDrop == -1 || plan.needWeight[need] < plan.needWeight[cheapestDrop])) {
                cheapestDrop = need;
            }
        }
        if (cheapestDrop != -1 && apply(cheapestDrop, -1)) {
            return true;
        }
        for (int i = 0; i < tail; i++) {
            deadSince[queue[i]] = changes[blockOf[root]];
        }
        return false;
    }

    /** Queues the need the volunteer of {@code arc} would leave (through {@code leavingArc}) to join {@code need}. */
    private int visit(int leavingArc, int need, int arc, int tail) {
        int next = plan.needOf(leavingArc);
        int volunteer = plan.volunteerOf(arc);
        if (seen[next] == searches || deadSince[next] == changes[blockOf[next]] || !plan.hoursAllow(volunteer, need, next)) {
            return tail;
        }
        seen[next] = searches;
        parent[next] = need;
        joining[next] = arc;
        leaving[next] = leavingArc;
        queue[tail] = next;
        return tail + 1;
    }

    /**
     * Performs the chain from the root down to {@code end}, then gives {@code end} to the free volunteer of
     * {@code lastArc} (or leaves it one position short when -1), if the plan gains; undone otherwise.
     */
    private boolean apply(int end, int lastArc) {
        List<Integer> chain = new ArrayList<>();
        for (int need = end; parent[need] != -1; need = parent[need]) {
            chain.addFirst(need);
        }
        double gain = lastArc == -1 ? 0 : plan.arcValue[lastArc];
        for (int need : chain) {
            gain += plan.arcValue[joining[need]] - plan.arcValue[leaving[need]];
        }
        if (gain <= 1e-9) {
            return false;
        }
        List<int[]> done = new ArrayList<>();
        for (int need : chain) {
            plan.unassign(leaving[need]);
            done.add(new int[]{leaving[need], -1});
            if (!plan.canTake(joining[need])) {
                undo(done);
                return false;
            }
            plan.assign(joining[need]);
            done.add(new int[]{joining[need], 1});
        }
        if (lastArc != -1) {
            if (!plan.canTake(lastArc)) {
                undo(done);
                return false;
            }
            plan.assign(lastArc);
        }
        changes[blockOf[end]]++;
        return true;
    }

    private void undo(List<int[]> done) {
        for (int[] step : done.reversed()) {
            if (step[1] == 1) {
                plan.unassign(step[0]);
            } else {
                plan.assign(step[0]);
            }
        }
    }

    /** Swaps each assignment for a nearer volunteer who can take the same position as things stand. */
    private void bringCloser() {
        for (int need = 0; need < plan.needCount; need++) {
            for (int arc : plan.arcsOfNeed[need]) {
                if (!plan.inPlan(arc)) {
                    continue;
                }
                for (int nearer : plan.arcsOfNeed[need]) {
                    if (nearer == arc || plan.arcValue[nearer] <= plan.arcValue[arc] + 1e-9) {
                        break;
                    }
                    plan.unassign(arc);
                    if (plan.canTake(nearer)) {
                        plan.assign(nearer);
                        break;
                    }
                    plan.assign(arc);
                }
            }
        }
    }

    private int[] needsByUrgency(Comparator<Integer> thenBy) {
        return IntStream.range(0, plan.needCount).boxed()
                .sorted(Comparator.comparingDouble((Integer n) -> -plan.needWeight[n]).thenComparing(thenBy))
                .mapToInt(Integer::intValue).toArray();
    }

    private boolean late() {
        return System.nanoTime() > deadline;
    }
}
