package fr.renfortrh.matching.domain.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Simulated annealing on a plan, over one move: a volunteer takes a position — when the need is full, in the
 * place of one of its volunteers — and makes room for it: gives up the needs that clash with it, then the
 * least valuable ones while out of requests or weekly hours. Each position given up goes to the nearest
 * volunteer free to take it, and a volunteer replaced takes the best position still open to them. A move
 * that loses value is kept with a probability that falls as the search cools; the best plan seen is the
 * result. Chains of such moves cover what a single one cannot.
 * <p>
 * Needs and volunteers that share no arc, directly or through others (nurses and doctors), are searched
 * separately and in parallel, each up to {@link #MOVES_PER_POSITION} tries per position or its share of the time.
 */
final class Annealing {

    private static final long MOVES_PER_POSITION = 2_000;
    private static final double HOT = 0.3;
    private static final double COLD = 0.005;
    /** A walk this far from the best plan without beating it starts again from the best plan. */
    private static final long RESTART_AFTER_CHANGES_PER_POSITION = 200;
    private static final long SEED = 20200316L;

    private final WorkingPlan plan;
    /** The needs of one block. */
    private final int[] needs;
    private final long deadline;
    private final SplittableRandom random;
    private final Changes moveChanges = new Changes();
    private final Changes sinceBest = new Changes();

    private Annealing(WorkingPlan plan, int[] needs, long deadline, long seed) {
        this.plan = plan;
        this.needs = needs;
        this.deadline = deadline;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Improves {@code plan} block by block until {@code deadline} (nanoTime). Blocks are dealt to as many threads as
     * there are processors, the largest first to the least loaded, and each thread gives its blocks in turn a share
     * of its time in proportion to their positions: a block searched until the deadline would leave the blocks
     * after it on that thread no time at all.
     */
    static void everyBlock(WorkingPlan plan, List<int[]> blocks, long deadline) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), blocks.size()));
        List<List<Integer>> dealt = IntStream.range(0, threads).mapToObj(t -> (List<Integer>) new ArrayList<Integer>()).toList();
        long[] load = new long[threads];
        for (int b = 0; b < blocks.size(); b++) {
            int least = 0;
            for (int t = 1; t < threads; t++) {
                least = load[t] < load[least] ? t : least;
            }
            dealt.get(least).add(b);
            load[least] += positions(plan, blocks.get(b));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> searches = IntStream.range(0, threads)
                    .<Future<?>>mapToObj(t -> pool.submit(() -> inTurn(plan, blocks, dealt.get(t), load[t], deadline)))
                    .toList();
            for (Future<?> search : searches) {
                search.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * One thread's blocks, smallest first, each until its share of the time left: a block that runs out of moves
     * sooner leaves the rest of its share to the larger ones after it.
     */
    private static void inTurn(WorkingPlan plan, List<int[]> blocks, List<Integer> mine, long positionsLeft, long deadline) {
        for (int b : mine.reversed()) {
            long positions = positions(plan, blocks.get(b));
            long now = System.nanoTime();
            long share = now + (long) ((deadline - now) * ((double) positions / positionsLeft));
            new Annealing(plan, blocks.get(b), share, SEED + b).run();
            positionsLeft -= positions;
        }
    }

    private static long positions(WorkingPlan plan, int[] needs) {
        return Arrays.stream(needs).mapToLong(need -> plan.positions[need]).sum();
    }

    /** The index in {@code blocks} of each need's block; needs no one can fill get {@code blocks.size()}, a block of their own. */
    static int[] blockOfEachNeed(WorkingPlan plan, List<int[]> blocks) {
        int[] blockOf = new int[plan.needCount];
        Arrays.fill(blockOf, blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            for (int need : blocks.get(b)) {
                blockOf[need] = b;
            }
        }
        return blockOf;
    }

    /** Needs with at least one arc, grouped by connected component of the arcs, most positions first. */
    static List<int[]> blocks(WorkingPlan plan) {
        int[] parent = IntStream.range(0, plan.needCount + plan.volunteerCount).toArray();
        for (int need = 0; need < plan.needCount; need++) {
            for (int arc : plan.arcsOfNeed[need]) {
                parent[LinearRelaxation.root(parent, plan.needCount + plan.volunteerOf(arc))] = LinearRelaxation.root(parent, need);
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int need = 0; need < plan.needCount; need++) {
            if (plan.arcsOfNeed[need].length > 0) {
                byRoot.computeIfAbsent(LinearRelaxation.root(parent, need), r -> new ArrayList<>()).add(need);
            }
        }
        return byRoot.values().stream()
                .map(block -> block.stream().mapToInt(Integer::intValue).toArray())
                .sorted(Comparator.comparingLong((int[] block) -> -positions(plan, block))
                        .thenComparingInt(block -> block[0]))
                .toList();
    }

    private void run() {
        long positions = positions(plan, needs);
        long moves = MOVES_PER_POSITION * positions;
        long started = System.nanoTime();
        long time = Math.max(1, deadline - started);
        double value = 0; // gained since the start: other blocks change the plan's total meanwhile, on other threads
        double best = 0;
        double temperature = HOT;
        for (long move = 0; move < moves; move++) {
            if ((move & 255) == 255) { // a few moves even in a share already over
                double progress = Math.max((double) move / moves, (double) (System.nanoTime() - started) / time);
                if (progress >= 1) {
                    break;
                }
                temperature = HOT * Math.pow(COLD / HOT, progress);
            }
            int[] arcs = plan.arcsOfNeed[needs[random.nextInt(needs.length)]];
            if (arcs.length == 0) {
                continue;
            }
            double gain = takeMakingRoom(arcs[random.nextInt(arcs.length)]);
            if (Double.isNaN(gain)) {
                continue;
            }
            if (gain < -1e-12 && random.nextDouble() >= Math.exp(gain / temperature)) {
                moveChanges.undo(plan);
                continue;
            }
            value += gain;
            if (value > best + 1e-9) {
                best = value;
                sinceBest.clear();
            } else {
                sinceBest.addAll(moveChanges);
                if (sinceBest.size() > RESTART_AFTER_CHANGES_PER_POSITION * positions) {
                    sinceBest.undo(plan);
                    value = best;
                }
            }
        }
        sinceBest.undo(plan);
    }

    /** The gain of giving {@code arc} its position and making room for it (NaN, nothing changed, when it cannot). */
    private double takeMakingRoom(int arc) {
        int volunteer = plan.volunteerOf(arc);
        int need = plan.needOf(arc);
        moveChanges.clear();
        if (plan.inPlan(arc) || plan.clashesWithBooked(volunteer, need)) {
            return Double.NaN;
        }
        double gain = 0;
        if (!plan.hasOpenPosition(need)) {
            int replaced = anyHolder(need);
            if (replaced == -1) { // nothing left to fill there
                return Double.NaN;
            }
            gain -= unassign(replaced);
        }
        for (int i = plan.takenCount(volunteer) - 1; i >= 0; i--) {
            int held = plan.takenArc(volunteer, i);
            if (plan.clash(plan.needOf(held), need)) {
                gain -= unassign(held);
            }
        }
        while (!plan.hasRequestsLeft(volunteer) || !plan.hoursAllow(volunteer, need, -1)) {
            int cheapest = cheapestHeld(volunteer, plan.hasRequestsLeft(volunteer) ? need : -1);
            if (cheapest == -1) {
                moveChanges.undo(plan);
                return Double.NaN;
            }
            gain -= unassign(cheapest);
        }
        gain += assign(arc);
        for (int i = 0; i < moveChanges.size(); i++) {
            int given = moveChanges.arc(i);
            if (moveChanges.assigned(i)) {
                continue;
            }
            int candidate = plan.needOf(given) != need
                    ? plan.bestTakeableOfNeed(plan.needOf(given))
                    : plan.bestTakeableOfVolunteer(plan.volunteerOf(given));
            if (candidate != -1) {
                gain += assign(candidate);
            }
        }
        return gain;
    }

    /** The arc of one of the need's volunteers in the plan, drawn at random (-1 when it has none). */
    private int anyHolder(int need) {
        int chosen = -1;
        int count = 0;
        for (int arc : plan.arcsOfNeed[need]) {
            if (plan.inPlan(arc) && random.nextInt(++count) == 0) {
                chosen = arc;
            }
        }
        return chosen;
    }

    /** The least valuable arc the volunteer holds (among needs sharing a week with {@code need} unless -1). */
    private int cheapestHeld(int volunteer, int need) {
        int cheapest = -1;
        for (int i = 0; i < plan.takenCount(volunteer); i++) {
            int held = plan.takenArc(volunteer, i);
            if ((need == -1 || plan.shareAWeek(plan.needOf(held), need))
                    && (cheapest == -1 || plan.arcValue[held] < plan.arcValue[cheapest])) {
                cheapest = held;
            }
        }
        return cheapest;
    }

    private double assign(int arc) {
        plan.assign(arc);
        moveChanges.add(arc, true);
        return plan.arcValue[arc];
    }

    private double unassign(int arc) {
        plan.unassign(arc);
        moveChanges.add(arc, false);
        return plan.arcValue[arc];
    }

    /** Arcs assigned and given up, in order, so that they can be undone. */
    private static final class Changes {

        private int[] entries = new int[64];
        private int size;

        void add(int arc, boolean assigned) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = arc * 2 + (assigned ? 1 : 0);
        }

        void addAll(Changes other) {
            for (int i = 0; i < other.size; i++) {
                add(other.arc(i), other.assigned(i));
            }
        }

        int size() {
            return size;
        }

        int arc(int i) {
            return entries[i] >> 1;
        }

        boolean assigned(int i) {
            return (entries[i] & 1) == 1;
        }

        void clear() {
            size = 0;
        }

        void undo(WorkingPlan plan) {
            for (int i = size - 1; i >= 0; i--) {
                if (assigned(i)) {
                    plan.unassign(arc(i));
                } else {
                    plan.assign(arc(i));
                }
            }
            size = 0;
        }
    }
}
