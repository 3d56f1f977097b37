package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interval arithmetic on shifts: overlap, rest between shifts, hours per ISO week. */
public final class Shifts {

    /** Minimum daily rest between two shifts (Code du travail, art. L3131-1). */
    public static final Duration MINIMUM_REST = Duration.ofHours(11);
    /** Maximum weekly working time (art. L3121-20). */
    public static final int LEGAL_MAX_HOURS_PER_WEEK = 48;

    private Shifts() {
    }

    public static boolean overlap(ShiftSnapshot a, ShiftSnapshot b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    public static boolean anyOverlap(List<ShiftSnapshot> a, List<ShiftSnapshot> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> overlap(x, y)));
    }

    /** True if some shift of {@code a} and some shift of {@code b} are less than 11 h apart (and do not overlap). */
    public static boolean restTooShort(List<ShiftSnapshot> a, List<ShiftSnapshot> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> !overlap(x, y) && gap(x, y).compareTo(MINIMUM_REST) < 0));
    }

    public static Duration gap(ShiftSnapshot a, ShiftSnapshot b) {
        return a.end().isBefore(b.start()) || a.end().equals(b.start())
                ? Duration.between(a.end(), b.start())
                : Duration.between(b.end(), a.start());
    }

    /** Hours worked per ISO week (a shift counts in the week it starts). */
    public static Map<Long, Double> hoursPerWeek(List<ShiftSnapshot> shifts) {
        Map<Long, Double> hours = new HashMap<>();
        for (ShiftSnapshot shift : shifts) {
            hours.merge(weekOf(shift.start()), Duration.between(shift.start(), shift.end()).toMinutes() / 60.0, Double::sum);
        }
        return hours;
    }

    /** The ISO week (Monday to Sunday) as a number: days since the Monday before 1970-01-01 (a Thursday), by seven. */
    private static long weekOf(LocalDateTime time) {
        return Math.floorDiv(time.toLocalDate().toEpochDay() + 3, 7);
    }
}
