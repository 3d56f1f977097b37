package fr.renfortrh.volunteer.domain;

import java.time.Instant;

/** A time the volunteer's contact details were shown to someone: the volunteer sees every one. */
public record Disclosure(String volunteerId, String establishmentId, String establishmentName, String viewerAccountId,
                         String proposalId, Instant at) {
}
