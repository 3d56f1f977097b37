package fr.renfortrh.volunteer.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.platform.events.Inbox;
import fr.renfortrh.volunteer.application.ContactGrants;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Who may see contact details: accepted requests (matching) and establishments' staff (establishment-needs). */
@Component
class EventListeners {

    private final Inbox inbox;
    private final ContactGrants grants;

    EventListeners(Inbox inbox, ContactGrants grants) {
        this.inbox = inbox;
        this.grants = grants;
    }

    @KafkaListener(topics = Topics.MATCHING)
    void onMatchingEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            if (event.payload() instanceof ContactAccepted accepted) {
                grants.grant(accepted.proposalId(), accepted.volunteerId(), accepted.establishmentId());
            }
        });
    }

    @KafkaListener(topics = Topics.ESTABLISHMENTS)
    void onEstablishmentEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case EstablishmentVerified verified -> grants.upsertEstablishment(verified.establishment(), event.aggregateVersion());
                case EstablishmentChanged changed -> grants.upsertEstablishment(changed.establishment(), event.aggregateVersion());
                default -> { }
            }
        });
    }
}
