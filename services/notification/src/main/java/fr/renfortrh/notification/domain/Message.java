package fr.renfortrh.notification.domain;

/**
 * What a person is told, in French: the same words in the inbox, the mail and the SMS. {@code link} is the
 * path of the screen to act on; {@code critical} messages (a critical need) ignore quiet hours and grouping.
 */
public record Message(NotificationKind kind, String title, String body, String link, boolean critical) {
}
