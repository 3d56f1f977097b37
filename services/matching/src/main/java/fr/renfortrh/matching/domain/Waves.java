package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asking in waves instead of broadcasting: for each open position, a few of the best-ranked candidates are
 * asked at a time; when some decline or let the request expire, the next ones are asked, until the need is
 * filled or closed.
 *
 * @param accountId who turned it on, whose rights every request is sent with
 */
public record Waves(String needId, String accountId, boolean arsOperator, Instant since) {

    /**
     * Who to ask now, best first (more than needed, as some may have reached their weekly budget meanwhile),
     * and how many requests are missing for {@code perPosition} outstanding per open position.
     */
    public record Next(List<String> volunteerIds, int missing) {
    }

    public static Next next(OpenNeed need, Collection<Proposal> proposals, List<ShortlistEntry> ranked, int perPosition) {
        long filled = proposals.stream().filter(p -> p.status().fillsAPosition()).count();
        long outstanding = proposals.stream().filter(p -> p.status().isPending()).count();
        int missing = (int) Math.max(0, (need.positions() - filled) * perPosition - outstanding);
        Map<String, Proposal> byVolunteer = proposals.stream()
                .collect(Collectors.toMap(Proposal::volunteerId, Function.identity(), (a, b) -> a));
        List<String> neverAsked = ranked.stream().map(e -> e.candidate().volunteerId())
                .filter(id -> !byVolunteer.containsKey(id) || byVolunteer.get(id).status() == ProposalStatus.PROPOSED)
                .toList();
        return new Next(neverAsked, missing);
    }
}
