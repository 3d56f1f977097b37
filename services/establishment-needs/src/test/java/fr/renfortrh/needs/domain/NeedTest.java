package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.NeedFilled;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static fr.renfortrh.needs.domain.Fixtures.nurses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeedTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
    private final LocalDate tomorrow = now.toLocalDate().plusDays(1);
    private final Shift nightTomorrow = new Shift(tomorrow, LocalTime.of(21, 0), LocalTime.of(7, 0));
    private final Shift dayTomorrow = new Shift(tomorrow, LocalTime.of(7, 0), LocalTime.of(19, 0));

    private Need published(int positions) {
        return Need.publish("n1", Fixtures.verifiedEhpad(), nurses(positions), List.of(nightTomorrow, dayTomorrow), now).aggregate();
    }

    @Test
    void aVerifiedEstablishmentPublishesANeedLocatedAtItsCommuneWithShiftsInOrder() {
        var change = Need.publish("n1", Fixtures.verifiedEhpad(), nurses(2), List.of(nightTomorrow, dayTomorrow), now);

        assertThat(change.aggregate().status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(change.aggregate().shifts()).containsExactly(dayTomorrow, nightTomorrow);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(NeedPublished.class, e -> {
            assertThat(e.need().communeInsee()).isEqualTo("76540");
            assertThat(e.need().establishmentName()).isEqualTo("EHPAD Les Tilleuls");
            assertThat(e.need().shifts().get(1).end()).isEqualTo(tomorrow.plusDays(1).atTime(7, 0));
        });
    }

    @Test
    void anUnverifiedEstablishmentCannotPublish() {
        var pending = Establishment.request("e1", "760780007", Fixtures.EHPAD_ROUEN, Fixtures.CLAIRE).aggregate();
        assertThatThrownBy(() -> Need.publish("n1", pending, nurses(1), List.of(dayTomorrow), now)).isInstanceOf(Forbidden.class);
    }

    @Test
    void shiftsMustBeFuturePositionsSensible() {
        var yesterday = new Shift(now.toLocalDate().minusDays(1), LocalTime.of(7, 0), LocalTime.of(19, 0));
        assertThatThrownBy(() -> Need.publish("n1", Fixtures.verifiedEhpad(), nurses(1), List.of(dayTomorrow, yesterday), now))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("shifts[1]"));
        for (int positions : new int[]{0, 10_000}) {
            assertThatThrownBy(() -> Need.publish("n1", Fixtures.verifiedEhpad(), nurses(positions), List.of(dayTomorrow), now))
                    .isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void everyMistakeOfANeedIsToldAtOnce() {
        var yesterday = new Shift(now.toLocalDate().minusDays(1), LocalTime.of(7, 0), LocalTime.of(19, 0));
        var blank = new NeedDetails(null, null, null, null, 0, null, null, false, null, null, null);

        assertThatThrownBy(() -> Need.publish("n1", Fixtures.verifiedEhpad(), blank, List.of(yesterday), now))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("profession", "contractType", "urgency", "positions", "shifts[0]"));
    }

    @Test
    void confirmationsFillTheNeedOnceEachAndACancellationReopensIt() {
        var need = published(2).missionConfirmed("p1").aggregate().missionConfirmed("p1").aggregate();
        assertThat(need.status()).isEqualTo(NeedStatus.PARTIALLY_FILLED);

        var filled = need.missionConfirmed("p2");
        assertThat(filled.aggregate().status()).isEqualTo(NeedStatus.FILLED);
        assertThat(filled.events()).singleElement().isInstanceOf(NeedFilled.class);

        assertThat(filled.aggregate().missionCancelled("p2").aggregate().status()).isEqualTo(NeedStatus.PARTIALLY_FILLED);
    }

    @Test
    void aCompletedMissionIsCountedOnceAndStaysAFilledPositionEvenHeardOfBeforeItsConfirmation() {
        var need = published(2).missionConfirmed("p1").aggregate().missionCompleted("p1").aggregate()
                .missionCompleted("p1").aggregate();
        assertThat(need.completedMissions()).isEqualTo(1);
        assertThat(need.filledPositions()).isEqualTo(1);

        var filled = need.missionCompleted("p2");
        assertThat(filled.aggregate().completedMissions()).isEqualTo(2);
        assertThat(filled.aggregate().status()).isEqualTo(NeedStatus.FILLED);
        assertThat(filled.events()).singleElement().isInstanceOf(NeedFilled.class);
        assertThat(filled.aggregate().missionConfirmed("p2").aggregate()).isEqualTo(filled.aggregate());
    }

    @Test
    void noVolunteerIdentifierIsKeptWithTheFilling() {
        var need = published(2).missionConfirmed("need-1:volunteer-42").aggregate();
        assertThat(need.filledPositions()).isEqualTo(1);
        assertThat(need.toString()).doesNotContain("volunteer-42");
    }

    @Test
    void aCancellationArrivingBeforeItsConfirmationIsNotUndone() {
        var need = published(1).missionCancelled("p1").aggregate().missionConfirmed("p1").aggregate();
        assertThat(need.filledPositions()).isZero();
        assertThat(need.status()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @Test
    void aNeedUnderWayIsEditedWithItsBegunShiftsButNoNewShiftInThePast() {
        var need = published(1);
        LocalDateTime tomorrowNoon = tomorrow.atTime(12, 0);

        var edited = need.edit(nurses(2), List.of(dayTomorrow, nightTomorrow), tomorrowNoon).aggregate();

        assertThat(edited.details().positions()).isEqualTo(2);
        assertThat(edited.shifts()).containsExactly(dayTomorrow, nightTomorrow);
        var movedBack = new Shift(tomorrow, LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertThatThrownBy(() -> need.edit(nurses(2), List.of(movedBack, nightTomorrow), tomorrowNoon))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("shifts[0]"));
    }

    @Test
    void positionsCannotDropBelowThoseConfirmed() {
        var need = published(3).missionConfirmed("p1").aggregate().missionConfirmed("p2").aggregate();
        assertThatThrownBy(() -> need.edit(nurses(1), need.shifts(), now)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theShiftsOfConfirmedMissionsNoLongerChangeButTheRestOfTheNeedDoes() {
        var need = published(2).missionConfirmed("p1").aggregate();
        var dayAfter = new Shift(tomorrow.plusDays(1), LocalTime.of(7, 0), LocalTime.of(19, 0));

        assertThatThrownBy(() -> need.edit(nurses(2), List.of(dayTomorrow, dayAfter), now))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("shifts"));
        assertThat(need.edit(nurses(3), List.of(nightTomorrow, dayTomorrow), now).aggregate().details().positions()).isEqualTo(3);
        var cancelled = need.missionCancelled("p1").aggregate();
        assertThat(cancelled.edit(nurses(2), List.of(dayAfter), now).aggregate().shifts()).containsExactly(dayAfter);
    }

    @Test
    void aNeedExpiresOnlyOnceAllItsShiftsArePast() {
        var need = published(1);
        assertThatThrownBy(() -> need.expire(now)).isInstanceOf(StateConflict.class);
        assertThat(need.expire(tomorrow.plusDays(2).atStartOfDay()).aggregate().status()).isEqualTo(NeedStatus.EXPIRED);
    }

    @Test
    void aWeeklyPatternExpandsIntoItsShifts() {
        var pattern = new WeeklyPattern(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 20),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(21, 0), LocalTime.of(7, 0));
        assertThat(pattern.shifts()).extracting(Shift::date).containsExactly(LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 17));
    }
}
