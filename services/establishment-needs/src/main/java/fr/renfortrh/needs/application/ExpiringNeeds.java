package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Versioned;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/** A need whose shifts are all past expires, and matching stops proposing for it. */
@Service
public class ExpiringNeeds {

    private final Needs needs;
    private final Clock clock;

    public ExpiringNeeds(Needs needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renfort.needs.expiry-check-interval:5m}", initialDelayString = "PT30S")
    @SchedulerLock(name = "needs.expire-needs", lockAtMostFor = "PT15M")
    public void expirePastNeeds() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Versioned<Need> need : needs.open()) {
            if (need.aggregate().isOver(now)) {
                try {
                    needs.update(need.aggregate().id(), need.version(), need.aggregate().expire(now));
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // picked up again at the next run
                }
            }
        }
    }
}
