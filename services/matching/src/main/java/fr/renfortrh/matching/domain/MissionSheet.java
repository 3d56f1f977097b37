package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.platform.domain.StateConflict;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mission sheet of a confirmed mission, in French, from the data alone: parties, shifts, place, contract
 * and pay indication; for a mise à disposition, a draft secondment convention between the volunteer's
 * employer, the host establishment and the volunteer. Matching knows volunteers by their initials only: the
 * establishment received the identity when the volunteer accepted, and completes it on paper.
 */
public record MissionSheet(String title, String reference, List<Section> sections, String footnote) {

    /** A heading and its lines; a line without a label is a paragraph. */
    public record Section(String heading, List<Line> lines) {
    }

    public record Line(String label, String text) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    public static MissionSheet of(Proposal mission, OpenNeed need, Optional<EstablishmentSnapshot> establishment, Instant now) {
        if (!mission.status().fillsAPosition()) {
            throw new StateConflict("La fiche de mission est disponible une fois la mission confirmée.");
        }
        String place = Place.of(need, establishment);
        String host = need.establishmentName() + establishment.map(e -> " — FINESS " + e.finess()).orElse("");
        String volunteer = mission.initials() + " — " + need.profession().label() + " (identité et coordonnées transmises "
                + "à l'établissement" + (mission.answeredAt() == null ? "" : " le " + DATE_TIME.format(mission.answeredAt().atZone(PARIS)))
                + ", quand le volontaire a accepté d'être contacté)";
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Parties", List.of(
                new Line("Établissement d'accueil", host),
                new Line("Lieu", place),
                new Line("Volontaire", volunteer),
                new Line("Mise en relation", "Agence régionale de santé de Normandie — Renfort RH"))));
        sections.add(new Section("Mission", List.of(
                new Line("Profession", need.profession().label() + (need.specialty() == null ? "" : " — " + need.specialty())),
                new Line("Service", need.unitType() == null ? "Non précisé" : need.unitType().label()),
                new Line("Contrat", need.contractType().label()),
                new Line("Urgence", need.urgency().label()),
                new Line("Rémunération indicative", need.payIndication() == null || need.payIndication().isBlank()
                        ? "Selon la grille applicable au contrat, précisée par l'établissement" : need.payIndication()),
                new Line("Hébergement", Boolean.TRUE.equals(need.housingOffered()) ? "Proposé par l'établissement" : "Non proposé"))));
        sections.add(new Section("Créneaux (heure de Paris)", shifts(mission.shifts())));
        if (need.contractType() == ContractType.MISE_A_DISPOSITION) {
            sections.add(convention(host, mission));
        }
        return new MissionSheet(need.contractType() == ContractType.MISE_A_DISPOSITION
                ? "Fiche de mission et projet de convention de mise à disposition" : "Fiche de mission",
                mission.id(), sections,
                "Document établi le " + DATE_TIME.format(now.atZone(PARIS)) + " par Renfort RH à partir des données de la "
                        + "mission confirmée. Il ne remplace ni le contrat ni la convention signés par les parties.");
    }

    private static List<Line> shifts(List<ShiftSnapshot> shifts) {
        List<Line> lines = new ArrayList<>();
        long minutes = 0;
        for (ShiftSnapshot shift : shifts) {
            Duration length = Duration.between(shift.start(), shift.end());
            minutes += length.toMinutes();
            lines.add(new Line(capitalised(DAY.format(shift.start())), "de " + TIME.format(shift.start()) + " à "
                    + TIME.format(shift.end()) + " (" + hours(length.toMinutes()) + ")"));
        }
        lines.add(new Line("Total", hours(minutes) + " sur " + shifts.size() + " créneau(x)"));
        return lines;
    }

    private static Section convention(String host, Proposal mission) {
        String first = mission.shifts().isEmpty() ? "…" : DAY.format(mission.shifts().getFirst().start());
        String last = mission.shifts().isEmpty() ? "…" : DAY.format(mission.shifts().getLast().end());
        return new Section("Projet de convention de mise à disposition", List.of(
                new Line("Entre", "L'employeur d'origine du volontaire : ………………………………… (raison sociale, adresse, représentant)"),
                new Line("Et", "L'établissement d'accueil : " + host),
                new Line("Avec l'accord de", "Le volontaire : ………………………………… (" + mission.initials() + ")"),
                new Line(null, "Article 1 — Objet. L'employeur d'origine met le volontaire à disposition de l'établissement "
                        + "d'accueil pour la mission décrite ci-dessus, avec l'accord écrit du volontaire."),
                new Line(null, "Article 2 — Durée. Du " + first + " au " + last + ", sur les seuls créneaux listés."),
                new Line(null, "Article 3 — Conditions de travail. L'établissement d'accueil organise le travail, fournit les "
                        + "équipements et respecte le repos quotidien de 11 heures et la durée maximale hebdomadaire."),
                new Line(null, "Article 4 — Rémunération. L'employeur d'origine maintient la rémunération du volontaire ; "
                        + "l'établissement d'accueil la lui rembourse, charges comprises, sur présentation d'un état."),
                new Line(null, "Article 5 — Fin anticipée. Chaque partie peut mettre fin à la mise à disposition en "
                        + "prévenant les autres parties et l'ARS."),
                new Line("Signatures", "L'employeur d'origine ………… L'établissement d'accueil ………… Le volontaire …………")));
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
