package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a volunteer's declared availability covers a shift. Dated unavailability always wins; then
 * "available now", a dated availability period, or the weekly slot in which the shift starts.
 */
final class AvailabilityRules {

    private static final int NIGHT_FROM_HOUR = 20;
    private static final int AFTERNOON_FROM_HOUR = 13;
    private static final int NIGHT_UNTIL_HOUR = 6;

    private AvailabilityRules() {
    }

    static boolean covers(Availability availability, ShiftSnapshot shift) {
        if (availability == null) {
            return false;
        }
        LocalDate day = shift.start().toLocalDate();
        LocalDate lastDay = shift.end().minusNanos(1).toLocalDate();
        boolean offered = (availability.availableNowUntil() != null && !shift.end().isAfter(availability.availableNowUntil()))
                || (availability.weeklySlots() & (1 << slotOf(shift.start()))) != 0
                || anyPeriod(availability.available(), p -> !day.isBefore(p.from()) && !lastDay.isAfter(p.to()));
        return offered && !anyPeriod(availability.unavailable(), p -> !p.to().isBefore(day) && !p.from().isAfter(lastDay));
    }

    /** A loop, not a stream: checked for thousands of candidates per shortlist, mostly on empty lists. */
    private static boolean anyPeriod(List<Availability.Period> periods, Predicate<Availability.Period> matches) {
        for (Availability.Period period : periods) {
            if (matches.test(period)) {
                return true;
            }
        }
        return false;
    }

    /** Bit of the weekly slot a shift starting at {@code start} falls in (see {@link Availability}). */
    static int slotOf(LocalDateTime start) {
        int hour = start.getHour();
        if (hour < NIGHT_UNTIL_HOUR) {
            return 14 + start.minusDays(1).getDayOfWeek().getValue() - 1;
        }
        int day = start.getDayOfWeek().getValue() - 1;
        if (hour >= NIGHT_FROM_HOUR) {
            return 14 + day;
        }
        return hour >= AFTERNOON_FROM_HOUR ? 2 * day + 1 : 2 * day;
    }
}
