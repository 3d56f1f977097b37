package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

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
    private final RankingCandidates ranking;
    private final Proposals proposals;
    private final MatchingSettings settings;

    public ViewingShortlist(NeedAccess access, RankingCandidates ranking, Proposals proposals, MatchingSettings settings) {
        this.access = access;
        this.ranking = ranking;
        this.proposals = proposals;
        this.settings = settings;
    }

    public List<Ranked> forNeed(Caller caller, String needId) {
        OpenNeed need = access.need(caller, needId);
        Map<String, Proposal> proposalsByVolunteer = proposals.ofNeed(needId).stream().map(Versioned::aggregate)
                .collect(Collectors.toMap(Proposal::volunteerId, Function.identity()));
        return ranking.best(need, caller.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT, settings.shortlistSize())
                .stream()
                .map(entry -> new Ranked(entry, proposalsByVolunteer.get(entry.candidate().volunteerId())))
                .toList();
    }

    public List<Proposal> proposals(Caller caller, String needId) {
        access.need(caller, needId);
        return proposals.ofNeed(needId).stream().map(Versioned::aggregate).toList();
    }
}
