package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A nurse living in Rouen and a night-shift need at Elbeuf (about 20 km), both plausible and editable. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final int ALL_WEEK = (1 << 21) - 1;

    private Fixtures() {
    }

    static Candidate nurse(String id) {
        return nurse(id, 49.44157, 1.09372);
    }

    static Candidate nurse(String id, double latitude, double longitude) {
        return new Candidate(id, "M.L.", List.of(Profession.INFIRMIER), null, VolunteerStatus.VERIFIED, "76",
                latitude, longitude, 30, List.of("76", "27"), List.of(ContractType.CDD_COURT, ContractType.VACATION),
                48, null, new Availability(ALL_WEEK, List.of(), List.of(), null), NOW.minusSeconds(86_400), 5,
                List.of(UnitType.EHPAD), 3, ContactConsent.ESTABLISHMENTS_AND_ARS);
    }

    static OpenNeed nightNeed(ShiftSnapshot... shifts) {
        return new OpenNeed("need-1", "est-1", "EHPAD Les Tilleuls", Profession.INFIRMIER, null, UnitType.EHPAD, "76",
                49.28671, 1.00798, ContractType.CDD_COURT, Urgency.HIGH, 1, List.of(shifts), true, null, false, null);
    }

    static ShiftSnapshot night(LocalDate day) {
        return new ShiftSnapshot(day.atTime(21, 0), day.plusDays(1).atTime(7, 0));
    }

    static ShiftSnapshot shift(LocalDateTime start, int hours) {
        return new ShiftSnapshot(start, start.plusHours(hours));
    }
}
