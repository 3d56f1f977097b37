package fr.renfortrh.notification.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.events.NeedChanged;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.notification.application.DeliveringNotifications;
import fr.renfortrh.notification.application.NeedsAndEstablishments;
import fr.renfortrh.notification.application.Notifying;
import fr.renfortrh.notification.application.RemindingMissions;
import fr.renfortrh.notification.domain.Recipient;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Everything the notification service knows comes from these topics. */
@Component
class EventListeners {

    private final Inbox inbox;
    private final Notifying notifying;
    private final RemindingMissions reminding;
    private final DeliveringNotifications delivering;
    private final NeedsAndEstablishments context;

    EventListeners(Inbox inbox, Notifying notifying, RemindingMissions reminding, DeliveringNotifications delivering,
                   NeedsAndEstablishments context) {
        this.inbox = inbox;
        this.notifying = notifying;
        this.reminding = reminding;
        this.delivering = delivering;
        this.context = context;
    }

    @KafkaListener(topics = {Topics.VOLUNTEERS, Topics.MATCHING})
    void onVolunteerOrMatchingEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            if (event.payload() instanceof VolunteerWithdrawn withdrawn) {
                notifying.forget(withdrawn.volunteerId(), event.aggregateVersion());
                reminding.forget(withdrawn.volunteerId());
            } else {
                notifying.on(event.id(), event.payload());
                reminding.on(event.payload());
            }
        });
    }

    @KafkaListener(topics = Topics.ESTABLISHMENTS)
    void onEstablishmentEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case EstablishmentVerified verified -> {
                    context.upsertEstablishmentIfNewer(verified.establishment(), event.aggregateVersion());
                    notifying.on(event.id(), verified);
                }
                // published with an EstablishmentChanged carrying the same snapshot, which keeps the read model
                case EstablishmentRejected _, EstablishmentVerificationWithdrawn _, EstablishmentCorrected _ ->
                        notifying.on(event.id(), event.payload());
                case EstablishmentChanged changed -> context.upsertEstablishmentIfNewer(changed.establishment(), event.aggregateVersion());
                default -> { }
            }
        });
    }

    @KafkaListener(topics = Topics.NEEDS)
    void onNeedEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case NeedPublished published -> context.upsertNeedIfNewer(published.need(), event.aggregateVersion());
                case NeedChanged changed -> context.upsertNeedIfNewer(changed.need(), event.aggregateVersion());
                default -> { }
            }
        });
    }

    @KafkaListener(topics = Topics.CONTACT_POINTS)
    void onContactPoint(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            if (event.payload() instanceof ContactPointChanged c) {
                delivering.addressKnown(new Recipient(c.accountId(), c.email(), c.displayName(), c.phone(), c.preferredChannel()),
                        event.aggregateVersion());
            }
        });
    }
}
