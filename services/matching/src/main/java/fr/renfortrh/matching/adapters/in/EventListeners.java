package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.events.NeedCancelled;
import fr.renfortrh.contracts.events.NeedChanged;
import fr.renfortrh.contracts.events.NeedExpired;
import fr.renfortrh.contracts.events.NeedFilled;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.VolunteerChange;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.matching.application.ConfirmingMissions;
import fr.renfortrh.matching.application.Establishments;
import fr.renfortrh.matching.application.ProposingMatches;
import fr.renfortrh.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Matching learns about volunteers, establishments and needs only from these events. */
@Component
public class EventListeners {

    public static final String VOLUNTEERS_LISTENER = "volunteers";

    private final Inbox inbox;
    private final ProposingMatches matching;
    private final Establishments establishments;
    private final ConfirmingMissions missions;

    EventListeners(Inbox inbox, ProposingMatches matching, Establishments establishments, ConfirmingMissions missions) {
        this.inbox = inbox;
        this.matching = matching;
        this.establishments = establishments;
        this.missions = missions;
    }

    @KafkaListener(id = VOLUNTEERS_LISTENER, idIsGroup = false, topics = Topics.VOLUNTEERS)
    void onVolunteerEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case VolunteerVerificationWithdrawn withdrawn -> {
                    matching.volunteerChanged(withdrawn.volunteer(), event.aggregateVersion());
                    missions.verificationWithdrawn(withdrawn.volunteer().volunteerId());
                }
                case VolunteerChange changed -> matching.volunteerChanged(changed.volunteer(), event.aggregateVersion());
                case VolunteerWithdrawn withdrawn -> matching.volunteerWithdrawn(withdrawn.volunteerId(), event.aggregateVersion());
                default -> { }
            }
        });
    }

    @KafkaListener(topics = Topics.ESTABLISHMENTS)
    void onEstablishmentEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            switch (event.payload()) {
                case EstablishmentVerified verified -> establishments.upsertIfNewer(verified.establishment(), event.aggregateVersion());
                case EstablishmentChanged changed -> establishments.upsertIfNewer(changed.establishment(), event.aggregateVersion());
                default -> { }
            }
        });
    }

    @KafkaListener(topics = Topics.NEEDS)
    void onNeedEvent(ConsumerRecord<String, String> record) {
        inbox.handleOnce(record, event -> {
            long version = event.aggregateVersion();
            switch (event.payload()) {
                case NeedPublished published -> matching.needPublished(published.need(), version);
                case NeedChanged changed -> matching.needPublished(changed.need(), version);
                case NeedCancelled cancelled -> {
                    String reason = "Besoin annulé : " + cancelled.reason();
                    matching.needClosed(cancelled.needId(), version, reason);
                    missions.needCancelled(cancelled.needId(), cancelled.side(), reason);
                }
                case NeedExpired expired -> matching.needClosed(expired.needId(), version, "Besoin expiré");
                case NeedFilled filled -> matching.needClosed(filled.needId(), version, "Tous les postes sont pourvus");
                default -> { }
            }
        });
    }
}
