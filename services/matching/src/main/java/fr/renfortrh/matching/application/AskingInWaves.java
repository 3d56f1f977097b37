package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.Waves;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The establishment (or the ARS) lets matching ask for them, a few candidates at a time: the best ones
 * first, the next ones as answers fail to come, each request checked as if sent by hand (eligibility,
 * weekly budget) and sent with the rights of whoever turned it on.
 */
@Service
public class AskingInWaves {

    private static final Logger log = LoggerFactory.getLogger(AskingInWaves.class);
    /** Candidates ranked for each wave: enough to skip those whose budget is spent. */
    private static final int RANKED = 50;

    private final NeedAccess access;
    private final OpenNeeds needs;
    private final RankingCandidates ranking;
    private final Proposals proposals;
    private final WavesOfRequests waves;
    private final ContactingVolunteer contacting;
    private final MatchingSettings settings;
    private final Clock clock;

    public AskingInWaves(NeedAccess access, OpenNeeds needs, RankingCandidates ranking, Proposals proposals,
                         WavesOfRequests waves, ContactingVolunteer contacting, MatchingSettings settings, Clock clock) {
        this.access = access;
        this.needs = needs;
        this.ranking = ranking;
        this.proposals = proposals;
        this.waves = waves;
        this.contacting = contacting;
        this.settings = settings;
        this.clock = clock;
    }

    public Waves start(Caller caller, String needId) {
        access.openNeed(caller, needId);
        Waves started = waves.ofNeed(needId)
                .orElseGet(() -> new Waves(needId, caller.accountId(), caller.arsOperator(), clock.instant()));
        waves.save(started);
        askNextWave(started);
        return started;
    }

    public void stop(Caller caller, String needId) {
        access.need(caller, needId);
        waves.remove(needId);
    }

    public Optional<Waves> of(Caller caller, String needId) {
        access.need(caller, needId);
        return waves.ofNeed(needId);
    }

    @Scheduled(fixedDelayString = "${renfort.matching.expiry-check-interval:60s}")
    @SchedulerLock(name = "matching.ask-in-waves", lockAtMostFor = "PT5M")
    public void continueWaves() {
        waves.all().forEach(this::askNextWave);
    }

    private void askNextWave(Waves wave) {
        Caller caller = new Caller(wave.accountId(), wave.arsOperator());
        Optional<OpenNeed> need = needs.byId(wave.needId()).filter(OpenNeed::open);
        if (need.isEmpty()) {
            waves.remove(wave.needId());
            return;
        }
        var ranked = ranking.best(need.get(), wave.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT, RANKED);
        List<Proposal> current = proposals.ofNeed(wave.needId()).stream().map(Versioned::aggregate).toList();
        Waves.Next next = Waves.next(need.get(), current, ranked, settings.requestsPerOpenPosition());
        int sent = 0;
        for (String volunteerId : next.volunteerIds()) {
            if (sent == next.missing()) {
                break;
            }
            try {
                contacting.request(caller, wave.needId(), volunteerId);
                sent++;
            } catch (RuleViolation | StateConflict skipped) {
                log.debug("Wave for {} skips {}: {}", wave.needId(), volunteerId, skipped.getMessage());
            } catch (NotFound | Forbidden lostAccess) {
                waves.remove(wave.needId());
                return;
            }
        }
    }
}
