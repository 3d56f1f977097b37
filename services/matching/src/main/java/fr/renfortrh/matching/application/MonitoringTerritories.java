package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.TerritoryIndicators;
import fr.renfortrh.matching.domain.TerritoryIndicators.Indicators;
import fr.renfortrh.matching.domain.TerritoryIndicators.ProfessionIndicators;
import fr.renfortrh.platform.domain.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The ARS's indicators per department and per profession, from matching's read models. They read every
 * volunteer, need and contacted request, so readers get the latest computed figures at once; once those are
 * older than {@link MatchingSettings#indicatorsMaxAge()} one computation starts in the background for the next
 * readers. Only the very first reader waits.
 */
@Service
public class MonitoringTerritories {

    private static final Logger log = LoggerFactory.getLogger(MonitoringTerritories.class);

    private record Snapshot(Instant at, List<Indicators> byDepartment, List<ProfessionIndicators> byProfession) {
    }

    private final Candidates candidates;
    private final OpenNeeds needs;
    private final Proposals proposals;
    private final MatchingSettings settings;
    private final Clock clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot latest;

    public MonitoringTerritories(Candidates candidates, OpenNeeds needs, Proposals proposals, MatchingSettings settings,
                                 Clock clock) {
        this.candidates = candidates;
        this.needs = needs;
        this.proposals = proposals;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Indicators> byDepartment() {
        return current().byDepartment();
    }

    public List<ProfessionIndicators> byProfession() {
        return current().byProfession();
    }

    private Snapshot current() {
        Snapshot snapshot = latest;
        if (snapshot == null) {
            return first();
        }
        if (!clock.instant().isBefore(snapshot.at().plus(settings.indicatorsMaxAge())) && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("indicators").start(() -> {
                try {
                    latest = compute();
                } catch (RuntimeException e) {
                    log.warn("Indicators not refreshed, the previous ones are served meanwhile: {}", e.getMessage());
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return snapshot;
    }

    private synchronized Snapshot first() {
        if (latest == null) {
            latest = compute();
        }
        return latest;
    }

    private Snapshot compute() {
        Instant now = clock.instant();
        var allCandidates = candidates.all();
        var allNeeds = needs.all();
        List<Proposal> contacted = proposals.contacted().stream().map(Versioned::aggregate).toList();
        Map<String, Long> filledByNeed = contacted.stream().filter(p -> p.status().fillsAPosition())
                .collect(Collectors.groupingBy(Proposal::needId, Collectors.counting()));
        LocalDateTime today = LocalDateTime.ofInstant(now, clock.getZone());
        return new Snapshot(now,
                TerritoryIndicators.compute(allCandidates, allNeeds, contacted, filledByNeed, now, today),
                TerritoryIndicators.byProfession(allCandidates, allNeeds, contacted, filledByNeed, now, today));
    }
}
