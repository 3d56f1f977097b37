package fr.renfortrh.notification.domain;

/** What a notification is about; each comes from one published event. */
public enum NotificationKind {
    CONTACT_REQUESTED,
    CONTACT_ACCEPTED,
    CONTACT_DECLINED,
    CONTACT_EXPIRED,
    MISSION_CONFIRMED,
    MISSION_REMINDER,
    MISSION_CANCELLED,
    MISSION_COMPLETED,
    PROFILE_VERIFIED,
    PROFILE_REJECTED,
    PROFILE_VERIFICATION_WITHDRAWN,
    AVAILABILITY_REMINDER,
    DORMANCY_WARNING,
    ESTABLISHMENT_VERIFIED
}
