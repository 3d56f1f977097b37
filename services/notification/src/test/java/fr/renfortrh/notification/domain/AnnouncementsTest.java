package fr.renfortrh.notification.domain;

import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.ContactPointChanged.Channel;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerPaused;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.notification.Fixtures;
import fr.renfortrh.notification.domain.Announcements.Context;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementsTest {

    private final Context known = new Context(Optional.of(Fixtures.need(Urgency.HIGH)), Optional.of(Fixtures.EHPAD));

    @Test
    void aContactRequestTellsTheVolunteerWhoAsksForWhatWhereAndUntilWhen() {
        var announcement = Announcements.of(new ContactRequested("p1", "n1", "e1", "v1",
                Instant.parse("2026-12-02T17:00:00Z")), known).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("v1");
        assertThat(announcement.message().title()).isEqualTo("EHPAD Les Tilleuls souhaite vous contacter");
        assertThat(announcement.message().body()).contains("Infirmier diplômé d'État (IDE) » à Rouen (contrat : Vacation)",
                "jeudi 3 décembre", "mercredi 2 décembre à 18h00");
        assertThat(announcement.message().link()).isEqualTo("/espace/demandes");
        assertThat(announcement.message().critical()).isFalse();
    }

    @Test
    void aRequestForACriticalNeedIsCritical() {
        var critical = new Context(Optional.of(Fixtures.need(Urgency.CRITICAL)), Optional.of(Fixtures.EHPAD));
        var message = Announcements.of(new ContactRequested("p1", "n1", "e1", "v1", Instant.now()), critical).orElseThrow().message();

        assertThat(message.critical()).isTrue();
        assertThat(message.title()).startsWith("Besoin urgent : ");
    }

    @Test
    void anAcceptanceTellsEveryStaffMemberAndLinksToTheNeed() {
        var announcement = Announcements.of(new ContactAccepted("p1", "n1", "e1", "v1"), known).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(announcement.message().link()).isEqualTo("/espace/besoins/n1");
    }

    @Test
    void aRequestWithdrawnBecauseOfTheVolunteerTellsTheStaffAndBecauseOfTheNeedTellsTheVolunteer() {
        var bookedElsewhere = Announcements.of(new ContactWithdrawn("p1", "n1", "e1", "v1", ContactWithdrawn.BOOKED_ELSEWHERE),
                known).orElseThrow();
        assertThat(bookedElsewhere.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(bookedElsewhere.message().title()).isEqualTo("Un candidat contacté n'est plus disponible");
        assertThat(bookedElsewhere.message().body()).contains("Motif : " + ContactWithdrawn.BOOKED_ELSEWHERE);
        assertThat(bookedElsewhere.message().link()).isEqualTo("/espace/besoins/n1");

        var filled = Announcements.of(new ContactWithdrawn("p1", "n1", "e1", "v1", "Tous les postes sont pourvus"), known)
                .orElseThrow();
        assertThat(filled.recipients()).containsExactly("v1");
        assertThat(filled.message().body()).isEqualTo("La demande de EHPAD Les Tilleuls pour le besoin « Infirmier diplômé "
                + "d'État (IDE) » est retirée, vous n'avez plus à y répondre. Motif : Tous les postes sont pourvus");
        assertThat(filled.message().link()).isEqualTo("/espace/demandes");
    }

    @Test
    void aCancellationSaysWhichSideCancelledAndTellsTheOtherSideAndTheStaff() {
        var byStaff = Announcements.of(new MissionCancelled("p1", "n1", "e1", "v1", MissionCancelled.BY_ESTABLISHMENT,
                "Résident hospitalisé"), known).orElseThrow();
        assertThat(byStaff.recipients()).containsExactly("v1", "staff-1", "staff-2");
        assertThat(byStaff.message().body()).endsWith("est annulée par l'établissement. Motif : Résident hospitalisé");

        var byVolunteer = Announcements.of(new MissionCancelled("p1", "n1", "e1", "v1", MissionCancelled.BY_VOLUNTEER,
                "Empêchement"), known).orElseThrow();
        assertThat(byVolunteer.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(byVolunteer.message().body()).contains("est annulée par le volontaire.");

        var byArs = Announcements.of(new MissionCancelled("p1", "n1", "e1", "v1", MissionCancelled.BY_ARS, "Profil retiré"),
                known).orElseThrow();
        assertThat(byArs.recipients()).containsExactly("v1", "staff-1", "staff-2");
        assertThat(byArs.message().body()).contains("est annulée par l'ARS Normandie.");
    }

    @Test
    void aWithdrawnVerificationTellsTheVolunteerWhatFollowsAndWhereTheReasonIs() {
        var announcement = Announcements.of(new VolunteerVerificationWithdrawn(Fixtures.rejectedNurse("v1")),
                new Context(Optional.empty(), Optional.empty())).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("v1");
        assertThat(announcement.message().title()).isEqualTo("L'ARS a retiré la vérification de votre profil");
        assertThat(announcement.message().link()).isEqualTo("/espace/profil");
    }

    @Test
    void aRefusedEstablishmentsStaffAreToldToCorrectItAndSubmitItAgain() {
        var announcement = Announcements.of(new EstablishmentRejected(Fixtures.EHPAD),
                new Context(Optional.empty(), Optional.empty())).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(announcement.message().body()).contains("n'a pas validé l'inscription de EHPAD Les Tilleuls", "soumettez-la à nouveau");
        assertThat(announcement.message().link()).isEqualTo("/espace/etablissements");
    }

    @Test
    void anEstablishmentsStaffAreToldTheArsWithdrewItsVerificationAndWhatFollows() {
        var announcement = Announcements.of(new EstablishmentVerificationWithdrawn(Fixtures.EHPAD),
                new Context(Optional.empty(), Optional.empty())).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(announcement.message().title()).isEqualTo("L'ARS a retiré la vérification de votre établissement");
        assertThat(announcement.message().body()).contains("EHPAD Les Tilleuls ne peut plus publier", "soumettez l'établissement à nouveau");
    }

    @Test
    void anEstablishmentsStaffAreToldTheArsCorrectedItsDetails() {
        var announcement = Announcements.of(new EstablishmentCorrected(Fixtures.EHPAD, "Anne Roux"),
                new Context(Optional.empty(), Optional.empty())).orElseThrow();

        assertThat(announcement.recipients()).containsExactly("staff-1", "staff-2");
        assertThat(announcement.message().kind()).isEqualTo(NotificationKind.ESTABLISHMENT_CORRECTED);
        assertThat(announcement.message().body()).contains("Anne Roux, de l'ARS Normandie, a mis à jour les informations de EHPAD Les Tilleuls");
        assertThat(announcement.message().link()).isEqualTo("/espace/etablissements");
    }

    @Test
    void theDormancyWarningGivesThePurgeDate() {
        var message = Announcements.of(new VolunteerDormancyWarned("v1", Instant.parse("2027-01-15T10:00:00Z")),
                new Context(Optional.empty(), Optional.empty())).orElseThrow().message();

        assertThat(message.title()).isEqualTo("Votre profil sera supprimé le 15 janvier 2027");
    }

    @Test
    void eventsNobodyNeedsToHearAboutNotifyNobody() {
        assertThat(Announcements.of(new VolunteerPaused(null), known)).isEmpty();
        assertThat(Announcements.of(new ContactAccepted("p1", "n1", "unknown", "v1"),
                new Context(Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void smsOnlyForThoseWhoPreferItAndGaveANumber() {
        assertThat(new Recipient("v1", "a@b.fr", "A B", "06 12 34 56 78", Channel.SMS).channel()).isEqualTo(Channel.SMS);
        assertThat(new Recipient("v1", "a@b.fr", "A B", null, Channel.SMS).channel()).isEqualTo(Channel.EMAIL);
        assertThat(new Recipient("v1", null, "A B", null, Channel.TELEPHONE).channel()).isNull();
    }
}
