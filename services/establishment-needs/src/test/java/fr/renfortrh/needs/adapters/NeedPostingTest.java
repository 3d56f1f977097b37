package fr.renfortrh.needs.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.NeedCancelled;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.needs.application.ManagingNeeds;
import fr.renfortrh.needs.domain.Finess;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class NeedPostingTest {

    @Autowired MockMvc http;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;

    private final String staff = "staff-" + UUID.randomUUID();
    private EstablishmentsApi api;

    @BeforeEach
    void api() {
        api = new EstablishmentsApi(http);
    }

    @Test
    void fromSignUpToAPublishedNeedThatMatchingIsToldAbout() throws Exception {
        String establishment = api.registerAndVerify(staff);
        try (var published = new PublishedEvents(broker, reader, Topics.ESTABLISHMENTS)) {
            published.await(e -> e.payload() instanceof EstablishmentVerified v
                    && v.establishment().establishmentId().equals(establishment)
                    && v.establishment().staffAccountIds().contains(staff));
        }
        String needId = api.postNeed(staff, EstablishmentsApi.need(establishment, 2, LocalDate.now().plusDays(3), "07:00", "19:00"));

        http.perform(get("/api/needs").param("establishmentId", establishment).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.needs[0].id").value(needId))
                .andExpect(jsonPath("$.open").value(1));
        try (var published = new PublishedEvents(broker, reader, Topics.NEEDS)) {
            var event = published.await(e -> e.payload() instanceof NeedPublished p && p.need().needId().equals(needId));
            var snapshot = ((NeedPublished) event.payload()).need();
            assertThat(snapshot.establishmentId()).isEqualTo(establishment);
            assertThat(snapshot.communeInsee()).isEqualTo("76540");
            assertThat(snapshot.latitude()).isBetween(49.4, 49.5);
        }
    }

    @Test
    void needsAreListedAPageAtATimeNewestFirstWithTheirCountsOverAllPages() throws Exception {
        String establishment = api.registerAndVerify(staff);
        List<String> posted = new ArrayList<>();
        for (int positions = 1; positions <= 3; positions++) {
            posted.add(api.postNeed(staff, EstablishmentsApi.need(establishment, positions, LocalDate.now().plusDays(positions), "07:00", "19:00")));
        }

        http.perform(get("/api/needs").param("establishmentId", establishment).param("size", "2")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needs.length()").value(2))
                .andExpect(jsonPath("$.needs[0].id").value(posted.get(2)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.positions").value(6));
        http.perform(get("/api/needs").param("establishmentId", establishment).param("size", "2").param("page", "1")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.needs.length()").value(1))
                .andExpect(jsonPath("$.needs[0].id").value(posted.get(0)));
        http.perform(get("/api/needs").param("establishmentId", establishment).param("status", "FILLED", "PUBLISHED")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.total").value(3));
        http.perform(get("/api/needs").param("establishmentId", establishment).param("size", "501")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void anUnverifiedEstablishmentCannotPublish() throws Exception {
        String body = http.perform(post("/api/establishments").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"finess": "%s", "details": {"name": "Clinique X", "legalStatus": "PRIVATE_FOR_PROFIT",
                                 "category": "CLINIQUE", "communeInsee": "14118"}}""".formatted(EstablishmentsApi.newFiness())))
                .andReturn().getResponse().getContentAsString();
        String establishment = JsonPath.read(body, "$.id");

        http.perform(post("/api/needs").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(3), "07:00", "19:00")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongFinessKeyIsRefusedOnItsField() throws Exception {
        http.perform(post("/api/establishments").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"finess": "760780008", "details": {"name": "X", "legalStatus": "PUBLIC", "category": "CH", "communeInsee": "76540"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("finess"));
    }

    @Test
    void anotherEstablishmentsNeedIsNotFoundAndVolunteersCannotPost() throws Exception {
        String establishment = api.registerAndVerify(staff);
        String needId = api.postNeed(staff, EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(1), "21:00", "07:00"));

        http.perform(get("/api/needs/" + needId).header("Authorization", bearer("intruder", "establishment")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/needs").header("Authorization", bearer("intruder", "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(2), "07:00", "19:00")))
                .andExpect(status().isNotFound());
        http.perform(post("/api/needs").header("Authorization", bearer("v", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(2), "07:00", "19:00")))
                .andExpect(status().isForbidden());
    }

    @Test
    void impossibleNeedsAreRefusedWithFieldErrors() throws Exception {
        String establishment = api.registerAndVerify(staff);
        http.perform(post("/api/needs").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 10_000, LocalDate.now().minusDays(2), "07:00", "19:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("positions"))
                .andExpect(jsonPath("$.errors[1].field").value("shifts[0]"));
        http.perform(post("/api/needs").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(2), "07:00", "19:00")
                                .replaceFirst("\\[\\{[^]]*}]", "[null]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("shifts[0]"));
    }

    @Test
    void matchingsConfirmationsFillTheNeedCompletionsAreCountedInItAndInTheListAndTheArsSeesItInTheExport() throws Exception {
        String establishment = api.registerAndVerify(staff);
        String needId = api.postNeed(staff, EstablishmentsApi.need(establishment, 2, LocalDate.now().plusDays(4), "07:00", "19:00"));
        var events = new TestEvents(kafka, outbox);
        events.publish(Topics.MATCHING, 1, new MissionConfirmed("p1", needId, establishment, "v1", List.of()));
        events.publish(Topics.MATCHING, 1, new MissionConfirmed("p1", needId, establishment, "v1", List.of()));
        events.publish(Topics.MATCHING, 1, new MissionConfirmed("p2", needId, establishment, "v2", List.of()));
        events.publish(Topics.MATCHING, 2, new MissionCancelled("p2", needId, establishment, "v2", "VOLUNTEER", "Malade"));
        events.publish(Topics.MATCHING, 3, new MissionCompleted("p1", needId, establishment, "v1", List.of()));

        await().untilAsserted(() -> http.perform(get("/api/needs/" + needId).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.filledPositions").value(1))
                .andExpect(jsonPath("$.completedMissions").value(1))
                .andExpect(jsonPath("$.status").value("PARTIALLY_FILLED")));
        api.postNeed(staff, EstablishmentsApi.need(establishment, 3, LocalDate.now().plusDays(5), "07:00", "19:00"));
        http.perform(get("/api/needs").param("establishmentId", establishment).param("size", "1")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.needs.length()").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.open").value(2))
                .andExpect(jsonPath("$.filled").value(0))
                .andExpect(jsonPath("$.positions").value(5))
                .andExpect(jsonPath("$.filledPositions").value(1));
        http.perform(get("/api/needs/export.csv").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(needId + ";EHPAD Les Tilleuls;76;Aide-soignant")));
    }

    @Test
    void onceTheArsWithdrawsTheEstablishmentsVerificationItsNeedsAheadAreCancelledOnItsBehalfAndItPublishesNoMore() throws Exception {
        String establishment = api.registerAndVerify(staff);
        String ahead = api.postNeed(staff, EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(3), "07:00", "19:00"));
        String filled = api.postNeed(staff, EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(4), "07:00", "19:00"));
        new TestEvents(kafka, outbox).publish(Topics.MATCHING, 1, new MissionConfirmed("p-" + filled, filled, establishment, "v1", List.of()));
        await().untilAsserted(() -> http.perform(get("/api/needs/" + filled).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.status").value("FILLED")));

        http.perform(post("/api/establishments/" + establishment + "/withdraw-verification").header("Authorization", bearer("ars", "ars-operator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(post("/api/establishments/" + establishment + "/withdraw-verification").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Moi-même\"}"))
                .andExpect(status().isForbidden());
        try (var published = new PublishedEvents(broker, reader, Topics.NEEDS)) {
            http.perform(post("/api/establishments/" + establishment + "/withdraw-verification").header("Authorization", bearer("ars", "ars-operator"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Activité fermée\"}"))
                    .andExpect(jsonPath("$.status").value("REJECTED"))
                    .andExpect(jsonPath("$.rejectionReason").value("Activité fermée"));
            for (String need : List.of(ahead, filled)) {
                published.await(e -> e.payload() instanceof NeedCancelled c && c.needId().equals(need)
                        && c.cancelledBy().equals(MissionCancelled.BY_ARS) && c.reason().equals(ManagingNeeds.ESTABLISHMENT_SUSPENDED));
            }
        }
        http.perform(get("/api/needs/" + filled).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").value(ManagingNeeds.ESTABLISHMENT_SUSPENDED));
        http.perform(post("/api/needs").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(3), "07:00", "19:00")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvitedColleagueJoinsByVerifiedEmail() throws Exception {
        String establishment = api.registerAndVerify(staff);
        String colleague = "colleague-" + UUID.randomUUID();
        http.perform(post("/api/establishments/" + establishment + "/invitations").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"" + colleague + "@test.renfort-rh.fr\"}"))
                .andExpect(status().isOk());

        http.perform(get("/api/establishments/mine").header("Authorization", bearer(colleague, "establishment")))
                .andExpect(jsonPath("$[0].id").value(establishment));
        api.postNeed(colleague, EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(5), "07:00", "19:00"));
    }
}
