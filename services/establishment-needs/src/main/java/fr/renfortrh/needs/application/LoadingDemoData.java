package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.Details;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentCategory;
import fr.renfortrh.needs.domain.LegalStatus;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.NeedDetails;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.platform.domain.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Demo establishments across the five departments (real communes, made-up FINESS numbers with valid keys),
 * verified, published like any other, loaded on an empty database only, with needs over the coming days for the
 * demo volunteers (volunteer-profile's own demo data) to be shortlisted for. The demo staff accounts join them
 * when they first sign in, through the email invitation.
 */
@Service
@ConditionalOnProperty("renfort.demo-data.enabled")
public class LoadingDemoData {

    static final String CLAIRE = "etablissement@demo.renfort-rh.fr";
    static final String JULIEN = "etablissement2@demo.renfort-rh.fr";
    private static final Logger log = LoggerFactory.getLogger(LoadingDemoData.class);

    private record Demo(String finess, String name, LegalStatus status, EstablishmentCategory category, String address,
                        String communeInsee, String ght, String phone, List<String> staff) {
    }

    private static final List<Demo> ESTABLISHMENTS = List.of(
            new Demo("760780015", "CHU de Rouen — Hôpital Charles-Nicolle", LegalStatus.PUBLIC, EstablishmentCategory.CHU,
                    "37 boulevard Gambetta", "76540", "GHT Rouen Cœur de Seine", "02 32 88 89 90", List.of(CLAIRE)),
            new Demo("760120022", "EHPAD Les Jardins de Seine", LegalStatus.PUBLIC, EstablishmentCategory.EHPAD,
                    "12 rue de la République", "76231", null, "02 35 77 10 10", List.of(CLAIRE)),
            new Demo("140000035", "CHU de Caen Normandie", LegalStatus.PUBLIC, EstablishmentCategory.CHU,
                    "Avenue de la Côte de Nacre", "14118", "GHT Normandie Centre", "02 31 06 31 06", List.of(JULIEN)),
            new Demo("140130048", "Centre hospitalier Robert Bisson", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "4 rue Roger Aini", "14366", "GHT Normandie Centre", "02 31 61 31 31", List.of(JULIEN)),
            new Demo("270000052", "Centre hospitalier Eure-Seine", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "17 rue Saint-Louis", "27229", "GHT Eure-Seine Pays d'Ouche", "02 32 33 80 00", List.of()),
            new Demo("270100068", "Clinique du Vexin", LegalStatus.PRIVATE_FOR_PROFIT, EstablishmentCategory.CLINIQUE,
                    "5 rue Saint-Jacques", "27681", null, "02 32 64 33 00", List.of()),
            new Demo("500000070", "Centre hospitalier public du Cotentin", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "46 rue du Val de Saire", "50129", "GHT du Cotentin", "02 33 20 70 00", List.of()),
            new Demo("500110085", "EHPAD Le Bocage", LegalStatus.PRIVATE_NON_PROFIT, EstablishmentCategory.EHPAD,
                    "8 rue de Villedieu", "50502", null, "02 33 77 40 00", List.of()),
            new Demo("610000093", "Centre hospitalier intercommunal Alençon-Mamers", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "25 rue de Fresnay", "61001", "GHT Orne", "02 33 32 30 30", List.of()),
            new Demo("610120107", "SSIAD du Pays d'Argentan", LegalStatus.PRIVATE_NON_PROFIT, EstablishmentCategory.SSIAD,
                    "3 place du Marché", "61006", null, "02 33 12 25 25", List.of()),
            new Demo("760000117", "Centre hospitalier de Dieppe", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "Avenue Pasteur", "76217", "GHT Caux Maritime", "02 32 14 76 76", List.of()),
            new Demo("760030122", "Groupe hospitalier du Havre", LegalStatus.PUBLIC, EstablishmentCategory.CH,
                    "29 avenue Pierre Mendès France", "76351", "GHT de l'Estuaire de la Seine", "02 32 73 32 32", List.of()));

    /** A need of the establishment {@code finess}, {@code days} consecutive shifts from {@code inDays} days from now. */
    private record DemoNeed(String finess, Profession profession, String specialty, UnitType unit, int positions,
                            ContractType contract, Urgency urgency, int inDays, int days, String start, String end) {
    }

    private static final List<DemoNeed> NEEDS = List.of(
            new DemoNeed("760780015", Profession.INFIRMIER, null, UnitType.URGENCES, 2, ContractType.CDD_COURT, Urgency.CRITICAL, 2, 3, "07:00", "19:00"),
            new DemoNeed("760780015", Profession.AIDE_SOIGNANT, null, UnitType.MEDECINE, 2, ContractType.VACATION, Urgency.HIGH, 3, 2, "19:00", "07:00"),
            new DemoNeed("760780015", Profession.MEDECIN, "Médecine d'urgence", UnitType.URGENCES, 1, ContractType.VACATION, Urgency.HIGH, 5, 1, "08:00", "20:00"),
            new DemoNeed("760120022", Profession.AIDE_SOIGNANT, null, UnitType.EHPAD, 2, ContractType.CDD_COURT, Urgency.NORMAL, 4, 5, "07:00", "14:00"),
            new DemoNeed("760120022", Profession.INFIRMIER, null, UnitType.GERIATRIE, 1, ContractType.CDD_COURT, Urgency.HIGH, 6, 3, "07:00", "19:00"),
            new DemoNeed("140000035", Profession.INFIRMIER, null, UnitType.REANIMATION, 2, ContractType.MISE_A_DISPOSITION, Urgency.CRITICAL, 2, 3, "07:00", "19:00"),
            new DemoNeed("140000035", Profession.SAGE_FEMME, null, UnitType.MATERNITE, 1, ContractType.VACATION, Urgency.HIGH, 7, 2, "08:00", "20:00"),
            new DemoNeed("140130048", Profession.AIDE_SOIGNANT, null, UnitType.SSR, 1, ContractType.CDD_COURT, Urgency.NORMAL, 3, 4, "07:00", "14:00"),
            new DemoNeed("270000052", Profession.INFIRMIER, null, UnitType.URGENCES, 1, ContractType.VACATION, Urgency.HIGH, 4, 2, "19:00", "07:00"),
            new DemoNeed("500000070", Profession.INFIRMIER, null, UnitType.BLOC, 1, ContractType.CDD_COURT, Urgency.HIGH, 5, 3, "08:00", "16:00"),
            new DemoNeed("610000093", Profession.AIDE_SOIGNANT, null, UnitType.MEDECINE, 2, ContractType.CDD_COURT, Urgency.CRITICAL, 2, 3, "07:00", "19:00"),
            new DemoNeed("760030122", Profession.IADE, null, UnitType.BLOC, 1, ContractType.VACATION, Urgency.HIGH, 6, 1, "08:00", "18:00"));

    private static final Map<ContractType, String> PAY = Map.of(
            ContractType.CDD_COURT, "Grille de la fonction publique hospitalière, selon l'ancienneté",
            ContractType.VACATION, "Vacation au tarif de l'établissement",
            ContractType.MISE_A_DISPOSITION, "Salaire maintenu par l'employeur d'origine, remboursé par l'établissement d'accueil");

    private final Establishments establishments;
    private final Needs needs;
    private final Clock clock;

    public LoadingDemoData(Establishments establishments, Needs needs, Clock clock) {
        this.establishments = establishments;
        this.needs = needs;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnEmptyDatabase() {
        if (!establishments.isEmpty()) {
            return;
        }
        Map<String, Establishment> byFiness = new HashMap<>();
        for (Demo demo : ESTABLISHMENTS) {
            byFiness.put(demo.finess(), establishments.add(Establishment.registeredByArs(UUID.randomUUID().toString(), demo.finess(),
                    new Details(demo.name(), demo.status(), demo.category(), demo.address(), demo.communeInsee(),
                            demo.ght(), demo.phone()), demo.staff(), Decision.now("Données de démonstration", clock))).aggregate());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (DemoNeed need : NEEDS) {
            List<Shift> shifts = IntStream.range(0, need.days()).mapToObj(day -> new Shift(now.toLocalDate().plusDays(need.inDays() + day),
                    LocalTime.parse(need.start()), LocalTime.parse(need.end()))).toList();
            needs.add(Need.publish(UUID.randomUUID().toString(), byFiness.get(need.finess()),
                    new NeedDetails(need.profession(), need.specialty(), need.unit(), null, need.positions(), need.contract(),
                            PAY.get(need.contract()), need.contract() == ContractType.MISE_A_DISPOSITION, need.urgency(),
                            null, null), shifts, now));
        }
        log.info("Loaded {} demo establishments and {} needs", ESTABLISHMENTS.size(), NEEDS.size());
    }
}
