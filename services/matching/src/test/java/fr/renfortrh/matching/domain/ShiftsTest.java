package fr.renfortrh.matching.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class ShiftsTest {

    @Test
    void shiftsThatTouchDoNotOverlapButSharedHoursDo() {
        var day = shift(MONDAY.atTime(7, 0), 12);
        assertThat(Shifts.overlap(day, shift(MONDAY.atTime(19, 0), 2))).isFalse();
        assertThat(Shifts.overlap(day, shift(MONDAY.atTime(18, 0), 2))).isTrue();
    }

    @Test
    void aDayShiftAfterANightNeedsElevenHoursOfRest() {
        var night = night(MONDAY);
        assertThat(Shifts.restTooShort(List.of(night), List.of(shift(MONDAY.plusDays(1).atTime(17, 0), 10)))).isTrue();
        assertThat(Shifts.restTooShort(List.of(night), List.of(shift(MONDAY.plusDays(1).atTime(18, 0), 10)))).isFalse();
    }

    @Test
    void hoursAreCountedPerIsoWeek() {
        var hours = Shifts.hoursPerWeek(List.of(shift(MONDAY.atTime(7, 0), 12), shift(MONDAY.plusDays(7).atTime(7, 0), 10)));
        assertThat(hours.values()).containsExactlyInAnyOrder(12.0, 10.0);
    }
}
