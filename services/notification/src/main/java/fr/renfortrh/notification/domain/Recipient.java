package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.ContactPointChanged.Channel;

/** How to reach a person (their account id is the id the inbox knows them by). */
public record Recipient(String accountId, String email, String displayName, String phone, Channel preferredChannel) {

    /** SMS for those who prefer it and gave a number; email otherwise, if any; else the inbox alone. */
    public Channel channel() {
        if (preferredChannel == Channel.SMS && phone != null && !phone.isBlank()) {
            return Channel.SMS;
        }
        return email == null || email.isBlank() ? null : Channel.EMAIL;
    }
}
