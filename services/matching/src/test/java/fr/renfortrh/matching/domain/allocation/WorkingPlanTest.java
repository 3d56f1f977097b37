package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.Shifts;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingPlanTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 0, 0);

    @Test
    void twoNeedsClashExactlyWhenSomeOfTheirShiftsOverlapOrLeaveLessThanElevenHoursRest() {
        var random = new SplittableRandom(7);
        // consecutive days (the shortcut's case), days apart, short and long shifts, nights across midnight
        List<AllocationInstance.Need> needs = IntStream.range(0, 300).mapToObj(i -> need(random)).toList();
        var plan = new WorkingPlan(new AllocationInstance(needs, List.of(), List.of(), Weights.DEFAULT));

        int clashes = 0;
        for (int a = 0; a < needs.size(); a++) {
            for (int b = 0; b < needs.size(); b++) {
                boolean expected = a != b && anyTooClose(needs.get(a).shifts(), needs.get(b).shifts());
                if (a != b) {
                    assertThat(plan.clash(a, b)).as("needs %d and %d", a, b).isEqualTo(expected);
                }
                clashes += expected ? 1 : 0;
            }
        }
        assertThat(clashes).isBetween(needs.size(), needs.size() * needs.size() / 2);
    }

    private static AllocationInstance.Need need(SplittableRandom random) {
        LocalDateTime first = MONDAY.plusDays(random.nextInt(14)).plusHours(random.nextInt(24));
        int hours = 4 + random.nextInt(9);
        int everyDays = 1 + random.nextInt(3);
        List<ShiftSnapshot> shifts = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(5); i < count; i++) {
            LocalDateTime start = first.plusDays((long) i * everyDays);
            shifts.add(new ShiftSnapshot(start, start.plusHours(hours)));
        }
        return new AllocationInstance.Need("n", Urgency.NORMAL, 1, shifts);
    }

    private static boolean anyTooClose(List<ShiftSnapshot> a, List<ShiftSnapshot> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y ->
                x.start().isBefore(y.end().plus(Shifts.MINIMUM_REST)) && y.start().isBefore(x.end().plus(Shifts.MINIMUM_REST))));
    }
}
