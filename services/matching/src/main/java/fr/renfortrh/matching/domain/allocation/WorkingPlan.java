package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.matching.domain.Shifts;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The mutable state solvers work on, compiled to arrays so that feasibility checks are cheap. Shifts become
 * minutes with the 11 h rest added to their end: two needs then clash for one volunteer exactly when some of
 * their stretched shifts intersect (overlap or too little rest).
 */
final class WorkingPlan {

    private static final int REST_MINUTES = (int) Shifts.MINIMUM_REST.toMinutes();
    private static final int[] NONE = {};

    final AllocationInstance instance;
    final int needCount;
    final int volunteerCount;
    final int[] arcVolunteer;
    final int[] arcNeed;
    final double[] arcValue;
    final double[] needWeight;
    final int[] positions;
    /** Arcs of each need, most valuable (nearest) first. */
    final int[][] arcsOfNeed;
    /** Arcs of each volunteer, most valuable first. */
    final int[][] arcsOfVolunteer;
    /** The volunteer of each arc in {@link #arcsOfNeed}, and the need of each in {@link #arcsOfVolunteer}: scans read them in order. */
    private final int[][] volunteersOfNeed;
    private final int[][] needsOfVolunteer;

    final int[][] start;
    final int[][] restedEnd;
    /** The first start and last rested end of each need's shifts: needs whose spans do not meet cannot clash. */
    final int[] spanStart;
    final int[] spanEnd;
    /**
     * The longest gap between a need's stretched shifts, and its shortest stretched shift. When each need's gaps are
     * shorter than the other's shortest stretched shift, neither fits in a gap of the other: they clash exactly when
     * their spans meet, and the shifts need not be compared (needs of consecutive days here).
     */
    private final int[] longestGap;
    private final int[] shortestStretch;
    /** The weeks in which each need's shifts start and their hours in each, from {@code needWeeksStart[need]} on. */
    private final int[] needWeeksStart;
    private final int[] needWeek;
    private final double[] needWeekHours;
    private final int[][] bookedStart;
    private final int[][] bookedRestedEnd;
    final double[] weeklyCap;
    final int[] requestCap;
    final int weeks;
    /** Hours each volunteer works each week, confirmed missions included: {@code weeks} entries per volunteer. */
    private final double[] hoursUsed;

    final int[] filled;
    /** Whether each arc is in the plan. */
    private final boolean[] inPlan;
    /**
     * Arcs in the plan and their needs, per volunteer, from {@code takenStart[volunteer]} on: flat arrays, read in
     * order by every clash check, where one array per volunteer cost a memory access more each time.
     */
    private final int[] takenStart;
    private final int[] takenArcs;
    private final int[] takenNeeds;
    private final int[] takenCount;

    WorkingPlan(AllocationInstance instance) {
        this.instance = instance;
        needCount = instance.needs().size();
        volunteerCount = instance.volunteers().size();
        List<Arc> arcs = instance.arcs();
        arcVolunteer = arcs.stream().mapToInt(Arc::volunteer).toArray();
        arcNeed = arcs.stream().mapToInt(Arc::need).toArray();
        arcValue = arcs.stream().mapToDouble(instance::value).toArray();
        needWeight = instance.needs().stream().mapToDouble(n -> instance.weights().of(n.urgency())).toArray();
        positions = instance.needs().stream().mapToInt(AllocationInstance.Need::positions).toArray();
        arcsOfNeed = group(needCount, arcNeed, arcValue);
        arcsOfVolunteer = group(volunteerCount, arcVolunteer, arcValue);
        for (int[] group : arcsOfNeed) {
            sortByValueDescending(group);
        }
        for (int[] group : arcsOfVolunteer) {
            sortByValueDescending(group);
        }
        volunteersOfNeed = Arrays.stream(arcsOfNeed).map(group -> Arrays.stream(group).map(arc -> arcVolunteer[arc]).toArray()).toArray(int[][]::new);
        needsOfVolunteer = Arrays.stream(arcsOfVolunteer).map(group -> Arrays.stream(group).map(arc -> arcNeed[arc]).toArray()).toArray(int[][]::new);

        long base = instance.needs().stream().flatMap(n -> n.shifts().stream())
                .mapToLong(s -> minutes(s.start())).min().orElse(0);
        long baseWeek = week(base);
        start = new int[needCount][];
        restedEnd = new int[needCount][];
        weeks = 1 + (int) (instance.needs().stream().flatMap(n -> n.shifts().stream())
                .mapToLong(s -> week(minutes(s.start()))).max().orElse(baseWeek) - baseWeek);
        needWeeksStart = new int[needCount + 1];
        List<Integer> weekOf = new ArrayList<>();
        List<Double> hoursOf = new ArrayList<>();
        for (int n = 0; n < needCount; n++) {
            List<ShiftSnapshot> shifts = instance.needs().get(n).shifts();
            start[n] = shifts.stream().mapToInt(s -> (int) (minutes(s.start()) - base)).toArray();
            restedEnd[n] = shifts.stream().mapToInt(s -> (int) (minutes(s.end()) - base) + REST_MINUTES).toArray();
            Map<Integer, Double> hoursByWeek = new TreeMap<>();
            for (ShiftSnapshot shift : shifts) {
                hoursByWeek.merge((int) (week(minutes(shift.start())) - baseWeek), Duration.between(shift.start(), shift.end()).toMinutes() / 60.0, Double::sum);
            }
            weekOf.addAll(hoursByWeek.keySet());
            hoursOf.addAll(hoursByWeek.values());
            needWeeksStart[n + 1] = weekOf.size();
        }
        needWeek = weekOf.stream().mapToInt(Integer::intValue).toArray();
        needWeekHours = hoursOf.stream().mapToDouble(Double::doubleValue).toArray();
        spanStart = Arrays.stream(start).mapToInt(starts -> Arrays.stream(starts).min().orElse(Integer.MAX_VALUE)).toArray();
        spanEnd = Arrays.stream(restedEnd).mapToInt(ends -> Arrays.stream(ends).max().orElse(Integer.MIN_VALUE)).toArray();
        longestGap = new int[needCount];
        shortestStretch = new int[needCount];
        for (int n = 0; n < needCount; n++) {
            longestGap[n] = longestGap(start[n], restedEnd[n]);
            int[] starts = start[n];
            int[] ends = restedEnd[n];
            shortestStretch[n] = IntStream.range(0, starts.length).map(i -> ends[i] - starts[i]).min().orElse(0);
        }
        bookedStart = new int[volunteerCount][];
        bookedRestedEnd = new int[volunteerCount][];
        weeklyCap = new double[volunteerCount];
        requestCap = new int[volunteerCount];
        hoursUsed = new double[volunteerCount * weeks];
        for (int v = 0; v < volunteerCount; v++) {
            var volunteer = instance.volunteers().get(v);
            int own = volunteer.maxHoursPerWeek();
            weeklyCap[v] = own > 0 ? Math.min(own, Shifts.LEGAL_MAX_HOURS_PER_WEEK) : Shifts.LEGAL_MAX_HOURS_PER_WEEK;
            requestCap[v] = Math.max(0, volunteer.maxRequests());
            List<ShiftSnapshot> booked = volunteer.booked();
            // most have nothing booked: one shared empty array stays in cache where thousands would not
            bookedStart[v] = booked.isEmpty() ? NONE : booked.stream().mapToInt(s -> clamp(minutes(s.start()) - base)).toArray();
            bookedRestedEnd[v] = booked.isEmpty() ? NONE : booked.stream().mapToInt(s -> clamp(minutes(s.end()) - base + REST_MINUTES)).toArray();
            for (ShiftSnapshot shift : booked) {
                long week = week(minutes(shift.start())) - baseWeek;
                if (week >= 0 && week < weeks) {
                    hoursUsed[v * weeks + (int) week] += Duration.between(shift.start(), shift.end()).toMinutes() / 60.0;
                }
            }
        }
        filled = new int[needCount];
        inPlan = new boolean[arcs.size()];
        takenStart = new int[volunteerCount + 1];
        for (int v = 0; v < volunteerCount; v++) {
            takenStart[v + 1] = takenStart[v] + Math.min(requestCap[v], arcsOfVolunteer[v].length);
        }
        takenArcs = new int[takenStart[volunteerCount]];
        takenNeeds = new int[takenStart[volunteerCount]];
        takenCount = new int[volunteerCount];
    }

    int volunteerOf(int arc) {
        return arcVolunteer[arc];
    }

    int needOf(int arc) {
        return arcNeed[arc];
    }

    boolean hasOpenPosition(int need) {
        return filled[need] < positions[need];
    }

    int takenCount(int volunteer) {
        return takenCount[volunteer];
    }

    int takenArc(int volunteer, int i) {
        return takenArcs[takenStart[volunteer] + i];
    }

    double hoursUsed(int volunteer, int week) {
        return hoursUsed[volunteer * weeks + week];
    }

    double hoursOfNeed(int need, int week) {
        for (int i = needWeeksStart[need]; i < needWeeksStart[need + 1]; i++) {
            if (needWeek[i] == week) {
                return needWeekHours[i];
            }
        }
        return 0;
    }

    /** Whether both needs have shifts in a same week. */
    boolean shareAWeek(int a, int b) {
        for (int i = needWeeksStart[a]; i < needWeeksStart[a + 1]; i++) {
            for (int j = needWeeksStart[b]; j < needWeeksStart[b + 1]; j++) {
                if (needWeek[i] == needWeek[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean hasRequestsLeft(int volunteer) {
        return takenCount[volunteer] < requestCap[volunteer];
    }

    boolean inPlan(int arc) {
        return inPlan[arc];
    }

    /**
     * The one arc of the volunteer's plan that clashes in time with the need, -1 when none does, -2 when
     * several do or a confirmed mission does.
     */
    int clashingArc(int volunteer, int need) {
        if (clashesWithBooked(volunteer, need)) {
            return -2;
        }
        int found = -1;
        for (int i = takenStart[volunteer]; i < takenStart[volunteer] + takenCount[volunteer]; i++) {
            if (clash(takenNeeds[i], need)) {
                if (found != -1) {
                    return -2;
                }
                found = takenArcs[i];
            }
        }
        return found;
    }

    /** Whether the volunteer's weekly hours allow the need once {@code leaving} (a need, or -1) is given up. */
    boolean hoursAllow(int volunteer, int need, int leaving) {
        for (int i = needWeeksStart[need]; i < needWeeksStart[need + 1]; i++) {
            int week = needWeek[i];
            double hours = hoursUsed[volunteer * weeks + week] + needWeekHours[i] - (leaving >= 0 ? hoursOfNeed(leaving, week) : 0);
            if (hours > weeklyCap[volunteer] + 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** Every constraint: an open position, not already held, no clash, hours and request budget left. */
    boolean canTake(int arc) {
        int v = arcVolunteer[arc];
        int n = arcNeed[arc];
        return hasOpenPosition(n) && hasRequestsLeft(v) && fits(arc, v, n);
    }

    /** The arc is not in the plan, and its volunteer's time and hours allow its need. */
    private boolean fits(int arc, int volunteer, int need) {
        return !inPlan[arc] && !clashesWithTaken(volunteer, need) && !clashesWithBooked(volunteer, need) && hoursAllow(volunteer, need, -1);
    }

    /**
     * The need's most valuable arc {@link #canTake} accepts, -1 when none does. (This and the volunteer's below, as
     * one method taking the arrays to read, made the annealing's moves 15 % slower.)
     */
    int bestTakeableOfNeed(int need) {
        if (!hasOpenPosition(need)) {
            return -1;
        }
        int[] arcs = arcsOfNeed[need];
        int[] volunteers = volunteersOfNeed[need];
        for (int i = 0; i < arcs.length; i++) {
            // most candidates are out of requests: told by the volunteer alone, before the arc is looked at
            if (takenCount[volunteers[i]] < requestCap[volunteers[i]] && fits(arcs[i], volunteers[i], need)) {
                return arcs[i];
            }
        }
        return -1;
    }

    /** The volunteer's most valuable arc {@link #canTake} accepts, -1 when none does. */
    int bestTakeableOfVolunteer(int volunteer) {
        if (!hasRequestsLeft(volunteer)) {
            return -1;
        }
        int[] arcs = arcsOfVolunteer[volunteer];
        int[] needs = needsOfVolunteer[volunteer];
        for (int i = 0; i < arcs.length; i++) {
            // most needs are full: told by the need alone, before the arc is looked at
            if (filled[needs[i]] < positions[needs[i]] && fits(arcs[i], volunteer, needs[i])) {
                return arcs[i];
            }
        }
        return -1;
    }

    void assign(int arc) {
        int v = arcVolunteer[arc];
        int n = arcNeed[arc];
        int at = takenStart[v] + takenCount[v];
        if (at == takenStart[v + 1]) {
            throw new IllegalStateException("volunteer " + v + " already holds as many needs as their requests allow");
        }
        takenArcs[at] = arc;
        takenNeeds[at] = n;
        takenCount[v]++;
        inPlan[arc] = true;
        filled[n]++;
        addHours(v, n, 1);
    }

    void unassign(int arc) {
        int v = arcVolunteer[arc];
        int n = arcNeed[arc];
        for (int i = takenStart[v]; i < takenStart[v] + takenCount[v]; i++) {
            if (takenArcs[i] == arc) {
                int last = takenStart[v] + --takenCount[v];
                takenArcs[i] = takenArcs[last];
                takenNeeds[i] = takenNeeds[last];
                inPlan[arc] = false;
                filled[n]--;
                addHours(v, n, -1);
                return;
            }
        }
        throw new IllegalStateException("arc " + arc + " is not in the plan");
    }

    Allocation toAllocation(Duration elapsed) {
        List<Arc> chosen = new ArrayList<>();
        for (int v = 0; v < volunteerCount; v++) {
            for (int i = 0; i < takenCount[v]; i++) {
                chosen.add(instance.arcs().get(takenArc(v, i)));
            }
        }
        chosen.sort(Comparator.comparingInt(Arc::need).thenComparingInt(Arc::volunteer));
        return Allocation.of(instance, chosen, elapsed);
    }

    /** Whether a need the volunteer holds in the plan clashes with this one. */
    private boolean clashesWithTaken(int volunteer, int need) {
        for (int i = takenStart[volunteer]; i < takenStart[volunteer] + takenCount[volunteer]; i++) {
            if (clash(takenNeeds[i], need)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one volunteer cannot take both needs (overlap or less than 11 h rest). */
    boolean clash(int a, int b) {
        if (spanStart[a] >= spanEnd[b] || spanStart[b] >= spanEnd[a]) {
            return false;
        }
        if (longestGap[a] < shortestStretch[b] && longestGap[b] < shortestStretch[a]) {
            return true;
        }
        int[] startA = start[a];
        int[] endA = restedEnd[a];
        int[] startB = start[b];
        int[] endB = restedEnd[b];
        for (int i = 0; i < startA.length; i++) {
            for (int j = 0; j < startB.length; j++) {
                if (startA[i] < endB[j] && startB[j] < endA[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean clashesWithBooked(int volunteer, int need) {
        int[] bookedStarts = bookedStart[volunteer];
        for (int i = 0; i < bookedStarts.length; i++) {
            for (int j = 0; j < start[need].length; j++) {
                if (bookedStarts[i] < restedEnd[need][j] && start[need][j] < bookedRestedEnd[volunteer][i]) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addHours(int volunteer, int need, int sign) {
        for (int i = needWeeksStart[need]; i < needWeeksStart[need + 1]; i++) {
            hoursUsed[volunteer * weeks + needWeek[i]] += sign * needWeekHours[i];
        }
    }

    private void sortByValueDescending(int[] arcs) {
        int[] sorted = IntStream.of(arcs).boxed()
                .sorted(Comparator.comparingDouble((Integer a) -> -arcValue[a]).thenComparingInt(a -> a))
                .mapToInt(Integer::intValue).toArray();
        System.arraycopy(sorted, 0, arcs, 0, arcs.length);
    }

    /** Arcs by need or by volunteer, leaving out those worth nothing (travel costing more than the position). */
    private static int[][] group(int size, int[] keyOfArc, double[] value) {
        int[] counts = new int[size];
        for (int arc = 0; arc < keyOfArc.length; arc++) {
            if (value[arc] > 0) {
                counts[keyOfArc[arc]]++;
            }
        }
        int[][] groups = new int[size][];
        for (int i = 0; i < size; i++) {
            groups[i] = new int[counts[i]];
        }
        int[] next = new int[size];
        for (int arc = 0; arc < keyOfArc.length; arc++) {
            if (value[arc] > 0) {
                groups[keyOfArc[arc]][next[keyOfArc[arc]]++] = arc;
            }
        }
        return groups;
    }

    /** The longest stretch of time within the span that no stretched shift covers. */
    private static int longestGap(int[] starts, int[] restedEnds) {
        int[] byStart = IntStream.range(0, starts.length).boxed().sorted(Comparator.comparingInt(i -> starts[i]))
                .mapToInt(Integer::intValue).toArray();
        int gap = 0;
        int coveredUntil = Integer.MIN_VALUE;
        for (int i : byStart) {
            if (coveredUntil != Integer.MIN_VALUE) {
                gap = Math.max(gap, starts[i] - coveredUntil);
            }
            coveredUntil = Math.max(coveredUntil, restedEnds[i]);
        }
        return gap;
    }

    private static long minutes(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /** Monday-based week number ({@link Shifts#hoursPerWeek} counts a shift in the ISO week it starts). */
    private static long week(long minutes) {
        return Math.floorDiv(Math.floorDiv(minutes, 24 * 60) + 3, 7);
    }

    private static int clamp(long minutes) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, minutes));
    }
}
