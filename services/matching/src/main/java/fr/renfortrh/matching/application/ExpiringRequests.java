package fr.renfortrh.matching.application;

import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.matching.domain.Proposal;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/** Requests left unanswered past their delay expire, so the establishment can ask someone else. */
@Service
public class ExpiringRequests {

    private static final Logger log = LoggerFactory.getLogger(ExpiringRequests.class);

    private final Proposals proposals;
    private final Clock clock;

    public ExpiringRequests(Proposals proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renfort.matching.expiry-check-interval:60s}")
    @SchedulerLock(name = "matching.expire-requests", lockAtMostFor = "PT5M")
    public void expireUnanswered() {
        Instant now = clock.instant();
        for (Versioned<Proposal> proposal : proposals.unansweredBy(now)) {
            try {
                proposals.update(proposal.aggregate().id(), proposal.version(), proposal.aggregate().expire(now));
            } catch (OptimisticLockingFailureException answeredMeanwhile) {
                log.debug("Request {} answered while expiring", proposal.aggregate().id());
            }
        }
    }
}
