package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.Department;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the ARS watches per department: volunteers (registered, verified, available now, stale), needs
 * (open, uncovered positions), contact requests and their outcome, and tension: uncovered positions per
 * 10,000 inhabitants.
 */
public final class TerritoryIndicators {

    public record Indicators(String department, String label, int population, long volunteers, long verified,
                             long availableNow, long stale, long openNeeds, long uncoveredPositions,
                             long requestsSent, long accepted, long declined, long expired, double responseRate,
                             double tension, Double medianHoursToFill) {
    }

    private static final Duration STALE = Duration.ofDays(30);
    private static final Map<String, Integer> POPULATION = Communes.normandy().all().stream()
            .collect(Collectors.groupingBy(Commune::department, Collectors.summingInt(Commune::population)));

    private TerritoryIndicators() {
    }

    /** @param confirmedByNeed confirmed missions per need id */
    public static List<Indicators> compute(Collection<Candidate> candidates, Collection<OpenNeed> needs,
                                           Collection<Proposal> proposals, Map<String, Long> confirmedByNeed,
                                           Instant now, LocalDateTime localNow) {
        Map<String, String> departmentOfNeed = needs.stream()
                .collect(Collectors.toMap(OpenNeed::needId, OpenNeed::department, (a, b) -> a));
        return Arrays.stream(Department.values()).map(d -> {
            String code = d.code();
            var here = candidates.stream().filter(c -> code.equals(c.department())).toList();
            var open = needs.stream().filter(n -> n.open() && code.equals(n.department())).toList();
            long uncovered = open.stream()
                    .mapToLong(n -> Math.max(0, n.positions() - confirmedByNeed.getOrDefault(n.needId(), 0L))).sum();
            var asked = proposals.stream()
                    .filter(p -> code.equals(departmentOfNeed.get(p.needId())) && p.requestedAt() != null).toList();
            long accepted = count(asked, ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED, ProposalStatus.CANCELLED,
                    ProposalStatus.COMPLETED);
            long declined = count(asked, ProposalStatus.DECLINED);
            long expired = count(asked, ProposalStatus.EXPIRED);
            long answered = accepted + declined;
            int population = POPULATION.getOrDefault(code, 0);
            return new Indicators(code, d.label(), population, here.size(),
                    here.stream().filter(c -> c.status() == VolunteerStatus.VERIFIED).count(),
                    here.stream().filter(c -> c.status() == VolunteerStatus.VERIFIED && c.availability() != null
                            && c.availability().availableNowUntil() != null && c.availability().availableNowUntil().isAfter(localNow)).count(),
                    here.stream().filter(c -> c.confirmedAt() == null || c.confirmedAt().plus(STALE).isBefore(now)).count(),
                    open.size(), uncovered, asked.size(), accepted, declined, expired,
                    asked.isEmpty() ? 0 : Math.round(1000.0 * answered / asked.size()) / 10.0,
                    population == 0 ? 0 : Math.round(100.0 * uncovered * 10_000 / population) / 100.0,
                    medianHoursToFill(needs.stream().filter(n -> code.equals(n.department())).toList(), proposals));
        }).toList();
    }

    /**
     * Median time from publication (when matching first proposed someone) to the acceptance of the last
     * volunteer confirmed, over the needs whose positions are all filled; null when there are none.
     */
    static Double medianHoursToFill(List<OpenNeed> needs, Collection<Proposal> proposals) {
        Map<String, List<Proposal>> byNeed = proposals.stream().collect(Collectors.groupingBy(Proposal::needId));
        double[] hours = needs.stream().mapToDouble(need -> {
            List<Proposal> its = byNeed.getOrDefault(need.needId(), List.of());
            var filling = its.stream().filter(p -> p.status().fillsAPosition() && p.answeredAt() != null).toList();
            if (filling.isEmpty() || filling.size() < need.positions()) {
                return -1;
            }
            Instant published = its.stream().map(Proposal::proposedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant filled = filling.stream().map(Proposal::answeredAt).max(Comparator.naturalOrder()).orElseThrow();
            return Duration.between(published, filled).toMinutes() / 60.0;
        }).filter(h -> h >= 0).sorted().toArray();
        if (hours.length == 0) {
            return null;
        }
        double median = hours.length % 2 == 1 ? hours[hours.length / 2] : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
        return Math.round(median * 10) / 10.0;
    }

    private static long count(List<Proposal> proposals, ProposalStatus... statuses) {
        var wanted = Set.of(statuses);
        return proposals.stream().filter(p -> wanted.contains(p.status())).count();
    }
}
