package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Shortlist;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
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
        return best(need, candidate -> true, audience, limit);
    }

    /** The {@code limit} best eligible candidates who also pass {@code also}, best first. */
    public List<ShortlistEntry> best(OpenNeed need, Predicate<Candidate> also, Audience audience, int limit) {
        List<Candidate> plausible = candidates.plausibleFor(need).stream().filter(also).toList();
        var schedulesById = schedules.of(plausible.stream().map(Candidate::volunteerId).toList());
        return Shortlist.rank(need, plausible, id -> schedulesById.getOrDefault(id, VolunteerSchedule.empty(id)),
                audience, clock.instant(), limit);
    }
}
