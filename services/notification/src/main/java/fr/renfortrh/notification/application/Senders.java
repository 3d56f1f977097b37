package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Recipient;

import java.util.List;

/** The ways out (ports): one message per person, a digest when there are several notifications. */
public final class Senders {

    private Senders() {
    }

    public interface Email {
        /** @throws Failed when the mail server did not take the message */
        void send(Recipient recipient, List<Notification> notifications);
    }

    public interface Sms {
        /** @throws Failed when the provider did not take the message */
        void send(Recipient recipient, List<Notification> notifications);
    }

    public static class Failed extends RuntimeException {
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
