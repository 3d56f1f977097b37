package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Retention (RGPD): a profile without sign of life for 24 months is warned (the notification service tells
 * the person), then erased 30 days later unless they confirmed their availability meanwhile.
 */
@Service
public class RetiringDormantProfiles {

    private static final Logger log = LoggerFactory.getLogger(RetiringDormantProfiles.class);

    private final Volunteers volunteers;
    private final ErasingVolunteers erasing;
    private final Clock clock;

    public RetiringDormantProfiles(Volunteers volunteers, ErasingVolunteers erasing, Clock clock) {
        this.volunteers = volunteers;
        this.erasing = erasing;
        this.clock = clock;
    }

    @Scheduled(cron = "${renfort.volunteers.retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "volunteers.retire-dormant", lockAtMostFor = "PT1H")
    public void run() {
        Instant now = clock.instant();
        for (Versioned<Volunteer> stored : volunteers.all()) {
            Volunteer volunteer = stored.aggregate();
            try {
                if (volunteer.isDueForPurge(now)) {
                    erasing.erase(stored);
                    log.info("Dormant volunteer {} erased (retention limit)", volunteer.id());
                } else if (volunteer.isDormant(now) && volunteer.dormancyWarnedAt() == null) {
                    volunteers.update(volunteer.id(), stored.version(), volunteer.warnDormant(now));
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // the volunteer is active right now, so not dormant: the next run looks again
            }
        }
    }
}
