package fr.renfortrh.matching.domain;

import fr.renfortrh.matching.domain.allocation.SyntheticNormandy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;

class ShortlistTest {

    private final OpenNeed need = nightNeed(night(MONDAY));

    @Test
    void aVolunteerAskedOftenLatelyRanksBelowAnEquallyGoodOneWhoWasNot() {
        var often = VolunteerSchedule.empty("often").solicited(NOW.minusSeconds(3600)).solicited(NOW.minusSeconds(7200));
        var schedules = Map.of("often", often, "rested", VolunteerSchedule.empty("rested"));

        var ranked = Shortlist.rank(need, List.of(nurse("often"), nurse("rested")), ids -> schedules,
                Audience.ESTABLISHMENT, NOW, 10);

        assertThat(ranked).extracting(e -> e.candidate().volunteerId()).containsExactly("rested", "often");
        assertThat(ranked.get(1).why()).contains("Sollicité 2 fois ces 14 derniers jours");
    }

    @Test
    void noShowsReportedThisYearLowerTheRankButOldOnesAreForgotten() {
        var absent = VolunteerSchedule.empty("absent").noShow(NOW.minus(Duration.ofDays(20)));
        var longAgo = VolunteerSchedule.empty("long-ago").noShow(NOW.minus(Duration.ofDays(400)));
        var schedules = Map.of("absent", absent, "long-ago", longAgo);

        var ranked = Shortlist.rank(need, List.of(nurse("absent"), nurse("long-ago")), ids -> schedules,
                Audience.ESTABLISHMENT, NOW, 10);

        assertThat(ranked).extracting(e -> e.candidate().volunteerId()).containsExactly("long-ago", "absent");
        assertThat(ranked.get(1).score().reliability()).isEqualTo(-10);
        assertThat(ranked.get(0).score().reliability()).isZero();
    }

    @Test
    void everyEntryExplainsItsRankAndIneligibleCandidatesAreLeftOut() {
        var c = nurse("far");
        var far = new Candidate("far", c.initials(), c.professions(), c.specialty(), c.status(), "50", 49.63984,
                -1.61631, 30, List.of("76"), c.contractTypes(), 48, null, c.availability(), c.confirmedAt(), 1,
                List.of(), 3, c.contactConsent());

        var ranked = Shortlist.rank(need, List.of(nurse("near"), far), ids -> Map.of(),
                Audience.ESTABLISHMENT, NOW, 10);

        assertThat(ranked).singleElement().satisfies(entry -> {
            assertThat(entry.why()).contains("A déjà exercé en EHPAD", "Disponibilités confirmées il y a 1 jour(s)");
            assertThat(entry.why()).anyMatch(line -> line.startsWith("Score "));
        });
    }

    @Test
    void aVolunteerWhoAppearsLaterIsWorthProposingOnlyIfTheyOutrankTheLastProposed() {
        var rouen = nurse("rouen");
        var elbeuf = nurse("elbeuf", need.latitude(), need.longitude());
        var fartherAway = nurse("farther", 49.48, 1.10);
        var ranked = Shortlist.rank(need, List.of(rouen), ids -> Map.of(), Audience.ESTABLISHMENT, NOW, 1);

        OpenNeed proposedToOne = need.proposedTo(ranked, 1);

        assertThat(proposedToOne.worthProposing(scoreOf(elbeuf))).isTrue();
        assertThat(proposedToOne.worthProposing(scoreOf(fartherAway))).isFalse();
        assertThat(need.proposedTo(ranked, 2).worthProposing(scoreOf(fartherAway))).as("fewer proposed than wanted").isTrue();
    }

    @Test
    void passingOverCandidatesThatCannotBeatTheKeptOnesGivesTheSameShortlistAsScoringEveryone() {
        var normandy = SyntheticNormandy.nominal(NOW);
        Map<String, VolunteerSchedule> schedules = new HashMap<>();
        for (int i = 0; i < normandy.volunteers().size(); i++) {
            String id = normandy.volunteers().get(i).volunteerId();
            var schedule = VolunteerSchedule.empty(id);
            for (int asked = 0; asked < i % 4; asked++) {
                schedule = schedule.solicited(NOW.minus(Duration.ofDays(asked + 1)));
            }
            schedules.put(id, i % 7 == 0 ? schedule.noShow(NOW.minus(Duration.ofDays(30))) : schedule);
        }
        var grid = ReachGrid.of(normandy.volunteers());
        for (OpenNeed need : normandy.needs().subList(0, 60)) {
            List<Double> everyEligible = normandy.volunteers().stream()
                    .filter(c -> Eligibility.isEligible(c, need, schedules.get(c.volunteerId()), Audience.ESTABLISHMENT))
                    .map(c -> Scoring.score(c, need, Eligibility.distanceKm(c, need), schedules.get(c.volunteerId()), NOW).total())
                    .sorted(Comparator.reverseOrder())
                    .toList();
            var best = everyEligible.subList(0, Math.min(20, everyEligible.size()));

            var scanned = Shortlist.rank(need, normandy.volunteers(), ids -> schedules, Audience.ESTABLISHMENT, NOW, 20);
            var fromTheGrid = Shortlist.rank(need, grid.inReachOf(need, Audience.ESTABLISHMENT, NOW), ids -> schedules, Audience.ESTABLISHMENT, NOW, 20);

            assertThat(scanned).extracting(entry -> entry.score().total()).containsExactlyElementsOf(best);
            assertThat(fromTheGrid).extracting(entry -> entry.candidate().volunteerId())
                    .containsExactlyElementsOf(scanned.stream().map(entry -> entry.candidate().volunteerId()).toList());
        }
    }

    @Test
    void theBoundsUsedToPassOverCandidatesAreNeverBelowTheScoreTheyWouldGet() {
        var normandy = SyntheticNormandy.nominal(NOW);
        var solicited = VolunteerSchedule.empty("any").solicited(NOW.minus(Duration.ofDays(2)));
        for (OpenNeed need : normandy.needs().subList(0, 20)) {
            var distanceFloor = Eligibility.distanceFloor(need);
            for (Candidate candidate : normandy.volunteers()) {
                double atLeastKm = distanceFloor.applyAsDouble(candidate);
                double exact = Scoring.atMost(candidate, need, atLeastKm, NOW);
                for (VolunteerSchedule schedule : List.of(VolunteerSchedule.empty("any"), solicited)) {
                    assertThat(exact).isGreaterThanOrEqualTo(
                            Scoring.score(candidate, need, Eligibility.distanceKm(candidate, need), schedule, NOW).total());
                }
                assertThat(Scoring.atMostByFigures(candidate, need, atLeastKm)).isGreaterThanOrEqualTo(exact);
            }
        }
    }

    private Score scoreOf(Candidate candidate) {
        return Scoring.score(candidate, need, Eligibility.distanceKm(candidate, need), VolunteerSchedule.empty(candidate.volunteerId()), NOW);
    }
}
