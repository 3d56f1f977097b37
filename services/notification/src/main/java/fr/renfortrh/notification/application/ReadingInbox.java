package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** A person reads their own notifications only: the inbox is found from their account, never from a parameter. */
@Service
public class ReadingInbox {

    public record Inbox(List<Notification> notifications, long unread) {
    }

    private final Notifications notifications;
    private final Clock clock;

    public ReadingInbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
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
