package fr.renfortrh.matching.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;

class WavesTest {

    private final OpenNeed need = new OpenNeed("need-1", "est-1", "EHPAD", nightNeed(night(MONDAY)).profession(), null,
            null, "76", 49.28671, 1.00798, nightNeed(night(MONDAY)).contractType(), nightNeed(night(MONDAY)).urgency(), 2,
            List.of(night(MONDAY)), true, null, false, null);
    private final Duration day = Duration.ofHours(24);

    private Proposal asked(String volunteer) {
        return Proposal.propose(need, nurse(volunteer), NOW).aggregate().requestContact(NOW, day).aggregate();
    }

    private List<ShortlistEntry> ranked(String... volunteers) {
        return java.util.Arrays.stream(volunteers)
                .map(id -> new ShortlistEntry(nurse(id), 5, new Score(50, 0, 0, 0, 0, 0), List.of(), List.of())).toList();
    }

    @Test
    void twoRequestsAreOutstandingPerOpenPositionAndOnlyThoseNeverAskedAreAskedNext() {
        var confirmed = asked("filled").accept(NOW.plusSeconds(1)).aggregate().confirm().aggregate();
        var pending = asked("pending");
        var declined = asked("declined").decline(NOW.plusSeconds(1)).aggregate();
        var proposedOnly = Proposal.propose(need, nurse("proposed"), NOW).aggregate();

        var next = Waves.next(need, List.of(confirmed, pending, declined, proposedOnly),
                ranked("filled", "pending", "declined", "proposed", "fresh"), 2);

        assertThat(next.missing()).isEqualTo(1);
        assertThat(next.volunteerIds()).containsExactly("proposed", "fresh");
    }

    @Test
    void nothingIsMissingOnceEveryPositionIsFilled() {
        var first = asked("a").accept(NOW.plusSeconds(1)).aggregate().confirm().aggregate();
        var second = asked("b").accept(NOW.plusSeconds(1)).aggregate().confirm().aggregate();

        assertThat(Waves.next(need, List.of(first, second), ranked("c"), 2).missing()).isZero();
    }
}
