package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.Shifts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives a block's positions out again one moment at a time, exactly. A moment is a set of needs whose spans contain one
 * instant and which clash pairwise (nearly all needs around that instant), so a volunteer can hold at most one of them:
 * with every other position fixed, who holds theirs is a transportation problem (each volunteer free for at most one
 * of them, each need up to its positions), solved as a min-cost circulation started from the plan's own holders, by
 * cancelling negative cycles. The annealing moves one volunteer at a time; this reassigns a whole moment at once
 * (on crisis, 11 more after the annealing at equal moves).
 */
final class TimeSlices {

    /** Instants this far apart: every need's span, a shift plus the rest after it, is longer, so each is in some moment. */
    private static final int STEP_MINUTES = (int) Shifts.MINIMUM_REST.toMinutes();

    private final WorkingPlan plan;
    private final int[] needs;

    /** @param needs one block's ({@link Annealing#blocks}): blocks share no volunteer, so each can be done on its own thread */
    TimeSlices(WorkingPlan plan, int[] needs) {
        this.plan = plan;
        this.needs = needs;
    }

    /** Re-solves each moment of the block's time in turn until {@code deadline} (nanoTime); the plan never loses value. */
    void sweep(long deadline) {
        int from = Arrays.stream(needs).map(need -> plan.spanStart[need]).min().orElse(0);
        int to = Arrays.stream(needs).map(need -> plan.spanEnd[need]).max().orElse(0);
        for (long instant = from; instant < to && System.nanoTime() < deadline; instant += STEP_MINUTES) {
            reassign((int) instant, deadline);
        }
    }

    private void reassign(int instant, long deadline) {
        List<Integer> moment = new ArrayList<>();
        for (int need : needs) {
            if (plan.spanStart[need] <= instant && instant < plan.spanEnd[need] && clashesWithAll(need, moment)) {
                moment.add(need);
            }
        }
        Set<Integer> held = new HashSet<>();
        for (int need : moment) {
            for (int arc : plan.arcsOfNeed[need]) {
                if (plan.inPlan(arc)) {
                    held.add(arc);
                }
            }
        }
        held.forEach(plan::unassign);
        Circulation circulation = new Circulation(plan, moment, held);
        // every holder is free for their need once the moment is emptied; should one not be, the moment is left as it was
        (circulation.startsFromPlan ? circulation.optimum(deadline) : held).forEach(plan::assign);
    }

    /** Whether the need clashes with each of these (spans that meet need not clash: shifts days apart). */
    private boolean clashesWithAll(int need, List<Integer> others) {
        return others.stream().allMatch(other -> plan.clash(other, need));
    }

    /**
     * Source → each volunteer free for the moment (capacity 1) → each of their needs (capacity 1, cost minus the arc's
     * value) → sink (capacity the need's positions) → source, carrying one unit per position held. The circulation is of
     * least cost, the assignment of most value, when no cycle of negative cost is left with capacity on every edge.
     */
    private static final class Circulation {

        private static final double EPSILON = 1e-9;
        private static final int SOURCE = 0;
        private static final int SINK = 1;
        private static final int FIRST_NEED = 2;
        /** Cycles cancelled at most per moment: each gains value, so only a pathological instance comes near. */
        private static final int MOST_CYCLES = 10_000;

        private final int nodes;
        private final int[] firstEdge;
        private final int[] nextEdge;
        private final int[] target;
        private final int[] capacity;
        private final double[] cost;
        private int edges;
        /** The plan's arc of each volunteer → need edge, by edge number (-1 for the other edges). */
        private final int[] arcOfEdge;
        private final boolean startsFromPlan;

        Circulation(WorkingPlan plan, List<Integer> moment, Set<Integer> held) {
            int[] nodeOfVolunteer = new int[plan.volunteerCount];
            Arrays.fill(nodeOfVolunteer, -1);
            List<int[]> free = new ArrayList<>(); // arc, volunteer's node, need's node
            int count = FIRST_NEED + moment.size();
            for (int i = 0; i < moment.size(); i++) {
                int need = moment.get(i);
                for (int arc : plan.arcsOfNeed[need]) {
                    int volunteer = plan.volunteerOf(arc);
                    if (plan.canTake(arc)) {
                        if (nodeOfVolunteer[volunteer] == -1) {
                            nodeOfVolunteer[volunteer] = count++;
                        }
                        free.add(new int[]{arc, nodeOfVolunteer[volunteer], FIRST_NEED + i});
                    }
                }
            }
            nodes = count;
            firstEdge = new int[nodes];
            Arrays.fill(firstEdge, -1);
            // an edge and its reverse for each candidate arc, each volunteer, each need, and sink → source
            int size = 2 * (free.size() + nodes - FIRST_NEED + 1);
            nextEdge = new int[size];
            target = new int[size];
            capacity = new int[size];
            cost = new double[size];
            arcOfEdge = new int[size];
            boolean[] holding = new boolean[nodes];
            int[] holders = new int[nodes];
            int heldFree = 0;
            for (int[] candidate : free) {
                boolean holds = held.contains(candidate[0]);
                add(candidate[1], candidate[2], -plan.arcValue[candidate[0]], holds ? 0 : 1, holds ? 1 : 0, candidate[0]);
                holding[candidate[1]] |= holds;
                holders[candidate[2]] += holds ? 1 : 0;
                heldFree += holds ? 1 : 0;
            }
            startsFromPlan = heldFree == held.size();
            for (int node = FIRST_NEED + moment.size(); node < nodes; node++) {
                add(SOURCE, node, 0, holding[node] ? 0 : 1, holding[node] ? 1 : 0, -1);
            }
            int units = 0;
            for (int i = 0; i < moment.size(); i++) {
                int node = FIRST_NEED + i;
                add(node, SINK, 0, plan.positions[moment.get(i)] - holders[node], holders[node], -1);
                units += holders[node];
            }
            add(SINK, SOURCE, 0, Integer.MAX_VALUE / 2, units, -1);
        }

        /** An edge and its reverse, with {@code flow} units already on it. */
        private void add(int from, int to, double weight, int room, int flow, int arc) {
            put(from, to, weight, room, arc);
            put(to, from, -weight, flow, -1);
        }

        private void put(int from, int to, double weight, int room, int arc) {
            target[edges] = to;
            cost[edges] = weight;
            capacity[edges] = room;
            arcOfEdge[edges] = arc;
            nextEdge[edges] = firstEdge[from];
            firstEdge[from] = edges++;
        }

        /** The arcs of a most valuable assignment; when {@code deadline} comes first, of one worth at least the plan's. */
        List<Integer> optimum(long deadline) {
            for (int cycles = 0; cycles < MOST_CYCLES && System.nanoTime() < deadline; cycles++) {
                if (!cancelNegativeCycle()) {
                    break;
                }
            }
            List<Integer> arcs = new ArrayList<>();
            for (int edge = 0; edge < edges; edge += 2) {
                if (arcOfEdge[edge] >= 0 && capacity[edge + 1] > 0) {
                    arcs.add(arcOfEdge[edge]);
                }
            }
            return arcs;
        }

        /**
         * Bellman-Ford from every node at once (a queue of nodes whose distance fell): with no negative cycle it ends;
         * with one, the edges that last lowered each node's distance close a cycle, looked for every {@code nodes}
         * lowerings. Pushes one unit around the cycle found; false when there is none.
         */
        private boolean cancelNegativeCycle() {
            double[] distance = new double[nodes];
            int[] via = new int[nodes];
            Arrays.fill(via, -1);
            int[] queue = new int[nodes];
            boolean[] queued = new boolean[nodes];
            for (int node = 0; node < nodes; node++) {
                queue[node] = node;
                queued[node] = true;
            }
            int head = 0;
            int size = nodes;
            long lowered = 0;
            while (size > 0) {
                int from = queue[head];
                head = (head + 1) % nodes;
                size--;
                queued[from] = false;
                for (int edge = firstEdge[from]; edge != -1; edge = nextEdge[edge]) {
                    int to = target[edge];
                    if (capacity[edge] > 0 && distance[from] + cost[edge] < distance[to] - EPSILON) {
                        distance[to] = distance[from] + cost[edge];
                        via[to] = edge;
                        if (!queued[to]) {
                            queued[to] = true;
                            queue[(head + size) % nodes] = to;
                            size++;
                        }
                        if (++lowered % nodes == 0) {
                            int onCycle = onCycle(via);
                            if (onCycle != -1) {
                                return push(onCycle, via);
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** A node on a cycle of the {@code via} edges, -1 when they form none. */
        private int onCycle(int[] via) {
            int[] walk = new int[nodes];
            for (int start = 0; start < nodes; start++) {
                int node = start;
                while (node != -1 && walk[node] == 0) {
                    walk[node] = start + 1;
                    node = via[node] == -1 ? -1 : target[via[node] ^ 1];
                }
                if (node != -1 && walk[node] == start + 1) {
                    return node;
                }
            }
            return -1;
        }

        /** One unit around the cycle through {@code onCycle}, if it costs less than nothing. */
        private boolean push(int onCycle, int[] via) {
            double total = 0;
            int node = onCycle;
            do {
                total += cost[via[node]];
                node = target[via[node] ^ 1];
            } while (node != onCycle);
            if (total > -EPSILON) {
                return false;
            }
            do {
                capacity[via[node]]--;
                capacity[via[node] ^ 1]++;
                node = target[via[node] ^ 1];
            } while (node != onCycle);
            return true;
        }
    }
}
