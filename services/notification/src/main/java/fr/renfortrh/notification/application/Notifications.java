package fr.renfortrh.notification.application;

import fr.renfortrh.contracts.events.ContactPointChanged.Channel;
import fr.renfortrh.notification.domain.Notification;

import java.time.Instant;
import java.util.List;

/** Where notifications are kept (port). Each change of delivery state is atomic on one notification. */
public interface Notifications {

    /** @return false if this notification (same event, same person) was already there */
    boolean add(Notification notification);

    /** Newest first. */
    List<Notification> of(String recipientId, int page, int size);

    long unreadCount(String recipientId);

    List<Notification> allOf(String recipientId);

    /** @return false if there is no such notification for this person */
    boolean markRead(String notificationId, String recipientId, Instant now);

    void markAllRead(String recipientId, Instant now);

    /** The person's account is gone: so are their notifications. */
    void forget(String recipientId);

    /**
     * Takes up to {@code limit} notifications due for sending, and those whose sender vanished mid-way
     * (claimed before {@code abandonedBefore}); once taken, no other instance takes them.
     */
    List<Notification> claimDue(Instant now, Instant abandonedBefore, int limit);

    /** Takes the person's other pending notifications due before {@code dueBefore}, to send them together. */
    List<Notification> claimPendingOf(String recipientId, Instant dueBefore, Instant now);

    void markSent(List<String> notificationIds, Channel channel, Instant now);

    /** Back to pending, to try again at {@code retryAt}; {@code failed} counts it as a failed attempt. */
    void postpone(String notificationId, Instant retryAt, String why, boolean failed);

    void markNotSent(List<String> notificationIds, String why);

    /** The person's pending notifications postponed for {@code why} are due again: critical ones now, others at {@code othersDueAt}. */
    void dueAgain(String recipientId, String why, Instant now, Instant othersDueAt);

    DeliveryReport deliveryReport(Instant now);

    /** What the ARS watches: mails and SMS waiting, failing (with the oldest), sent in the last 24 hours. */
    record DeliveryReport(long waiting, long failing, Instant oldestFailingSince, long sentLast24Hours) {
    }
}
