package fr.renfortrh.notification.application;

import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.notification.domain.MissionReminder;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/** Reminds each volunteer and the establishment of a confirmed mission the day before it starts, unless it was cancelled meanwhile. */
@Service
public class RemindingMissions {

    private final Reminders reminders;
    private final Notifying notifying;
    private final Clock clock;

    public RemindingMissions(Reminders reminders, Notifying notifying, Clock clock) {
        this.reminders = reminders;
        this.notifying = notifying;
        this.clock = clock;
    }

    public void on(DomainEvent event) {
        switch (event) {
            case MissionConfirmed confirmed -> MissionReminder.of(confirmed, clock.instant()).ifPresent(reminders::schedule);
            case MissionCancelled cancelled -> reminders.remove(cancelled.proposalId());
            default -> { }
        }
    }

    public void forget(String volunteerId) {
        reminders.forget(volunteerId);
    }

    /** One instance at a time hands the due reminders over; one handed over twice still tells each person once. */
    @Scheduled(fixedDelayString = "${renfort.notifications.reminder-interval:PT1M}", initialDelayString = "PT10S")
    @SchedulerLock(name = "notifications.remind", lockAtMostFor = "PT1M")
    public void remindDue() {
        Instant now = clock.instant();
        for (MissionReminder reminder : reminders.due(now)) {
            if (reminder.stillAhead(now)) {
                notifying.remind(reminder);
            }
            reminders.remove(reminder.proposalId());
        }
    }
}
