package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.notification.application.Senders;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * No SMS provider is reachable here: the SMS is written to the log, number masked. A real provider is another
 * {@link Senders.Sms} implementation (see docs/notifications.md) that replaces this one.
 */
@Component
class LoggingSms implements Senders.Sms {

    private static final Logger log = LoggerFactory.getLogger(LoggingSms.class);
    static final int MAX_LENGTH = 320;

    private final String appUrl;

    LoggingSms(@Value("${renfort.notifications.app-url}") String appUrl) {
        this.appUrl = appUrl;
    }

    @Override
    public void send(Recipient recipient, List<Notification> notifications) {
        log.info("SMS to {}: {}", masked(recipient.phone()), text(notifications));
    }

    String text(List<Notification> notifications) {
        String text = notifications.size() == 1
                ? "Renfort RH : " + notifications.getFirst().title() + ". " + appUrl + notifications.getFirst().link()
                : "Renfort RH : " + notifications.size() + " nouvelles notifications. " + appUrl + "/espace/notifications";
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    private static String masked(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return "••••••" + digits.substring(Math.max(0, digits.length() - 2));
    }
}
