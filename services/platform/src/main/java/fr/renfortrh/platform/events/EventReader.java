package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.events.CloudEventHeaders;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the CloudEvents headers and the JSON payload of a record; anything malformed is a {@link PoisonEvent}. */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    public ReceivedEvent read(ConsumerRecord<String, String> record) {
        try {
            String type = required(record, CloudEventHeaders.TYPE);
            Class<? extends DomainEvent> payloadType = EventTypes.classOf(type)
                    .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
            if (record.value() == null) {
                throw new IllegalArgumentException("no payload");
            }
            DomainEvent payload = json.readValue(record.value(), payloadType);
            return new ReceivedEvent(
                    required(record, CloudEventHeaders.ID),
                    type,
                    required(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT),
                    Instant.parse(required(record, CloudEventHeaders.TIME)),
                    Long.parseLong(required(record, CloudEventHeaders.AGGREGATE_VERSION)),
                    header(record, CloudEventHeaders.CORRELATION_ID),
                    payload);
        } catch (IllegalArgumentException | DateTimeParseException | JacksonException | NullPointerException e) {
            throw new PoisonEvent("Unreadable event at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
