package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.Shortlist;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ranked, explained candidates for a need, computed from the current read models on every call. */
@Service
public class ViewingShortlist {

    public record Ranked(ShortlistEntry entry, Proposal proposal) {
    }

    private final NeedAccess access;
    private final Candidates candidates;
    private final Schedules schedules;
    private final Proposals proposals;
    private final MatchingSettings settings;
    private final Clock clock;

    public ViewingShortlist(NeedAccess access, Candidates candidates, Schedules schedules, Proposals proposals,
                            MatchingSettings settings, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.schedules = schedules;
        this.proposals = proposals;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Ranked> forNeed(Caller caller, String needId) {
        OpenNeed need = access.need(caller, needId);
        List<Candidate> plausible = candidates.plausibleFor(need);
        var schedulesById = schedules.of(plausible.stream().map(Candidate::volunteerId).toList());
        Map<String, Proposal> proposalsByVolunteer = proposals.ofNeed(needId).stream().map(Versioned::aggregate)
                .collect(Collectors.toMap(Proposal::volunteerId, Function.identity()));
        return Shortlist.rank(need, plausible, id -> schedulesById.getOrDefault(id, VolunteerSchedule.empty(id)),
                        caller.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT, clock.instant(),
                        settings.shortlistSize())
                .stream()
                .map(entry -> new Ranked(entry, proposalsByVolunteer.get(entry.candidate().volunteerId())))
                .toList();
    }

    public List<Proposal> proposals(Caller caller, String needId) {
        access.need(caller, needId);
        return proposals.ofNeed(needId).stream().map(Versioned::aggregate).toList();
    }
}
