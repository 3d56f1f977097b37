package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.ContactPointChanged.Channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One message for one person, from one event: in their inbox until read, and sent by mail or SMS once due.
 * Its id derives from the event and the person, so the same event can never notify the same person twice.
 */
public record Notification(
        String id,
        String recipientId,
        String sourceEventId,
        NotificationKind kind,
        String title,
        String body,
        String link,
        boolean critical,
        Instant createdAt,
        Instant readAt,
        Delivery delivery) {

    /** Sending by mail or SMS: PENDING until due, SENDING while one instance has claimed it, then SENT or NOT_SENT. */
    public record Delivery(DeliveryStatus status, Instant dueAt, int attempts, String lastError, Instant claimedAt,
                           Instant sentAt, Channel channel) {
    }

    public enum DeliveryStatus { PENDING, SENDING, SENT, NOT_SENT }

    public static Notification of(String sourceEventId, String recipientId, Message message, Instant now,
                                  DeliveryPolicy policy) {
        return new Notification(idFor(sourceEventId, recipientId), recipientId, sourceEventId, message.kind(),
                message.title(), message.body(), message.link(), message.critical(), now, null,
                new Delivery(DeliveryStatus.PENDING, policy.dueAt(now, message.critical()), 0, null, null, null, null));
    }

    public static String idFor(String sourceEventId, String recipientId) {
        return UUID.nameUUIDFromBytes((sourceEventId + "/" + recipientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean isRead() {
        return readAt != null;
    }
}
