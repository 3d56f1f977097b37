package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.needs.application.FillingNeeds;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Filled positions and completed missions come from matching's mission events. */
@Component
class MatchingEventsListener {

    private final Inbox inbox;
    private final FillingNeeds filling;

    MatchingEventsListener(Inbox inbox, FillingNeeds filling) {
        this.inbox = inbox;
        this.filling = filling;
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
}
