package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Profession;

/**
 * Optional criteria on the volunteer base; a null criterion matches everything. Each word of {@code name} is found
 * within the first or the last name, whatever the case and accents; {@code department} is one the volunteer accepts
 * to work in.
 */
public record VolunteerFilter(VolunteerStatus status, String name, String department, Profession profession) {

    public VolunteerFilter {
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static VolunteerFilter waiting(String department, Profession profession) {
        return new VolunteerFilter(VolunteerStatus.SUBMITTED, null, department, profession);
    }
}
