package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;

import java.time.Instant;

/** The privacy notice version accepted and when; who may contact the volunteer. */
public record Consent(String privacyNoticeVersion, Instant acceptedAt, ContactConsent contactConsent) {
}
