package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.matching.application.ProposingMatches;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Matching learns about volunteers and needs only from these events. */
@Component
class EventListeners {

    private final Inbox inbox;
    private final ProposingMatches matching;

    EventListeners(Inbox inbox, ProposingMatches matching) {
        this.inbox = inbox;
        this.matching = matching;
    }

    @KafkaListener(topics = Topics.VOLUNTEERS)
    void onVolunteerEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case VolunteerRegistered registered -> matching.volunteerChanged(registered.volunteer(), event.aggregateVersion());
                case VolunteerWithdrawn withdrawn -> matching.volunteerWithdrawn(withdrawn.volunteerId(), event.aggregateVersion());
                default -> { }
            }
        });
    }

    @KafkaListener(topics = Topics.NEEDS)
    void onNeedEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            if (event.payload() instanceof NeedPublished published) {
                matching.needPublished(published.need(), event.aggregateVersion());
            }
        });
    }
}
