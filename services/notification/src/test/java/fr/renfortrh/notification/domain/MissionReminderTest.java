package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.notification.Fixtures;
import fr.renfortrh.notification.domain.Announcements.Context;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MissionReminderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static MissionConfirmed confirmed(LocalDateTime... starts) {
        return new MissionConfirmed("p1", "n1", "e1", "v1",
                List.of(starts).stream().map(start -> new ShiftSnapshot(start, start.plusHours(12))).toList());
    }

    @Test
    void theReminderIsDueADayBeforeTheFirstShiftInFrenchTimeWinterOrSummer() {
        var winter = MissionReminder.of(confirmed(LocalDateTime.of(2026, 12, 9, 7, 0), LocalDateTime.of(2026, 12, 8, 19, 0)), NOW);
        var summer = MissionReminder.of(confirmed(LocalDateTime.of(2027, 7, 5, 7, 0)), NOW);

        assertThat(winter).map(MissionReminder::remindAt).contains(Instant.parse("2026-12-07T18:00:00Z"));
        assertThat(summer).map(MissionReminder::remindAt).contains(Instant.parse("2027-07-04T05:00:00Z"));
    }

    @Test
    void aMissionStartingWithinADayHasNoReminderTheConfirmationSaysItAll() {
        assertThat(MissionReminder.of(confirmed(LocalDateTime.of(2026, 12, 2, 7, 0)), NOW)).isEmpty();
        assertThat(MissionReminder.of(confirmed(), NOW)).isEmpty();
    }

    @Test
    void aReminderFoundOnceItsMissionHasBegunIsNoLongerAhead() {
        var reminder = MissionReminder.of(confirmed(LocalDateTime.of(2026, 12, 9, 7, 0)), NOW).orElseThrow();

        assertThat(reminder.stillAhead(Instant.parse("2026-12-09T05:59:00Z"))).isTrue();
        assertThat(reminder.stillAhead(Instant.parse("2026-12-09T06:00:00Z"))).isFalse();
    }

    @Test
    void theReminderTellsTheVolunteerWhenWhereAndWhereTheSheetIsAndTheStaffWhomToExpect() {
        var reminder = MissionReminder.of(confirmed(LocalDateTime.of(2026, 12, 9, 7, 0)), NOW).orElseThrow();

        var announcements = Announcements.reminder(reminder, new Context(Optional.of(Fixtures.need(Urgency.HIGH)), Optional.of(Fixtures.EHPAD)));

        assertThat(announcements).hasSize(2);
        var volunteer = announcements.getFirst();
        assertThat(volunteer.recipients()).containsExactly("v1");
        assertThat(volunteer.message().kind()).isEqualTo(NotificationKind.MISSION_REMINDER);
        assertThat(volunteer.message().title()).isEqualTo("Rappel : votre mission du mercredi 9 décembre à 07h00");
        assertThat(volunteer.message().body()).startsWith("EHPAD Les Tilleuls vous attend pour la mission « Infirmier")
                .contains("fiche de mission");
        assertThat(volunteer.message().link()).isEqualTo("/espace/demandes");
        var staff = announcements.getLast();
        assertThat(staff.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(staff.message().title()).isEqualTo("Rappel : un volontaire arrive le mercredi 9 décembre à 07h00");
        assertThat(staff.message().link()).isEqualTo("/espace/besoins/n1");
    }

    @Test
    void withoutTheEstablishmentKnownOnlyTheVolunteerIsReminded() {
        var reminder = MissionReminder.of(confirmed(LocalDateTime.of(2026, 12, 9, 7, 0)), NOW).orElseThrow();

        assertThat(Announcements.reminder(reminder, new Context(Optional.empty(), Optional.empty())))
                .singleElement().satisfies(announcement -> assertThat(announcement.recipients()).containsExactly("v1"));
    }
}
