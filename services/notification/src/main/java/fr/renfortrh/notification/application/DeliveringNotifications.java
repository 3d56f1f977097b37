package fr.renfortrh.notification.application;

import fr.renfortrh.contracts.events.ContactPointChanged.Channel;
import fr.renfortrh.notification.domain.DeliveryPolicy;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Recipient;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends what is due by mail or SMS, one message per person: when one notification is due, the person's others
 * that would be due within the grouping window leave with it, as a digest. A
 * failure puts the notifications back with a growing delay: they are retried until sent, never dropped.
 */
@Service
public class DeliveringNotifications {

    private static final Logger log = LoggerFactory.getLogger(DeliveringNotifications.class);
    /** A claim older than this belongs to an instance that stopped mid-way. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    /**
     * Contact points and events travel on different topics: a person's notifications wait up to a day for their
     * address and leave when it arrives. They are not claimed again meanwhile: thousands may wait at once, and
     * claiming each every minute kept the database busy.
     */
    private static final Duration WAIT_FOR_CONTACT_POINT = Duration.ofDays(1);
    private static final String AWAITING_ADDRESS = "Adresse pas encore connue.";
    private static final int BATCH = 200;

    private final Notifications notifications;
    private final Recipients recipients;
    private final Senders.Email email;
    private final Senders.Sms sms;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final MeterRegistry meters;

    public DeliveringNotifications(Notifications notifications, Recipients recipients, Senders.Email email,
                                   Senders.Sms sms, DeliveryPolicy policy, Clock clock, MeterRegistry meters) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.email = email;
        this.sms = sms;
        this.policy = policy;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("renfort.notifications.failing", this, self -> self.report().failing());
        meters.gauge("renfort.notifications.waiting", this, self -> self.report().waiting());
    }

    @Scheduled(fixedDelayString = "${renfort.notifications.dispatch-interval:PT5S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "notifications.deliver", lockAtMostFor = "PT1M")
    public void deliverDue() {
        Instant now = clock.instant();
        List<Notification> due;
        do {
            due = notifications.claimDue(now, now.minus(ABANDONED_AFTER), BATCH);
            due.stream().collect(Collectors.groupingBy(Notification::recipientId)).forEach((recipientId, group) -> {
                var together = new ArrayList<>(group);
                together.addAll(notifications.claimPendingOf(recipientId, now.plus(policy.groupingWindow()), now));
                deliver(recipientId, together, now);
            });
        } while (due.size() == BATCH);
    }

    /** A person's address, new or changed: what waited for it is due. */
    public void addressKnown(Recipient recipient, long version) {
        if (recipients.upsertIfNewer(recipient, version)) {
            Instant now = clock.instant();
            notifications.dueAgain(recipient.accountId(), AWAITING_ADDRESS, now, policy.dueAt(now, false));
        }
    }

    public Notifications.DeliveryReport report() {
        return notifications.deliveryReport(clock.instant());
    }

    private void deliver(String recipientId, List<Notification> group, Instant now) {
        List<String> ids = group.stream().map(Notification::id).toList();
        Optional<Recipient> recipient = recipients.byId(recipientId);
        if (recipient.isEmpty()) {
            for (Notification n : group) {
                if (n.createdAt().plus(WAIT_FOR_CONTACT_POINT).isBefore(now)) {
                    notifications.markNotSent(List.of(n.id()), "Aucune adresse connue : message dans l'espace seulement.");
                } else {
                    notifications.postpone(n.id(), n.createdAt().plus(WAIT_FOR_CONTACT_POINT), AWAITING_ADDRESS, false);
                }
            }
            return;
        }
        Channel channel = recipient.get().channel();
        if (channel == null) {
            notifications.markNotSent(ids, "Ni adresse électronique ni téléphone : message dans l'espace seulement.");
            return;
        }
        try {
            if (channel == Channel.SMS) {
                sms.send(recipient.get(), group);
            } else {
                email.send(recipient.get(), group);
            }
            notifications.markSent(ids, channel, now);
            meters.counter("renfort.notifications.sent", "channel", channel.name()).increment(group.size());
        } catch (Senders.Failed e) {
            log.warn("Sending {} notification(s) to {} by {} failed, will retry: {}", group.size(), recipientId, channel, e.getMessage());
            meters.counter("renfort.notifications.send.failures", "channel", channel.name()).increment();
            for (Notification n : group) {
                notifications.postpone(n.id(), policy.retryAt(now, n.delivery().attempts() + 1, n.critical()), e.getMessage(), true);
            }
        }
    }
}
