package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.MissionReminder;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Recipient;
import fr.renfortrh.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A person reads their own notifications only: the inbox is found from their account, never from a parameter. */
@Service
public class ReadingInbox {

    public record Inbox(List<Notification> notifications, long unread) {
    }

    /** Right of access: every notification of the person, the reminders waiting and how they are reached. */
    public record PersonalData(List<Notification> notifications, List<MissionReminder> reminders, Optional<Recipient> recipient) {
    }

    private final Notifications notifications;
    private final Reminders reminders;
    private final Recipients recipients;
    private final Clock clock;

    public ReadingInbox(Notifications notifications, Reminders reminders, Recipients recipients, Clock clock) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.recipients = recipients;
        this.clock = clock;
    }

    public PersonalData export(String accountId) {
        return new PersonalData(notifications.allOf(accountId), reminders.of(accountId), recipients.byId(accountId));
    }

    public Inbox inbox(String accountId, int page, int size) {
        return new Inbox(notifications.of(accountId, page, size), notifications.unreadCount(accountId));
    }

    public long unread(String accountId) {
        return notifications.unreadCount(accountId);
    }

    public void markRead(String accountId, String notificationId) {
        if (!notifications.markRead(notificationId, accountId, clock.instant())) {
            throw new NotFound("Notification introuvable.");
        }
    }

    public void markAllRead(String accountId) {
        notifications.markAllRead(accountId, clock.instant());
    }
}
