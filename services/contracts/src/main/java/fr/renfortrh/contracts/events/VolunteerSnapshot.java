package fr.renfortrh.contracts.events;

import fr.renfortrh.contracts.reference.Profession;

import java.util.List;

/**
 * What other services may know of a volunteer: what matching needs to find them, never contact details.
 * Every volunteer event carries the whole snapshot, so a consumer keeps the one with the highest version.
 */
public record VolunteerSnapshot(
        String volunteerId,
        String initials,
        List<Profession> professions,
        String department,
        VolunteerStatus status) {

    public enum VolunteerStatus { DRAFT, SUBMITTED, VERIFIED, REJECTED, PAUSED }
}
