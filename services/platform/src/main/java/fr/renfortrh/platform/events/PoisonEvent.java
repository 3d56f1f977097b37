package fr.renfortrh.platform.events;

/** A record that can never be processed (no envelope, unknown type, unreadable payload): dead-lettered at once. */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
