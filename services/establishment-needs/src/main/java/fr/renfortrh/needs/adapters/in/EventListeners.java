package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.needs.application.FillingNeeds;
import fr.renfortrh.needs.application.ManagingNeeds;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Filled positions and completed missions come from matching's mission events. This service's own establishment events
 * cancel the needs of an establishment whose verification was withdrawn, one document at a time: each redelivery finishes
 * what a crash left (no multi-document transaction here).
 */
@Component
class EventListeners {

    private final Inbox inbox;
    private final FillingNeeds filling;
    private final ManagingNeeds needs;

    EventListeners(Inbox inbox, FillingNeeds filling, ManagingNeeds needs) {
        this.inbox = inbox;
        this.filling = filling;
        this.needs = needs;
    }

    @KafkaListener(topics = Topics.MATCHING)
    void onMatchingEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case MissionConfirmed confirmed -> filling.missionConfirmed(confirmed.needId(), confirmed.proposalId());
                case MissionCancelled cancelled -> filling.missionCancelled(cancelled.needId(), cancelled.proposalId());
                case MissionCompleted completed -> filling.missionCompleted(completed.needId(), completed.proposalId());
                default -> { }
            }
        });
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
