package fr.renfortrh.needs.domain;

import fr.renfortrh.platform.domain.RuleViolation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "Every Monday and Thursday night from 1 to 28 February": expanded into the shifts it stands for. */
public record WeeklyPattern(LocalDate from, LocalDate to, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    private static final int MAX_WEEKS = 26;

    public List<Shift> shifts() {
        if (to.isBefore(from)) {
            throw new RuleViolation("pattern.to", "La fin de la période précède son début.");
        }
        if (to.isAfter(from.plusWeeks(MAX_WEEKS))) {
            throw new RuleViolation("pattern.to", "Une période de " + MAX_WEEKS + " semaines au plus.");
        }
        if (days.isEmpty()) {
            throw new RuleViolation("pattern.days", "Choisissez au moins un jour.");
        }
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                shifts.add(new Shift(day, start, end));
            }
        }
        return shifts;
    }
}
