package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;

import java.util.List;

/**
 * Everything a joint allocation decides on, and nothing else: open positions per need, what each volunteer
 * can still take, and which volunteer may fill which need (the arcs, already past every hard filter that
 * concerns one pair). What remains for the solver are the constraints between pairs: one volunteer per
 * position, no overlap and 11 h rest between the needs a volunteer takes, weekly hours, request budget.
 * It is also the exported instance format (see docs/allocation-instance.md).
 */
public record AllocationInstance(List<Need> needs, List<Volunteer> volunteers, List<Arc> arcs, Weights weights) {

    /** @param positions positions still to fill */
    public record Need(String needId, Urgency urgency, int positions, List<ShiftSnapshot> shifts) {
        public Need {
            shifts = List.copyOf(shifts);
        }
    }

    /**
     * @param maxHoursPerWeek the volunteer's own cap (0 = the legal 48 h)
     * @param maxRequests     contact requests they may still receive this week: the needs they can be given
     * @param booked          shifts of missions already confirmed, which count for rest and weekly hours
     */
    public record Volunteer(String volunteerId, int maxHoursPerWeek, int maxRequests, List<ShiftSnapshot> booked) {
        public Volunteer {
            booked = List.copyOf(booked);
        }
    }

    /** Volunteer {@code volunteer} (an index into volunteers) may fill a position of need {@code need}; one arc per pair. */
    public record Arc(int volunteer, int need, double distanceKm) {
    }

    public AllocationInstance {
        needs = List.copyOf(needs);
        volunteers = List.copyOf(volunteers);
        arcs = List.copyOf(arcs);
        long[] pairs = arcs.stream().mapToLong(arc -> (long) arc.volunteer() << 32 | arc.need()).sorted().toArray();
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] == pairs[i - 1]) {
                throw new IllegalArgumentException("two arcs join volunteer " + (pairs[i] >>> 32) + " and need " + (int) pairs[i]);
            }
        }
    }

    public double value(Arc arc) {
        return weights.value(needs.get(arc.need()).urgency(), arc.distanceKm());
    }

    public int positions() {
        return needs.stream().mapToInt(Need::positions).sum();
    }
}
