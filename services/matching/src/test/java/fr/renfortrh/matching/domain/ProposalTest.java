package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ContactExpired;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalTest {

    private final Proposal proposed = Proposal.propose(nightNeed(night(MONDAY)), nurse("v1"), NOW).aggregate();
    private final Duration day = Duration.ofHours(24);

    @Test
    void aCriticalNeedGivesTwoHoursToAnswerOthersADay() {
        assertThat(Proposal.answerDelay(Urgency.CRITICAL, day, Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
        assertThat(Proposal.answerDelay(Urgency.HIGH, day, Duration.ofHours(2))).isEqualTo(day);
    }

    @Test
    void aRequestExpiresWhenUnansweredAndCanNoLongerBeAccepted() {
        var requested = proposed.requestContact(NOW, day);
        assertThat(requested.events()).singleElement().isInstanceOf(ContactRequested.class);
        var later = NOW.plus(day);

        assertThat(requested.aggregate().hasExpired(later)).isTrue();
        assertThatThrownBy(() -> requested.aggregate().accept(later)).isInstanceOf(StateConflict.class);
        assertThat(requested.aggregate().expire(later).events()).singleElement().isInstanceOf(ContactExpired.class);
    }

    @Test
    void movedShiftsWithdrawARequestUnderWayAndAreTakenByAnyProposalNotEngagedInAMission() {
        var tuesday = List.of(night(MONDAY.plusDays(1)));

        var withdrawn = proposed.requestContact(NOW, day).aggregate().accept(NOW.plusSeconds(60)).aggregate()
                .needRescheduled(tuesday, "Créneaux changés").orElseThrow();
        assertThat(withdrawn.aggregate().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(withdrawn.aggregate().shifts()).isEqualTo(tuesday);
        assertThat(withdrawn.events()).singleElement().isInstanceOf(ContactWithdrawn.class);

        var moved = proposed.needRescheduled(tuesday, "Créneaux changés").orElseThrow();
        assertThat(moved.aggregate().status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(moved.aggregate().shifts()).isEqualTo(tuesday);
        assertThat(moved.events()).isEmpty();

        var confirmed = proposed.requestContact(NOW, day).aggregate().accept(NOW.plusSeconds(60)).aggregate().confirm().aggregate();
        assertThat(confirmed.needRescheduled(tuesday, "Créneaux changés")).isEmpty();
        assertThat(proposed.needRescheduled(proposed.shifts(), "Créneaux changés")).isEmpty();
    }

    @Test
    void onlyAnAcceptedVolunteerCanBeConfirmedAndOnlyAConfirmedMissionCancelled() {
        assertThatThrownBy(proposed::confirm).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> proposed.cancel("ESTABLISHMENT", "x")).isInstanceOf(StateConflict.class);

        var accepted = proposed.requestContact(NOW, day).aggregate().accept(NOW.plusSeconds(60)).aggregate();
        var confirmed = accepted.confirm().aggregate();

        assertThat(confirmed.status()).isEqualTo(ProposalStatus.CONFIRMED);
        assertThat(confirmed.cancel("VOLUNTEER", "Malade").aggregate().status()).isEqualTo(ProposalStatus.CANCELLED);
    }

    @Test
    void aMissionCompletesAfterItsLastShiftThenEachSideGivesFeedbackOnce() {
        var confirmed = proposed.requestContact(NOW, day).aggregate().accept(NOW.plusSeconds(60)).aggregate().confirm().aggregate();
        var duringTheNight = MONDAY.atTime(23, 0);
        var morningAfter = MONDAY.plusDays(1).atTime(7, 0);
        var feedback = new Proposal.Feedback(true, false, "Absente sans prévenir", NOW);

        assertThat(confirmed.isOver(duringTheNight)).isFalse();
        assertThatThrownBy(() -> confirmed.complete(duringTheNight)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> confirmed.feedback(Proposal.Side.ESTABLISHMENT, feedback)).isInstanceOf(StateConflict.class);

        var completed = confirmed.complete(morningAfter);
        assertThat(completed.events()).singleElement().isInstanceOf(MissionCompleted.class);
        var rated = completed.aggregate().feedback(Proposal.Side.ESTABLISHMENT, feedback).aggregate();
        assertThat(rated.establishmentFeedback()).isEqualTo(feedback);
        assertThat(rated.volunteerFeedback()).isNull();
        assertThatThrownBy(() -> rated.feedback(Proposal.Side.ESTABLISHMENT, feedback)).isInstanceOf(StateConflict.class);
        assertThat(rated.feedback(Proposal.Side.VOLUNTEER, feedback).aggregate().volunteerFeedback()).isEqualTo(feedback);
    }

    @Test
    void aPendingRequestCannotBeRequestedTwice() {
        var requested = proposed.requestContact(NOW, day).aggregate();
        assertThatThrownBy(() -> requested.requestContact(NOW, day)).isInstanceOf(StateConflict.class);
    }
}
