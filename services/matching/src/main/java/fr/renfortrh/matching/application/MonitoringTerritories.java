package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.TerritoryIndicators;
import fr.renfortrh.matching.domain.TerritoryIndicators.Indicators;
import fr.renfortrh.matching.domain.TerritoryIndicators.ProfessionIndicators;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ARS's indicators per department and per profession, from matching's read models. */
@Service
public class MonitoringTerritories {

    private final Candidates candidates;
    private final OpenNeeds needs;
    private final Proposals proposals;
    private final Clock clock;

    public MonitoringTerritories(Candidates candidates, OpenNeeds needs, Proposals proposals, Clock clock) {
        this.candidates = candidates;
        this.needs = needs;
        this.proposals = proposals;
        this.clock = clock;
    }

    public List<Indicators> byDepartment() {
        List<Proposal> all = proposals.all().stream().map(Versioned::aggregate).toList();
        return TerritoryIndicators.compute(candidates.all(), needs.all(), all, filledByNeed(all), clock.instant(),
                LocalDateTime.now(clock));
    }

    public List<ProfessionIndicators> byProfession() {
        List<Proposal> all = proposals.all().stream().map(Versioned::aggregate).toList();
        return TerritoryIndicators.byProfession(candidates.all(), needs.all(), all, filledByNeed(all), clock.instant(),
                LocalDateTime.now(clock));
    }

    private static Map<String, Long> filledByNeed(List<Proposal> all) {
        return all.stream().filter(p -> p.status().fillsAPosition())
                .collect(Collectors.groupingBy(Proposal::needId, Collectors.counting()));
    }
}
