package fr.renfortrh.matching.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;

class TerritoryIndicatorsTest {

    @Test
    void tensionIsUncoveredPositionsPerTenThousandInhabitantsAndTheResponseRateCountsAnswers() {
        var need = nightNeed(night(MONDAY));
        var asked = Proposal.propose(need, nurse("v1"), NOW).aggregate().requestContact(NOW, Duration.ofHours(24)).aggregate();
        var accepted = asked.accept(NOW.plusSeconds(60)).aggregate();
        var unanswered = Proposal.propose(need, nurse("v2"), NOW).aggregate().requestContact(NOW, Duration.ofHours(24)).aggregate();

        var indicators = TerritoryIndicators.compute(List.of(nurse("v1"), nurse("v2")), List.of(need),
                List.of(accepted, unanswered), Map.of(), NOW, MONDAY.atStartOfDay());

        var seineMaritime = indicators.stream().filter(i -> i.department().equals("76")).findFirst().orElseThrow();
        assertThat(seineMaritime.population()).isGreaterThan(1_000_000);
        assertThat(seineMaritime.verified()).isEqualTo(2);
        assertThat(seineMaritime.uncoveredPositions()).isEqualTo(1);
        assertThat(seineMaritime.tension()).isBetween(0.005, 0.02);
        assertThat(seineMaritime.requestsSent()).isEqualTo(2);
        assertThat(seineMaritime.responseRate()).isEqualTo(50.0);
        assertThat(indicators).hasSize(5);
    }

    @Test
    void timeToFillRunsFromTheFirstProposalToTheAcceptanceOfTheLastVolunteerConfirmed() {
        var need = nightNeed(night(MONDAY));
        var filled = Proposal.propose(need, nurse("v1"), NOW).aggregate().requestContact(NOW.plus(Duration.ofHours(1)), Duration.ofHours(24))
                .aggregate().accept(NOW.plus(Duration.ofHours(5))).aggregate().confirm().aggregate();
        var stillWaiting = Proposal.propose(need, nurse("v2"), NOW).aggregate();

        assertThat(TerritoryIndicators.medianHoursToFill(List.of(need), List.of(filled, stillWaiting))).isEqualTo(5.0);
        assertThat(TerritoryIndicators.medianHoursToFill(List.of(need), List.of(stillWaiting))).isNull();
    }

    @Test
    void aNeedFilledWithinMinutesKeepsItsMinutesRatherThanRoundingToNoTimeAtAll() {
        var need = nightNeed(night(MONDAY));
        var filled = Proposal.propose(need, nurse("v1"), NOW).aggregate().requestContact(NOW.plus(Duration.ofMinutes(1)), Duration.ofHours(24))
                .aggregate().accept(NOW.plus(Duration.ofMinutes(3))).aggregate().confirm().aggregate();

        assertThat(TerritoryIndicators.medianHoursToFill(List.of(need), List.of(filled))).isEqualTo(0.05);
    }

    @Test
    void theSameIndicatorsExistPerProfessionForTheProfessionsPresent() {
        var need = nightNeed(night(MONDAY));
        var asked = Proposal.propose(need, nurse("v1"), NOW).aggregate().requestContact(NOW, Duration.ofHours(24)).aggregate();

        var professions = TerritoryIndicators.byProfession(List.of(nurse("v1"), nurse("v2")), List.of(need), List.of(asked),
                Map.of(), NOW, MONDAY.atStartOfDay());

        assertThat(professions).singleElement().satisfies(nurses -> {
            assertThat(nurses.label()).isEqualTo(need.profession().label());
            assertThat(nurses.verified()).isEqualTo(2);
            assertThat(nurses.openNeeds()).isEqualTo(1);
            assertThat(nurses.uncoveredPositions()).isEqualTo(1);
            assertThat(nurses.requestsSent()).isEqualTo(1);
        });
    }
}
