package fr.renfortrh.notification.application;

import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.ContactDeclined;
import fr.renfortrh.contracts.events.ContactExpired;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.notification.domain.Announcements;
import fr.renfortrh.notification.domain.DeliveryPolicy;
import fr.renfortrh.notification.domain.MissionReminder;
import fr.renfortrh.notification.domain.Notification;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Turns an event into one notification per person concerned; the same event never notifies anyone twice. */
@Service
public class Notifying {

    private final Notifications notifications;
    private final Recipients recipients;
    private final NeedsAndEstablishments context;
    private final DeliveryPolicy policy;
    private final Clock clock;

    public Notifying(Notifications notifications, Recipients recipients, NeedsAndEstablishments context,
                     DeliveryPolicy policy, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.context = context;
        this.policy = policy;
        this.clock = clock;
    }

    public void on(String eventId, DomainEvent event) {
        Instant now = clock.instant();
        Announcements.of(event, contextOf(event)).ifPresent(announcement -> announcement.recipients().forEach(
                recipient -> notifications.add(Notification.of(eventId, recipient, announcement.message(), now, policy))));
    }

    /** A mission's reminder, due: the volunteer and the staff are told, once however often it is handed over. */
    public void remind(MissionReminder reminder) {
        Instant now = clock.instant();
        Announcements.reminder(reminder, context(reminder.needId(), reminder.establishmentId())).forEach(announcement ->
                announcement.recipients().forEach(recipient -> notifications.add(
                        Notification.of("reminder:" + reminder.proposalId(), recipient, announcement.message(), now, policy))));
    }

    /** Account deletion: the person's notifications and contact point go. */
    public void forget(String accountId, long version) {
        notifications.forget(accountId);
        recipients.removeIfNewer(accountId, version);
    }

    private Announcements.Context contextOf(DomainEvent event) {
        record Ids(String needId, String establishmentId) {
        }
        Ids ids = switch (event) {
            case ContactRequested e -> new Ids(e.needId(), e.establishmentId());
            case ContactAccepted e -> new Ids(e.needId(), e.establishmentId());
            case ContactDeclined e -> new Ids(e.needId(), e.establishmentId());
            case ContactExpired e -> new Ids(e.needId(), e.establishmentId());
            case MissionConfirmed e -> new Ids(e.needId(), e.establishmentId());
            case MissionCancelled e -> new Ids(e.needId(), e.establishmentId());
            case MissionCompleted e -> new Ids(e.needId(), e.establishmentId());
            default -> new Ids(null, null);
        };
        return context(ids.needId(), ids.establishmentId());
    }

    private Announcements.Context context(String needId, String establishmentId) {
        return new Announcements.Context(needId == null ? Optional.empty() : context.need(needId),
                establishmentId == null ? Optional.empty() : context.establishment(establishmentId));
    }
}
