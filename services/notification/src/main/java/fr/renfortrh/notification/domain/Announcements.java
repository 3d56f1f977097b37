package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.ContactDeclined;
import fr.renfortrh.contracts.events.ContactExpired;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.DomainEvent;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerAvailabilityStale;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerRejected;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.Urgency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Who is told what for each event. Volunteers and staff are named by their account ids. */
public final class Announcements {

    /** What the notification service knows beside the event: the need and the establishment it speaks of. */
    public record Context(Optional<NeedSnapshot> need, Optional<EstablishmentSnapshot> establishment) {
    }

    public record Announcement(List<String> recipients, Message message) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH'h'mm", Locale.FRENCH);
    private static final String REQUESTS = "/espace/demandes";

    private Announcements() {
    }

    public static Optional<Announcement> of(DomainEvent event, Context context) {
        return Optional.ofNullable(switch (event) {
            case ContactRequested requested -> contactRequested(requested, context);
            case ContactAccepted accepted -> toStaff(context, new Message(NotificationKind.CONTACT_ACCEPTED,
                    "Un volontaire accepte d'être contacté",
                    "Pour votre besoin " + needLabel(context) + " : ses coordonnées sont dans la fiche du besoin. "
                            + "Contactez-le puis confirmez la mission.", needLink(accepted.needId()), false));
            case ContactDeclined declined -> toStaff(context, new Message(NotificationKind.CONTACT_DECLINED,
                    "Un volontaire a décliné votre demande",
                    "Pour votre besoin " + needLabel(context) + ", d'autres candidats vous sont proposés.",
                    needLink(declined.needId()), false));
            case ContactExpired expired -> toStaff(context, new Message(NotificationKind.CONTACT_EXPIRED,
                    "Une demande de contact est restée sans réponse",
                    "Pour votre besoin " + needLabel(context) + ", sollicitez un autre candidat de la liste.",
                    needLink(expired.needId()), false));
            case ContactWithdrawn withdrawn -> withdrawn.aboutTheVolunteer()
                    ? toStaff(context, new Message(NotificationKind.CONTACT_WITHDRAWN, "Un candidat contacté n'est plus disponible",
                    "Pour votre besoin " + needLabel(context) + ", la demande de contact est retirée. Motif : "
                            + withdrawn.reason() + " Sollicitez un autre candidat de la liste.", needLink(withdrawn.needId()), false))
                    : new Announcement(List.of(withdrawn.volunteerId()), new Message(NotificationKind.CONTACT_WITHDRAWN,
                    "Demande de contact retirée", "La demande de " + establishmentName(context) + " pour le besoin "
                            + needLabel(context) + " est retirée, vous n'avez plus à y répondre. Motif : " + withdrawn.reason(),
                    REQUESTS, false));
            case MissionConfirmed confirmed -> new Announcement(List.of(confirmed.volunteerId()), new Message(
                    NotificationKind.MISSION_CONFIRMED, "Mission confirmée",
                    establishmentName(context) + " confirme votre mission " + needLabel(context) + " : "
                            + shifts(confirmed.shifts()) + ".", REQUESTS, false));
            case MissionCancelled cancelled -> missionCancelled(cancelled, context);
            case MissionCompleted completed -> missionCompleted(completed, context);
            case VolunteerVerified verified -> new Announcement(List.of(verified.volunteer().volunteerId()), new Message(
                    NotificationKind.PROFILE_VERIFIED, "Votre profil est vérifié",
                    "L'ARS Normandie a vérifié votre profil : les établissements peuvent désormais vous solliciter.",
                    "/espace/profil", false));
            case VolunteerRejected rejected -> new Announcement(List.of(rejected.volunteer().volunteerId()), new Message(
                    NotificationKind.PROFILE_REJECTED, "Votre profil n'a pas été validé",
                    "Le motif indiqué par l'ARS est dans votre espace : corrigez votre profil puis soumettez-le à nouveau.",
                    "/espace/profil", false));
            case VolunteerVerificationWithdrawn withdrawn -> new Announcement(List.of(withdrawn.volunteer().volunteerId()), new Message(
                    NotificationKind.PROFILE_VERIFICATION_WITHDRAWN, "L'ARS a retiré la vérification de votre profil",
                    "Vous n'êtes plus proposé aux établissements ; vos demandes en cours sont retirées et vos missions à venir "
                            + "annulées. Le motif indiqué par l'ARS est dans votre espace : corrigez votre profil puis "
                            + "soumettez-le à nouveau.", "/espace/profil", false));
            case VolunteerAvailabilityStale stale -> new Announcement(List.of(stale.volunteerId()), new Message(
                    NotificationKind.AVAILABILITY_REMINDER, "Vos disponibilités sont-elles à jour ?",
                    "Vous ne les avez pas confirmées depuis 30 jours. Confirmez-les en un clic pour rester visible "
                            + "des établissements.", "/espace/disponibilites", false));
            case VolunteerDormancyWarned warned -> new Announcement(List.of(warned.volunteerId()), new Message(
                    NotificationKind.DORMANCY_WARNING, "Votre profil sera supprimé le " + date(warned.purgeAfter()),
                    "Sans nouvelle de votre part depuis 24 mois, votre profil sera supprimé le " + date(warned.purgeAfter())
                            + ", comme le prévoit notre politique de conservation des données. Pour le garder, "
                            + "confirmez vos disponibilités.", "/espace/disponibilites", false));
            case EstablishmentRejected rejected -> new Announcement(rejected.establishment().staffAccountIds(), new Message(
                    NotificationKind.ESTABLISHMENT_REJECTED, "Inscription de l'établissement non validée",
                    "L'ARS Normandie n'a pas validé l'inscription de " + rejected.establishment().name() + ". Le motif est "
                            + "dans votre espace : corrigez les informations si besoin, puis soumettez-la à nouveau.",
                    "/espace/etablissements", false));
            case EstablishmentVerificationWithdrawn withdrawn -> new Announcement(withdrawn.establishment().staffAccountIds(), new Message(
                    NotificationKind.ESTABLISHMENT_VERIFICATION_WITHDRAWN, "L'ARS a retiré la vérification de votre établissement",
                    withdrawn.establishment().name() + " ne peut plus publier de besoins ni solliciter de volontaires ; ses besoins "
                            + "à venir sont annulés, avec leurs missions, et les volontaires concernés prévenus. Le motif est dans "
                            + "votre espace : corrigez les informations si besoin, puis soumettez l'établissement à nouveau.",
                    "/espace/etablissements", false));
            case EstablishmentCorrected corrected -> new Announcement(corrected.establishment().staffAccountIds(), new Message(
                    NotificationKind.ESTABLISHMENT_CORRECTED, "L'ARS a corrigé les informations de votre établissement",
                    corrected.correctedBy() + ", de l'ARS Normandie, a mis à jour les informations de "
                            + corrected.establishment().name() + " : relisez-les dans votre espace, elles sont celles que "
                            + "voient les volontaires.", "/espace/etablissements", false));
            case EstablishmentVerified verified -> new Announcement(verified.establishment().staffAccountIds(), new Message(
                    NotificationKind.ESTABLISHMENT_VERIFIED, "Établissement vérifié",
                    "L'ARS Normandie a vérifié " + verified.establishment().name() + " : vous pouvez publier vos besoins.",
                    "/espace/besoins", false));
            default -> null;
        }).filter(announcement -> !announcement.recipients().isEmpty());
    }

    /**
     * The day before a confirmed mission: the volunteer is told when and where, and where the mission sheet is; the
     * establishment's staff, whom to expect and when.
     */
    public static List<Announcement> reminder(MissionReminder reminder, Context context) {
        String when = DAY_TIME.format(reminder.firstShiftStart());
        var toVolunteer = new Announcement(List.of(reminder.volunteerId()), new Message(NotificationKind.MISSION_REMINDER,
                "Rappel : votre mission du " + when,
                establishmentName(context) + " vous attend pour la mission " + needLabel(context) + " : "
                        + shifts(reminder.shifts()) + ". Votre fiche de mission est dans votre espace ; en cas "
                        + "d'empêchement, prévenez l'établissement au plus vite.", REQUESTS, false));
        var toStaff = toStaff(context, new Message(NotificationKind.MISSION_REMINDER, "Rappel : un volontaire arrive le " + when,
                "Le volontaire confirmé pour votre besoin " + needLabel(context) + " est attendu : " + shifts(reminder.shifts())
                        + ". Ses coordonnées et la fiche de mission sont dans la fiche du besoin.", needLink(reminder.needId()), false));
        return Stream.of(toVolunteer, toStaff).filter(announcement -> !announcement.recipients().isEmpty()).toList();
    }

    private static Announcement contactRequested(ContactRequested requested, Context context) {
        boolean critical = context.need().map(n -> n.urgency() == Urgency.CRITICAL).orElse(false);
        String start = context.need().flatMap(n -> n.shifts().stream().map(ShiftSnapshot::start).min(Comparator.naturalOrder()))
                .map(s -> ", à partir du " + DAY.format(s)).orElse("");
        String contract = context.need().map(n -> " (contrat : " + n.contractType().label() + ")").orElse("");
        String where = context.need().flatMap(n -> Communes.normandy().byInseeCode(n.communeInsee()))
                .map(c -> " à " + c.name()).orElse("");
        return new Announcement(List.of(requested.volunteerId()), new Message(NotificationKind.CONTACT_REQUESTED,
                (critical ? "Besoin urgent : " : "") + establishmentName(context) + " souhaite vous contacter",
                "Pour une mission " + needLabel(context) + where + contract + start + ". Répondez avant le "
                        + DAY_TIME.format(requested.expiresAt().atZone(PARIS)) + " : vos coordonnées ne sont transmises "
                        + "que si vous acceptez.", REQUESTS, critical));
    }

    /** Both sides are asked for feedback; each finds the mission in their own space. */
    private static Announcement missionCompleted(MissionCompleted completed, Context context) {
        var recipients = new ArrayList<>(List.of(completed.volunteerId()));
        context.establishment().ifPresent(e -> recipients.addAll(e.staffAccountIds()));
        return new Announcement(recipients, new Message(NotificationKind.MISSION_COMPLETED, "Mission terminée : votre avis",
                "La mission " + needLabel(context) + " chez " + establishmentName(context) + " est terminée. "
                        + "Dites en quelques clics comment elle s'est passée : votre avis n'est lu que par l'ARS.",
                REQUESTS, false));
    }

    private static Announcement missionCancelled(MissionCancelled cancelled, Context context) {
        String reason = cancelled.reason() == null || cancelled.reason().isBlank() ? "" : " Motif : " + cancelled.reason();
        var recipients = new ArrayList<String>();
        if (!cancelled.cancelledBy().equals(MissionCancelled.BY_VOLUNTEER)) {
            recipients.add(cancelled.volunteerId());
        }
        // staff colleagues of whoever cancelled need to know too
        context.establishment().ifPresent(e -> recipients.addAll(e.staffAccountIds()));
        String by = switch (cancelled.cancelledBy()) {
            case MissionCancelled.BY_VOLUNTEER -> " par le volontaire";
            case MissionCancelled.BY_ESTABLISHMENT -> " par l'établissement";
            case MissionCancelled.BY_ARS -> " par l'ARS Normandie";
            default -> "";
        };
        return new Announcement(recipients, new Message(NotificationKind.MISSION_CANCELLED, "Mission annulée",
                "La mission " + needLabel(context) + " chez " + establishmentName(context) + " est annulée" + by + "." + reason,
                REQUESTS, false));
    }

    private static Announcement toStaff(Context context, Message message) {
        return new Announcement(context.establishment().map(EstablishmentSnapshot::staffAccountIds).orElse(List.of()), message);
    }

    private static String needLabel(Context context) {
        return context.need().map(n -> "« " + n.profession().label() + " »").orElse("de renfort");
    }

    private static String needLink(String needId) {
        return "/espace/besoins/" + needId;
    }

    private static String establishmentName(Context context) {
        return context.establishment().map(EstablishmentSnapshot::name)
                .or(() -> context.need().map(NeedSnapshot::establishmentName))
                .orElse("Un établissement");
    }

    private static String shifts(List<ShiftSnapshot> shifts) {
        if (shifts.isEmpty()) {
            return "les créneaux convenus";
        }
        LocalDateTime first = shifts.stream().map(ShiftSnapshot::start).min(Comparator.naturalOrder()).orElseThrow();
        return shifts.size() == 1 ? "le " + DAY_TIME.format(first) : shifts.size() + " créneaux à partir du " + DAY_TIME.format(first);
    }

    private static String date(Instant instant) {
        return DATE.format(instant.atZone(PARIS));
    }
}
