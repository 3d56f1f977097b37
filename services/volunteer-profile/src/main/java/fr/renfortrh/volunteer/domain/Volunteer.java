package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A health professional who volunteers to reinforce Normandy establishments. */
public record Volunteer(
        String id,
        String accountId,
        Identity identity,
        List<Profession> professions,
        String department,
        VolunteerStatus status) {

    public static Change<Volunteer> register(String id, String accountId, Identity identity,
                                             List<Profession> professions, String department) {
        List<FieldMessage> errors = new ArrayList<>();
        if (professions == null || professions.isEmpty()) {
            errors.add(new FieldMessage("professions", "Indiquez au moins une profession."));
        } else if (new LinkedHashSet<>(professions).size() != professions.size()) {
            errors.add(new FieldMessage("professions", "Une profession est indiquée deux fois."));
        }
        if (Department.byCode(department).isEmpty()) {
            errors.add(new FieldMessage("department", "Choisissez un département de Normandie (14, 27, 50, 61, 76)."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        var volunteer = new Volunteer(id, accountId, identity, List.copyOf(professions), department,
                VolunteerStatus.SUBMITTED);
        return Change.of(volunteer, new VolunteerRegistered(volunteer.snapshot()));
    }

    /** What matching may know: no name, no contact details. */
    public VolunteerSnapshot snapshot() {
        return new VolunteerSnapshot(id, identity.initials(), professions, null, status, department, null, 0, 0, 0,
                List.of(department), List.of(), List.of(), 0, null, Availability.none(), null, 0, List.of(), 0,
                ContactConsent.ESTABLISHMENTS_AND_ARS);
    }
}
