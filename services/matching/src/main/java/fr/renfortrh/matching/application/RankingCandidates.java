package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Shortlist;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The best candidates for a need from the read models: the volunteers within reach, with their schedules. */
@Service
public class RankingCandidates {

    private final Candidates candidates;
    private final Schedules schedules;
    private final Clock clock;

    public RankingCandidates(Candidates candidates, Schedules schedules, Clock clock) {
        this.candidates = candidates;
        this.schedules = schedules;
        this.clock = clock;
    }

    public List<ShortlistEntry> best(OpenNeed need, Audience audience, int limit) {
        Instant now = clock.instant();
        return Shortlist.rank(need, candidates.inReachOf(need, audience, now), schedules::of, audience, now, limit);
    }

    /** A candidate ranked for a period, with the days they could come. */
    public record OverPeriod(ShortlistEntry entry, List<OpenNeed> days) {
    }

    /**
     * The {@code limit} best candidates who pass {@code also} and every hard rule on at least one of {@code days} (the
     * need on each day of a period), ranked on {@code anyDay} (the same need without shifts), best first.
     */
    public List<OverPeriod> bestOverPeriod(OpenNeed anyDay, List<OpenNeed> days, Predicate<Candidate> also, Audience audience,
                                           int limit) {
        Instant now = clock.instant();
        List<Candidate> plausible = candidates.inReachOf(anyDay, audience, now).matching(also).candidates();
        var schedulesById = schedules.of(plausible.stream().map(Candidate::volunteerId).toList());
        Map<String, List<OpenNeed>> daysOf = new HashMap<>();
        for (Candidate candidate : plausible) {
            var schedule = schedulesById.getOrDefault(candidate.volunteerId(), VolunteerSchedule.empty(candidate.volunteerId()));
            List<OpenNeed> eligible = days.stream()
                    .filter(day -> Eligibility.isEligible(candidate, day, schedule, audience))
                    .toList();
            if (!eligible.isEmpty()) {
                daysOf.put(candidate.volunteerId(), eligible);
            }
        }
        List<Candidate> someDay = plausible.stream().filter(c -> daysOf.containsKey(c.volunteerId())).toList();
        return Shortlist.rank(anyDay, someDay, ids -> schedulesById, audience, now, limit).stream()
                .map(entry -> new OverPeriod(entry, daysOf.get(entry.candidate().volunteerId())))
                .toList();
    }

    /** The {@code limit} best eligible candidates who also pass {@code also}, best first. */
    public List<ShortlistEntry> best(OpenNeed need, Predicate<Candidate> also, Audience audience, int limit) {
        Instant now = clock.instant();
        return Shortlist.rank(need, candidates.inReachOf(need, audience, now).matching(also), schedules::of, audience, now, limit);
    }
}
