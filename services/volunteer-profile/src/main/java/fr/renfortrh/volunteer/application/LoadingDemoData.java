package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.reference.Accents;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Luhn;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.ShiftType;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.volunteer.domain.Consent;
import fr.renfortrh.volunteer.domain.Identity;
import fr.renfortrh.volunteer.domain.ProfessionalId;
import fr.renfortrh.volunteer.domain.Profile;
import fr.renfortrh.volunteer.domain.Profile.ContactChannel;
import fr.renfortrh.volunteer.domain.Profile.Diploma;
import fr.renfortrh.volunteer.domain.Profile.EmployerType;
import fr.renfortrh.volunteer.domain.Profile.Experience;
import fr.renfortrh.volunteer.domain.Profile.Mobility;
import fr.renfortrh.volunteer.domain.Profile.Preferences;
import fr.renfortrh.volunteer.domain.Profile.Situation;
import fr.renfortrh.volunteer.domain.Profile.WorkStatus;
import fr.renfortrh.volunteer.domain.Volunteer;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Demo volunteers living near the demo establishments, verified so that their needs have candidates from the first
 * sign-in, and a few awaiting the ARS's verification: made-up people and professional numbers (valid keys), loaded on
 * an empty database only. One of them is the demo login {@code volontaire}, whose requests can be answered by signing
 * in; {@code volontaire2} builds their own profile, the others have no account.
 */
@Service
@ConditionalOnProperty("renfort.demo-data.enabled")
public class LoadingDemoData {

    private static final Logger log = LoggerFactory.getLogger(LoadingDemoData.class);
    /** Every half-day and night of the week (see {@link Availability}). */
    private static final int EVERY_SLOT = (1 << 21) - 1;
    private static final String PRIVACY_NOTICE = "2026-11";

    private record Demo(String firstName, String lastName, Profession profession, String specialty, WorkStatus status,
                        String communeInsee, int maxTravelKm, int years, List<UnitType> units) {
    }

    private static final List<Demo> VOLUNTEERS = List.of(
            new Demo("Camille", "Durand", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76540", 30, 8, List.of(UnitType.URGENCES, UnitType.MEDECINE)),
            new Demo("Lucas", "Morel", Profession.INFIRMIER, null, WorkStatus.LIBERAL, "76231", 40, 12, List.of(UnitType.DOMICILE, UnitType.GERIATRIE)),
            new Demo("Manon", "Petit", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "76540", 25, 5, List.of(UnitType.EHPAD)),
            new Demo("Hugo", "Lambert", Profession.AIDE_SOIGNANT, null, WorkStatus.RETIRED, "76231", 20, 30, List.of(UnitType.GERIATRIE, UnitType.EHPAD)),
            new Demo("Sarah", "Fontaine", Profession.MEDECIN, "Médecine d'urgence", WorkStatus.RETIRED, "76540", 50, 35, List.of(UnitType.URGENCES)),
            new Demo("Inès", "Rousseau", Profession.ETUDIANT_SANTE, null, WorkStatus.STUDENT, "76540", 15, 1, List.of(UnitType.MEDECINE)),
            new Demo("Thomas", "Garnier", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "14118", 30, 6, List.of(UnitType.REANIMATION)),
            new Demo("Léa", "Chevalier", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "14118", 20, 9, List.of(UnitType.CHIRURGIE)),
            new Demo("Nathan", "François", Profession.SAGE_FEMME, null, WorkStatus.LIBERAL, "14118", 40, 14, List.of(UnitType.MATERNITE)),
            new Demo("Chloé", "Mercier", Profession.INFIRMIER, null, WorkStatus.RETIRED, "14366", 35, 32, List.of(UnitType.MEDECINE, UnitType.SSR)),
            new Demo("Louis", "Blanc", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "14366", 30, 4, List.of(UnitType.SSR)),
            new Demo("Emma", "Guérin", Profession.MEDECIN, "Gériatrie", WorkStatus.ACTIVE, "14118", 60, 15, List.of(UnitType.GERIATRIE)),
            new Demo("Jules", "Boyer", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "27229", 40, 10, List.of(UnitType.URGENCES)),
            new Demo("Zoé", "Gauthier", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "27229", 25, 7, List.of(UnitType.EHPAD, UnitType.GERIATRIE)),
            new Demo("Gabriel", "Perrin", Profession.MASSEUR_KINESITHERAPEUTE, null, WorkStatus.LIBERAL, "27681", 30, 11, List.of(UnitType.SSR)),
            new Demo("Alice", "Robin", Profession.INFIRMIER, null, WorkStatus.LIBERAL, "27681", 35, 9, List.of(UnitType.DOMICILE)),
            new Demo("Raphaël", "Clément", Profession.ASH, null, WorkStatus.ACTIVE, "27229", 15, 3, List.of(UnitType.EHPAD)),
            new Demo("Louise", "Morin", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "50129", 40, 13, List.of(UnitType.CHIRURGIE, UnitType.BLOC)),
            new Demo("Arthur", "Nicolas", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "50129", 30, 8, List.of(UnitType.MEDECINE)),
            new Demo("Jade", "Henry", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "50502", 25, 6, List.of(UnitType.EHPAD)),
            new Demo("Adam", "Roussel", Profession.INFIRMIER, null, WorkStatus.RETIRED, "50502", 40, 38, List.of(UnitType.GERIATRIE, UnitType.EHPAD)),
            new Demo("Lina", "Mathieu", Profession.AES, null, WorkStatus.ACTIVE, "50502", 20, 4, List.of(UnitType.HANDICAP, UnitType.EHPAD)),
            new Demo("Paul", "Gautier", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "61001", 50, 7, List.of(UnitType.MEDECINE)),
            new Demo("Rose", "Masson", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "61001", 30, 10, List.of(UnitType.MEDECINE, UnitType.GERIATRIE)),
            new Demo("Tom", "Marchand", Profession.INFIRMIER, null, WorkStatus.LIBERAL, "61006", 40, 16, List.of(UnitType.DOMICILE)),
            new Demo("Anna", "Duval", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "61006", 25, 5, List.of(UnitType.DOMICILE)),
            new Demo("Noah", "Denis", Profession.MEDECIN, "Médecine générale", WorkStatus.LIBERAL, "61001", 40, 20, List.of(UnitType.MEDECINE)),
            new Demo("Mila", "Dumont", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76217", 35, 9, List.of(UnitType.URGENCES, UnitType.CHIRURGIE)),
            new Demo("Ethan", "Marie", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "76217", 25, 12, List.of(UnitType.MEDECINE)),
            new Demo("Julia", "Lemaire", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76351", 30, 5, List.of(UnitType.PEDIATRIE)),
            new Demo("Léo", "Noël", Profession.AIDE_SOIGNANT, null, WorkStatus.STUDENT, "76351", 20, 1, List.of(UnitType.MEDECINE)),
            new Demo("Lou", "Meyer", Profession.IADE, null, WorkStatus.ACTIVE, "76351", 60, 11, List.of(UnitType.BLOC, UnitType.REANIMATION)),
            new Demo("Clara", "Leroux", Profession.INFIRMIER, null, WorkStatus.RETIRED, "76540", 20, 40, List.of(UnitType.MEDECINE, UnitType.GERIATRIE)),
            new Demo("Victor", "Picard", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76540", 45, 3, List.of(UnitType.URGENCES)),
            new Demo("Agathe", "Collet", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "76540", 30, 15, List.of(UnitType.MEDECINE, UnitType.EHPAD)),
            new Demo("Martin", "Lebrun", Profession.INFIRMIER, null, WorkStatus.LIBERAL, "14118", 25, 18, List.of(UnitType.REANIMATION, UnitType.URGENCES)),
            new Demo("Eva", "Caron", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "14118", 30, 2, List.of(UnitType.SSR)),
            new Demo("Sacha", "Renaud", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "61001", 35, 8, List.of(UnitType.MEDECINE)));
    /**
     * Submitted, for the ARS's verification queue: the RPPS numbers are those the local Annuaire Santé stub lists as
     * active under this name and as inactive, and a nursing assistant has none.
     */
    private static final List<Awaiting> AWAITING_VERIFICATION = List.of(
            new Awaiting(new Demo("Claire", "Lemoine", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76540", 30, 9,
                    List.of(UnitType.MEDECINE)), "10003456786"),
            new Awaiting(new Demo("Paul", "Durand", Profession.INFIRMIER, null, WorkStatus.RETIRED, "14118", 25, 36,
                    List.of(UnitType.GERIATRIE)), "10000000017"),
            new Awaiting(new Demo("Yasmine", "Haddad", Profession.AIDE_SOIGNANT, null, WorkStatus.ACTIVE, "27229", 20, 3,
                    List.of(UnitType.EHPAD)), null));

    private record Awaiting(Demo person, String professionalId) {
    }

    /** The account id the realm gives the demo login {@code volontaire} (infra/keycloak/renfort-realm.json). */
    static final String SIGNING_IN_ACCOUNT = "6f1d2c3b-8a4e-4b7f-9c2d-1e5a7b9c0d31";
    private static final Demo SIGNING_IN = new Demo("Marie", "Lefebvre", Profession.INFIRMIER, null, WorkStatus.ACTIVE, "76540",
            30, 7, List.of(UnitType.URGENCES, UnitType.MEDECINE));

    private final Volunteers volunteers;
    private final Clock clock;

    public LoadingDemoData(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnEmptyDatabase() {
        if (!volunteers.isEmpty()) {
            return;
        }
        for (int i = 0; i < VOLUNTEERS.size(); i++) {
            Demo demo = VOLUNTEERS.get(i);
            then(submitted(demo, idOf(i), identity(demo), i, professionalId(demo.profession(), i), i % 3 == 0), this::verifiedByDemo);
        }
        for (int i = 0; i < AWAITING_VERIFICATION.size(); i++) {
            Awaiting awaiting = AWAITING_VERIFICATION.get(i);
            int index = VOLUNTEERS.size() + i;
            submitted(awaiting.person(), idOf(index), identity(awaiting.person()), index, awaiting.professionalId(), index % 3 == 0);
        }
        int index = VOLUNTEERS.size() + AWAITING_VERIFICATION.size();
        then(submitted(SIGNING_IN, SIGNING_IN_ACCOUNT, new Identity(SIGNING_IN.firstName(), SIGNING_IN.lastName(),
                "volontaire@demo.renfort-rh.fr"), index, professionalId(SIGNING_IN.profession(), index), true), this::verifiedByDemo);
        log.info("Loaded {} demo volunteers, {} of them verified", index + 1, VOLUNTEERS.size() + 1);
    }

    private Change<Volunteer> verifiedByDemo(Volunteer volunteer) {
        return volunteer.verify(Decision.now("Données de démonstration", clock));
    }

    private static String idOf(int index) {
        return UUID.nameUUIDFromBytes(("renfort-demo-volunteer-" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Registered, consenting, available every week (and now, for a fortnight, if asked) and submitted to the ARS; the directory check follows. */
    private Versioned<Volunteer> submitted(Demo demo, String id, Identity identity, int index, String professionalId,
                                           boolean availableNow) {
        var volunteer = volunteers.add(Volunteer.register(id, id, identity,
                profile(demo, index, professionalId, LocalDate.now(clock)), clock.instant(), LocalDate.now(clock)));
        volunteer = then(volunteer, v -> v.accept(new Consent(PRIVACY_NOTICE, clock.instant(), ContactConsent.ESTABLISHMENTS_AND_ARS)));
        int availableNowDays = availableNow ? 14 : 0;
        volunteer = then(volunteer, v -> v.updateAvailability(new Availability(EVERY_SLOT, List.of(), List.of(), null),
                availableNowDays, clock.instant(), LocalDateTime.now(clock)));
        return then(volunteer, v -> v.submit(clock.instant()));
    }

    private Versioned<Volunteer> then(Versioned<Volunteer> volunteer, Function<Volunteer, Change<Volunteer>> change) {
        return volunteers.update(volunteer.aggregate().id(), volunteer.version(), change.apply(volunteer.aggregate()));
    }

    private static Identity identity(Demo demo) {
        String email = Accents.strip(demo.firstName() + "." + demo.lastName()).toLowerCase(Locale.ROOT) + "@demo.renfort-rh.fr";
        return new Identity(demo.firstName(), demo.lastName(), email);
    }

    private static Profile profile(Demo demo, int index, String professionalId, LocalDate today) {
        List<Profession> professions = List.of(demo.profession());
        String department = Communes.normandy().byInseeCode(demo.communeInsee()).orElseThrow().department();
        Situation situation = switch (demo.status()) {
            case ACTIVE -> new Situation(WorkStatus.ACTIVE, EmployerType.HOPITAL, true, null, null, null, null);
            case LIBERAL -> new Situation(WorkStatus.LIBERAL, null, false, null, null, null, null);
            case STUDENT -> new Situation(WorkStatus.STUDENT, null, false, "Institut de formation", 2, "IFSI de Normandie", null);
            case RETIRED -> new Situation(WorkStatus.RETIRED, null, false, null, null, null, today.getYear() - 2);
        };
        List<Diploma> diplomas = demo.status() == WorkStatus.STUDENT ? List.of()
                : List.of(new Diploma("Diplôme d'État — " + demo.profession().label(), today.getYear() - demo.years(),
                        "Université de Normandie"));
        // 06 39 98 xx xx: mobile numbers ARCEP keeps for fiction
        return new Profile(String.format("06 39 98 %02d %02d", index / 10, index % 10 * 10), ContactChannel.EMAIL, situation,
                professions, demo.specialty(), professionalId, diplomas,
                new Experience(demo.years(), demo.units(), List.of("français")),
                new Mobility(demo.communeInsee(), demo.maxTravelKm(), true, List.of(department)),
                new Preferences(List.of(ContractType.CDD_COURT, ContractType.VACATION, ContractType.MISE_A_DISPOSITION),
                        List.of(ShiftType.JOUR, ShiftType.NUIT, ShiftType.WEEK_END), 48, null, false, 3));
    }

    /** An RPPS number with its Luhn key, or an ADELI number, where the profession has one. */
    private static String professionalId(Profession profession, int index) {
        return switch (ProfessionalId.registerOf(List.of(profession))) {
            case RPPS -> {
                String digits = String.format("1000%06d", 100_000 + index);
                yield digits + Luhn.checkDigit(digits);
            }
            case ADELI -> String.format("7600%05d", index);
            case NONE -> null;
        };
    }
}
