package fr.renfortrh.matching.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.events.NeedChanged;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.test.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Publishes what the other services would: an establishment near Rouen, its needs, nurses around. */
record MatchingEvents(TestEvents events) {

    static final double ROUEN_LAT = 49.44157;
    static final double ROUEN_LON = 1.09372;
    private static final int ALL_WEEK = (1 << 21) - 1;

    String establishment(String staffAccountId) {
        String id = "est-" + UUID.randomUUID();
        events.publish(Topics.ESTABLISHMENTS, 1, new EstablishmentVerified(new EstablishmentSnapshot(id, "760000001",
                "CHU de Rouen", "CHU", "76", "76540", ROUEN_LAT, ROUEN_LON, true, List.of(staffAccountId))));
        return id;
    }

    /** The ARS withdrew the establishment's verification: its change is announced (its needs' cancellation follows). */
    void establishmentNoLongerVerified(String establishmentId, String staffAccountId) {
        events.publish(Topics.ESTABLISHMENTS, 2, new EstablishmentChanged(new EstablishmentSnapshot(establishmentId,
                "760000001", "CHU de Rouen", "CHU", "76", "76540", ROUEN_LAT, ROUEN_LON, false, List.of(staffAccountId))));
    }

    String need(String establishmentId, Urgency urgency, ShiftSnapshot... shifts) {
        return need(establishmentId, "76", ROUEN_LAT, ROUEN_LON, ContractType.CDD_COURT, urgency, shifts);
    }

    String need(String establishmentId, String department, double latitude, double longitude, ContractType contract,
                Urgency urgency, ShiftSnapshot... shifts) {
        String id = "need-" + UUID.randomUUID();
        events.publish(Topics.NEEDS, 0, new NeedPublished(needSnapshot(id, establishmentId, department, latitude, longitude,
                contract, urgency, shifts)));
        return id;
    }

    /** The staff member moved the need (published in Rouen, CDD court) to other shifts. */
    void needRescheduled(String needId, String establishmentId, Urgency urgency, long version, ShiftSnapshot... shifts) {
        events.publish(Topics.NEEDS, version, new NeedChanged(needSnapshot(needId, establishmentId, "76", ROUEN_LAT, ROUEN_LON,
                ContractType.CDD_COURT, urgency, shifts)));
    }

    private static NeedSnapshot needSnapshot(String id, String establishmentId, String department, double latitude,
                                             double longitude, ContractType contract, Urgency urgency, ShiftSnapshot... shifts) {
        return new NeedSnapshot(id, establishmentId, "CHU de Rouen", Profession.INFIRMIER, null, UnitType.URGENCES, department,
                "76540", latitude, longitude, contract, urgency, 1, List.of(shifts), false, null);
    }

    String nurse(double latitude, double longitude) {
        return nurse(snapshot("vol-" + UUID.randomUUID(), latitude, longitude));
    }

    String nurse(VolunteerSnapshot snapshot) {
        events.publish(Topics.VOLUNTEERS, 0, new VolunteerRegistered(snapshot));
        return snapshot.volunteerId();
    }

    static VolunteerSnapshot snapshot(String id, double latitude, double longitude) {
        return snapshot(id, "76", List.of("76", "27"), latitude, longitude);
    }

    static VolunteerSnapshot snapshot(String id, String department, List<String> accepted, double latitude, double longitude) {
        return snapshot(id, VolunteerStatus.VERIFIED, department, accepted, latitude, longitude);
    }

    static VolunteerSnapshot snapshot(String id, VolunteerStatus status, String department, List<String> accepted,
                                      double latitude, double longitude) {
        return snapshot(id, status, department, accepted, latitude, longitude, List.of());
    }

    /** A nurse of Rouen away (unavailable) from one day to another. */
    static VolunteerSnapshot away(String id, double latitude, double longitude, LocalDate from, LocalDate to) {
        return snapshot(id, VolunteerStatus.VERIFIED, "76", List.of("76", "27"), latitude, longitude,
                List.of(new Availability.Period(from, to)));
    }

    private static VolunteerSnapshot snapshot(String id, VolunteerStatus status, String department, List<String> accepted,
                                              double latitude, double longitude, List<Availability.Period> unavailable) {
        return new VolunteerSnapshot(id, "M.L.", List.of(Profession.INFIRMIER), null, status, department,
                "76540", latitude, longitude, 40, accepted, List.of(ContractType.CDD_COURT), List.of(), 48, null,
                new Availability(ALL_WEEK, List.of(), unavailable, null), Instant.now(), 6, List.of(UnitType.URGENCES),
                3, ContactConsent.ESTABLISHMENTS_AND_ARS);
    }

    static ShiftSnapshot day(int daysFromNow) {
        LocalDateTime start = LocalDateTime.now().plusDays(daysFromNow).withHour(7).withMinute(0).withSecond(0).withNano(0);
        return new ShiftSnapshot(start, start.plusHours(12));
    }
}
