package fr.renfortrh.platform.events;

import fr.renfortrh.contracts.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;

/** The one envelope: a Kafka record keyed by aggregate id, CloudEvents attributes in headers, JSON payload. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> of(OutboxMessage message, String source) {
        var record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        header(record, CloudEventHeaders.ID, message.eventId());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, message.type());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SUBJECT, message.key());
        header(record, CloudEventHeaders.TIME, message.time().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(record, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(message.aggregateVersion()));
        if (message.correlationId() != null) {
            header(record, CloudEventHeaders.CORRELATION_ID, message.correlationId());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
