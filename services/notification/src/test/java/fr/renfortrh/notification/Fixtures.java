package fr.renfortrh.notification;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** An EHPAD with two staff members and its need for a nurse on 3 December 2026; a nurse. */
public final class Fixtures {

    public static final EstablishmentSnapshot EHPAD = new EstablishmentSnapshot("e1", "760000016", "EHPAD Les Tilleuls",
            "EHPAD", "76", "76540", 49.44, 1.09, true, List.of("staff-1", "staff-2"));

    private Fixtures() {
    }

    /** A nurse of Rouen whose profile the ARS no longer vouches for. */
    public static VolunteerSnapshot rejectedNurse(String id) {
        return new VolunteerSnapshot(id, "M.L.", List.of(Profession.INFIRMIER), null, VolunteerStatus.REJECTED, "76",
                "76540", 49.44, 1.09, 40, List.of("76"), List.of(ContractType.CDD_COURT), List.of(), 48, null,
                new Availability(0, List.of(), List.of(), null), Instant.parse("2026-11-20T08:00:00Z"), 6, List.of(),
                3, ContactConsent.ESTABLISHMENTS_AND_ARS);
    }

    public static NeedSnapshot need(Urgency urgency) {
        return new NeedSnapshot("n1", "e1", "EHPAD Les Tilleuls", Profession.INFIRMIER, null, UnitType.GERIATRIE, "76", "76540",
                49.44, 1.09, ContractType.VACATION, urgency, 1,
                List.of(new ShiftSnapshot(LocalDateTime.of(2026, 12, 3, 7, 0), LocalDateTime.of(2026, 12, 3, 19, 0))), false, null);
    }
}
