package fr.renfortrh.notification.adapters;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.ContactPointChanged.Channel;
import fr.renfortrh.contracts.events.ContactRequested;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerAvailabilityStale;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.notification.Fixtures;
import fr.renfortrh.notification.application.Notifications;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Notification.DeliveryStatus;
import fr.renfortrh.notification.domain.NotificationKind;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.MovableClock;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
@DirtiesContext
@Import(MovableClock.InService.class)
class NotificationDeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("renfort.notifications.grouping-window", () -> "PT1S");
        properties.add("renfort.notifications.dispatch-interval", () -> "PT0.2S");
        properties.add("renfort.notifications.reminder-interval", () -> "PT0.2S");
    }

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;
    @Autowired MovableClock clock;
    @Autowired Notifications notifications;

    private TestEvents events;
    private final String volunteer = UUID.randomUUID().toString();
    private final String email = volunteer + "@example.fr";

    @BeforeEach
    void middayInParis() {
        events = new TestEvents(kafka, outbox);
        clock.moveTo(LocalDate.now(PARIS).plusDays(1).atTime(12, 0).atZone(PARIS).toInstant());
        events.publish(Topics.ESTABLISHMENTS, 1, new EstablishmentChanged(Fixtures.EHPAD));
        events.publish(Topics.NEEDS, 1, new NeedPublished(Fixtures.need(Urgency.HIGH)));
    }

    @Test
    void aContactRequestReachesTheVolunteerOnceByMailWithALinkToAnswerAndInTheirInbox() throws Exception {
        events.publish(Topics.CONTACT_POINTS, 1, new ContactPointChanged(volunteer, email, "Marie Lefebvre", null, Channel.EMAIL));
        events.publish(Topics.MATCHING, 1, new ContactRequested("p-" + volunteer, "n1", "e1", volunteer,
                clock.instant().plus(Duration.ofDays(1))), 3);

        MimeMessage mail = awaitMails(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("EHPAD Les Tilleuls souhaite vous contacter");
        String body = textOf(mail);
        assertThat(body).contains("Bonjour Marie Lefebvre", "http://localhost:8080/espace/demandes");

        mine(get("/api/notifications")).andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.notifications[0].kind").value("CONTACT_REQUESTED"))
                .andExpect(jsonPath("$.notifications[0].delivery").value("SENT"));
        String id = mine(get("/api/notifications")).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        http.perform(post("/api/notifications/" + id + "/read").header("Authorization", bearer("someone-else", "volunteer")))
                .andExpect(status().isNotFound());
        mine(post("/api/notifications/" + id + "/read")).andExpect(status().isNoContent());
        mine(get("/api/notifications/unread-count")).andExpect(jsonPath("$.unread").value(0));

        Thread.sleep(1_500);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aNotificationThatArrivesBeforeTheVolunteersAddressLeavesAsSoonAsTheAddressDoes() throws Exception {
        events.publish(Topics.VOLUNTEERS, 2, new VolunteerAvailabilityStale(volunteer));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mine(get("/api/notifications")).andExpect(jsonPath("$.notifications[0].delivery").value("PENDING")));
        Thread.sleep(2_000); // the dispatcher has found no address and put it aside for a day (the clock stands still)

        events.publish(Topics.CONTACT_POINTS, 1, new ContactPointChanged(volunteer, email, "Paul Durand", null, Channel.EMAIL));

        assertThat(textOf(awaitMails(email, 1).getFirst())).contains("Vos disponibilités sont-elles à jour ?");
    }

    @Test
    void remindersDueTogetherLeaveAsOneDigest() throws Exception {
        events.publish(Topics.CONTACT_POINTS, 1, new ContactPointChanged(volunteer, email, "Paul Durand", null, Channel.EMAIL));
        events.publish(Topics.VOLUNTEERS, 2, new VolunteerAvailabilityStale(volunteer));
        events.publish(Topics.VOLUNTEERS, 3, new VolunteerDormancyWarned(volunteer, Instant.parse("2027-01-15T10:00:00Z")));

        MimeMessage digest = awaitMails(email, 1).getFirst();
        assertThat(digest.getSubject()).isEqualTo("Renfort RH : 2 nouvelles notifications");
        assertThat(textOf(digest)).contains("Vos disponibilités sont-elles à jour ?", "15 janvier 2027");
        Thread.sleep(1_500);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aConfirmedMissionIsRemindedOnceTheDayBeforeAndACancelledOneIsNot() throws Exception {
        LocalDateTime start = LocalDate.now(PARIS).plusDays(4).atTime(7, 0);
        var shifts = List.of(new ShiftSnapshot(start, start.plusHours(12)));
        events.publish(Topics.MATCHING, 3, new MissionConfirmed("kept-" + volunteer, "n1", "e1", volunteer, shifts), 2);
        events.publish(Topics.MATCHING, 3, new MissionConfirmed("cancelled-" + volunteer, "n1", "e1", volunteer, shifts));
        events.publish(Topics.MATCHING, 4, new MissionCancelled("cancelled-" + volunteer, "n1", "e1", volunteer, MissionCancelled.BY_ESTABLISHMENT, "Besoin annulé"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(get("/api/notifications"))
                .andExpect(jsonPath("$.notifications[?(@.kind == 'MISSION_CANCELLED')]").isNotEmpty()));
        Thread.sleep(1_000);
        mine(get("/api/notifications")).andExpect(jsonPath("$.notifications[?(@.kind == 'MISSION_REMINDER')]").isEmpty());
        mine(get("/api/notifications/me/export")).andExpect(jsonPath("$.reminders[*].proposalId").value(contains("kept-" + volunteer)));

        clock.moveTo(start.minusHours(24).plusMinutes(1).atZone(PARIS).toInstant());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(get("/api/notifications"))
                .andExpect(jsonPath("$.notifications[?(@.kind == 'MISSION_REMINDER')].title")
                        .value(contains(startsWith("Rappel : votre mission du ")))));
        Thread.sleep(1_000);
        mine(get("/api/notifications")).andExpect(jsonPath("$.notifications[?(@.kind == 'MISSION_REMINDER')]", hasSize(1)));
        mine(get("/api/notifications/me/export")).andExpect(jsonPath("$.reminders").isEmpty());
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostTheArsSeesItAndItIsDeliveredOnceWhenBack() throws Exception {
        events.publish(Topics.CONTACT_POINTS, 1, new ContactPointChanged(volunteer, email, "Léa Martin", null, Channel.EMAIL));
        mailServer.stop();
        try {
            events.publish(Topics.VOLUNTEERS, 2, new VolunteerAvailabilityStale(volunteer));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ars(get("/api/notifications/delivery"))
                    .andExpect(jsonPath("$.failing").value(1)).andExpect(jsonPath("$.oldestFailingSince").isNotEmpty()));
        } finally {
            mailServer.start();
        }
        clock.moveBy(Duration.ofMinutes(1));

        awaitMails(email, 1);
        ars(get("/api/notifications/delivery")).andExpect(jsonPath("$.failing").value(0));
        mine(get("/api/notifications")).andExpect(jsonPath("$.notifications[0].delivery").value("SENT"));
        Thread.sleep(1_500);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aVolunteerWhoPrefersSmsGetsAnSmsNotAMail() throws Exception {
        events.publish(Topics.CONTACT_POINTS, 1, new ContactPointChanged(volunteer, email, "Léa Martin", "06 12 34 56 78", Channel.SMS));
        events.publish(Topics.VOLUNTEERS, 2, new VolunteerAvailabilityStale(volunteer));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mine(get("/api/notifications")).andExpect(jsonPath("$.notifications[0].delivery").value("SENT")));
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void twoDispatchersClaimingAtOnceTakeEachNotificationExactlyOnce() throws Exception {
        Instant later = clock.instant().plus(Duration.ofDays(30)); // not due for the running dispatcher
        for (int i = 0; i < 100; i++) {
            notifications.add(new Notification(UUID.randomUUID().toString(), volunteer, "event-" + i,
                    NotificationKind.AVAILABILITY_REMINDER, "Titre", "Texte", "/espace", false, clock.instant(), null,
                    new Notification.Delivery(DeliveryStatus.PENDING, later, 0, null, null, null, null)));
        }
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        Callable<Void> dispatcher = () -> {
            notifications.claimPendingOf(volunteer, later, later).forEach(claimed -> taken.add(claimed.id()));
            return null;
        };

        try (var both = Executors.newFixedThreadPool(2)) {
            for (var done : both.invokeAll(List.of(dispatcher, dispatcher))) {
                done.get();
            }
        }

        assertThat(taken).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void aWithdrawnVolunteersNotificationsAreDeleted() throws Exception {
        events.publish(Topics.VOLUNTEERS, 2, new VolunteerAvailabilityStale(volunteer));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(get("/api/notifications/unread-count"))
                .andExpect(jsonPath("$.unread").value(1)));

        events.publish(Topics.VOLUNTEERS, 3, new VolunteerWithdrawn(volunteer));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(get("/api/notifications"))
                .andExpect(jsonPath("$.notifications").isEmpty()));
    }

    @Test
    void onlyTheArsSeesDeliveryFiguresAndPageSizesAreBounded() throws Exception {
        mine(get("/api/notifications/delivery")).andExpect(status().isForbidden());
        mine(get("/api/notifications").param("size", "5000")).andExpect(status().isBadRequest());
        http.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    }

    private List<MimeMessage> awaitMails(String to, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(to).size() >= count);
        return mailsTo(to);
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part, decoded. */
    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private ResultActions mine(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.header("Authorization", bearer(volunteer, "volunteer")));
    }

    private ResultActions ars(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.header("Authorization", bearer("ars", "ars-operator")));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
