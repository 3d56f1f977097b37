package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.EventTypes;
import fr.renfortrh.platform.web.CorrelationId;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Wraps domain events into outbox messages for an aggregate's document. */
public class EventOutbox {

    private final JsonMapper json;
    private final Clock clock;

    public EventOutbox(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param aggregateVersion the version the aggregate's document will have once saved
     */
    public List<OutboxMessage> wrap(String topic, long aggregateVersion, List<? extends DomainEvent> events) {
        return events.stream()
                .map(event -> new OutboxMessage(UUID.randomUUID().toString(), Topics.of(event, topic), event.aggregateId(),
                        EventTypes.typeOf(event), clock.instant(), aggregateVersion, CorrelationId.current(),
                        json.writeValueAsString(event)))
                .toList();
    }
}
