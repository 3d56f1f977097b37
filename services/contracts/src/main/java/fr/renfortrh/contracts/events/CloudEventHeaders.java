package fr.renfortrh.contracts.events;

/** Kafka header names of the CloudEvents binary content mode, plus this project's extensions. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String ID = "ce_id";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: version of the aggregate after the change, to order and deduplicate per aggregate. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    /** Extension: correlation id of the request that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";

    private CloudEventHeaders() {
    }
}
