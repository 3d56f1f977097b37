package fr.renfortrh.contracts;

import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.DomainEvent;

/** Kafka topics. Each is keyed by the id of the aggregate it speaks of; each has a dead-letter twin. */
public final class Topics {

    public static final String VOLUNTEERS = "renfort.volunteers.v1";
    public static final String ESTABLISHMENTS = "renfort.establishments.v1";
    public static final String NEEDS = "renfort.needs.v1";
    public static final String MATCHING = "renfort.matching.v1";
    /** Contact details; in production only the notification service's principal may read it (Kafka ACL). */
    public static final String CONTACT_POINTS = "renfort.contact-points.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** Where an event goes: its aggregate's topic, except contact details, which have a topic of their own. */
    public static String of(DomainEvent event, String aggregateTopic) {
        return event instanceof ContactPointChanged ? CONTACT_POINTS : aggregateTopic;
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
