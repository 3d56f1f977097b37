package fr.renfortrh.contracts;

/** Kafka topics. Each is keyed by the id of the aggregate it speaks of; each has a dead-letter twin. */
public final class Topics {

    public static final String VOLUNTEERS = "renfort.volunteers.v1";
    public static final String ESTABLISHMENTS = "renfort.establishments.v1";
    public static final String NEEDS = "renfort.needs.v1";
    public static final String MATCHING = "renfort.matching.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
