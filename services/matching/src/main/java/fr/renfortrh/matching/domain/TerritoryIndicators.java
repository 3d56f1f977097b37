package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the ARS watches per department (and per profession): volunteers (registered, verified, available now, stale), needs
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

    /** The same indicators per profession (no tension: there is no population of a profession to divide by). */
    public record ProfessionIndicators(Profession profession, String label, long volunteers, long verified,
                                       long availableNow, long stale, long openNeeds, long uncoveredPositions,
                                       long requestsSent, long accepted, long declined, long expired,
                                       double responseRate, Double medianHoursToFill) {
    }

    /** What is counted for one group of volunteers and needs (a department, a profession). */
    private record Counts(long volunteers, long verified, long availableNow, long stale, long openNeeds,
                          long uncoveredPositions, long requestsSent, long accepted, long declined, long expired,
                          double responseRate, Double medianHoursToFill) {
    }

    /**
     * @param proposals       the contact requests (proposals nobody acted on are not needed)
     * @param confirmedByNeed confirmed missions per need id
     */
    public static List<Indicators> compute(Collection<Candidate> candidates, Collection<OpenNeed> needs,
                                           Collection<Proposal> proposals, Map<String, Long> confirmedByNeed,
                                           Instant now, LocalDateTime localNow) {
        return Arrays.stream(Department.values()).map(d -> {
            String code = d.code();
            Counts counts = count(candidates, needs, proposals, confirmedByNeed, now, localNow,
                    c -> code.equals(c.department()), n -> code.equals(n.department()));
            int population = POPULATION.getOrDefault(code, 0);
            return new Indicators(code, d.label(), population, counts.volunteers(), counts.verified(),
                    counts.availableNow(), counts.stale(), counts.openNeeds(), counts.uncoveredPositions(),
                    counts.requestsSent(), counts.accepted(), counts.declined(), counts.expired(), counts.responseRate(),
                    population == 0 ? 0 : Math.round(100.0 * counts.uncoveredPositions() * 10_000 / population) / 100.0,
                    counts.medianHoursToFill());
        }).toList();
    }

    /** Per profession, for the professions that have volunteers or needs. */
    public static List<ProfessionIndicators> byProfession(Collection<Candidate> candidates, Collection<OpenNeed> needs,
                                                          Collection<Proposal> proposals, Map<String, Long> confirmedByNeed,
                                                          Instant now, LocalDateTime localNow) {
        return Arrays.stream(Profession.values()).map(p -> {
            Counts counts = count(candidates, needs, proposals, confirmedByNeed, now, localNow,
                    c -> c.professions().contains(p), n -> n.profession() == p);
            return new ProfessionIndicators(p, p.label(), counts.volunteers(), counts.verified(), counts.availableNow(),
                    counts.stale(), counts.openNeeds(), counts.uncoveredPositions(), counts.requestsSent(),
                    counts.accepted(), counts.declined(), counts.expired(), counts.responseRate(), counts.medianHoursToFill());
        }).filter(i -> i.volunteers() > 0 || i.openNeeds() > 0 || i.requestsSent() > 0).toList();
    }

    private static Counts count(Collection<Candidate> candidates, Collection<OpenNeed> needs, Collection<Proposal> proposals,
                                Map<String, Long> confirmedByNeed, Instant now, LocalDateTime localNow,
                                Predicate<Candidate> volunteerIn, Predicate<OpenNeed> needIn) {
        var here = candidates.stream().filter(volunteerIn).toList();
        var needsHere = needs.stream().filter(needIn).toList();
        var open = needsHere.stream().filter(OpenNeed::open).toList();
        Set<String> needIds = needsHere.stream().map(OpenNeed::needId).collect(Collectors.toSet());
        long uncovered = open.stream()
                .mapToLong(n -> Math.max(0, n.positions() - confirmedByNeed.getOrDefault(n.needId(), 0L))).sum();
        var proposalsHere = proposals.stream().filter(p -> needIds.contains(p.needId())).toList();
        var asked = proposalsHere.stream().filter(p -> p.requestedAt() != null).toList();
        long accepted = count(asked, ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED, ProposalStatus.CANCELLED,
                ProposalStatus.COMPLETED);
        long declined = count(asked, ProposalStatus.DECLINED);
        long expired = count(asked, ProposalStatus.EXPIRED);
        long answered = accepted + declined;
        return new Counts(here.size(),
                here.stream().filter(c -> c.status() == VolunteerStatus.VERIFIED).count(),
                here.stream().filter(c -> c.status() == VolunteerStatus.VERIFIED && c.availability() != null
                        && c.availability().availableNowUntil() != null && c.availability().availableNowUntil().isAfter(localNow)).count(),
                here.stream().filter(c -> c.confirmedAt() == null || c.confirmedAt().plus(STALE).isBefore(now)).count(),
                open.size(), uncovered, asked.size(), accepted, declined, expired,
                asked.isEmpty() ? 0 : Math.round(1000.0 * answered / asked.size()) / 10.0,
                medianHoursToFill(needsHere, proposalsHere));
    }

    /**
     * Median time from publication (when matching first proposed one of the volunteers later asked) to the
     * acceptance of the last volunteer confirmed, over the needs whose positions are all filled; null when there
     * are none.
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
        return Math.round(median * 100) / 100.0; // to the minute or so: a need can be filled within minutes
    }

    private static long count(List<Proposal> proposals, ProposalStatus... statuses) {
        var wanted = Set.of(statuses);
        return proposals.stream().filter(p -> wanted.contains(p.status())).count();
    }
}
