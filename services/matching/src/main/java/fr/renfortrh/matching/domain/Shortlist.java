package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Ranks the eligible candidates for a need; ties rotate between needs instead of favouring the same people. */
public final class Shortlist {

    private Shortlist() {
    }

    public static List<ShortlistEntry> rank(OpenNeed need, Collection<Candidate> candidates,
                                            Function<String, VolunteerSchedule> schedules, Audience audience,
                                            Instant now, int limit) {
        return candidates.stream()
                .map(candidate -> entry(need, candidate, schedules.apply(candidate.volunteerId()), audience, now))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble((ShortlistEntry e) -> e.score().total()).reversed()
                        .thenComparingInt(e -> rotation(need.needId(), e.candidate().volunteerId())))
                .limit(limit)
                .toList();
    }

    private static ShortlistEntry entry(OpenNeed need, Candidate candidate, VolunteerSchedule schedule,
                                        Audience audience, Instant now) {
        var verdict = Eligibility.assess(candidate, need, schedule, audience);
        if (!verdict.eligible()) {
            return null;
        }
        Score score = Scoring.score(candidate, need, verdict.distanceKm(), schedule, now);
        return new ShortlistEntry(candidate, verdict.distanceKm(), score, verdict.met(),
                Scoring.explain(candidate, need, score, schedule, now));
    }

    /** A per-need pseudo-random order among equal scores. */
    private static int rotation(String needId, String volunteerId) {
        return (needId + volunteerId).hashCode();
    }
}
