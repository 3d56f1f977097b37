package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.needs.application.ManagingNeeds;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * This service's own establishment events: the needs of an establishment whose verification was withdrawn are cancelled
 * one document at a time, each redelivery finishing what a crash left (no multi-document transaction here).
 */
@Component
class EstablishmentEventsListener {

    private final Inbox inbox;
    private final ManagingNeeds needs;

    EstablishmentEventsListener(Inbox inbox, ManagingNeeds needs) {
        this.inbox = inbox;
        this.needs = needs;
    }

    @KafkaListener(topics = Topics.ESTABLISHMENTS)
    void onEstablishmentEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            if (event.payload() instanceof EstablishmentVerificationWithdrawn withdrawn) {
                needs.establishmentVerificationWithdrawn(withdrawn.establishment().establishmentId());
            }
        });
    }
}
