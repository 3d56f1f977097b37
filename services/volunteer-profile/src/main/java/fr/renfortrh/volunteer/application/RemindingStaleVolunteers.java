package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Volunteers whose availability has not been confirmed for 30 days are reminded once (an event the
 * notification service turns into a message).
 */
@Service
public class RemindingStaleVolunteers {

    private final Volunteers volunteers;
    private final Clock clock;

    public RemindingStaleVolunteers(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Scheduled(cron = "${renfort.volunteers.stale-check-cron:0 0 9 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "volunteers.remind-stale", lockAtMostFor = "PT1H")
    public void remindStale() {
        Instant now = clock.instant();
        for (Versioned<Volunteer> volunteer : volunteers.all()) {
            Volunteer v = volunteer.aggregate();
            if (v.isStale(now) && v.staleRemindedAt() == null && v.status() != VolunteerStatus.DRAFT) {
                try {
                    volunteers.update(v.id(), volunteer.version(), v.remindStale(now));
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // the volunteer is active right now: no reminder needed, or the next run sends it
                }
            }
        }
    }
}
