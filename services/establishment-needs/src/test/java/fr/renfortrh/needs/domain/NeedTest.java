package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static fr.renfortrh.contracts.reference.ContractType.CDD_COURT;
import static fr.renfortrh.contracts.reference.Profession.AIDE_SOIGNANT;
import static fr.renfortrh.contracts.reference.Urgency.HIGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeedTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
    private final LocalDate tomorrow = now.toLocalDate().plusDays(1);
    private final Shift nightTomorrow = new Shift(tomorrow, LocalTime.of(21, 0), LocalTime.of(7, 0));
    private final Shift dayTomorrow = new Shift(tomorrow, LocalTime.of(7, 0), LocalTime.of(19, 0));

    @Test
    void aPostedNeedIsPublishedWithItsShiftsInOrderAndAnnounced() {
        var change = Need.publish("n1", "e1", AIDE_SOIGNANT, "61", CDD_COURT, HIGH, 2,
                List.of(nightTomorrow, dayTomorrow), now);

        assertThat(change.aggregate().status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(change.aggregate().shifts()).containsExactly(dayTomorrow, nightTomorrow);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(NeedPublished.class,
                e -> assertThat(e.need().shifts().get(1).end()).isEqualTo(tomorrow.plusDays(1).atTime(7, 0)));
    }

    @Test
    void aNightShiftEndsTheNextDay() {
        assertThat(nightTomorrow.endsAt()).isEqualTo(tomorrow.plusDays(1).atTime(7, 0));
        assertThat(dayTomorrow.endsAt()).isEqualTo(tomorrow.atTime(19, 0));
    }

    @Test
    void aNeedNeedsShiftsThatAreNotPast() {
        assertThatThrownBy(() -> Need.publish("n1", "e1", AIDE_SOIGNANT, "61", CDD_COURT, HIGH, 1, List.of(), now))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("shifts"));
        var yesterday = new Shift(now.toLocalDate().minusDays(1), LocalTime.of(7, 0), LocalTime.of(19, 0));
        assertThatThrownBy(() -> Need.publish("n1", "e1", AIDE_SOIGNANT, "61", CDD_COURT, HIGH, 1,
                List.of(dayTomorrow, yesterday), now))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("shifts[1]"));
    }

    @Test
    void positionsMustBeBetweenOneAndFiveHundred() {
        for (int positions : new int[]{0, 10_000}) {
            assertThatThrownBy(() -> Need.publish("n1", "e1", AIDE_SOIGNANT, "61", CDD_COURT, HIGH, positions,
                    List.of(dayTomorrow), now)).isInstanceOf(RuleViolation.class);
        }
    }
}
