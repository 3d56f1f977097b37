package fr.renfortrh.matching.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.MatchProposed;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class MatchingFlowTest {

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;
    @Autowired EventReader reader;
    @Autowired EmbeddedKafkaBroker broker;

    private TestEvents events;
    private final String establishment = "staff-" + UUID.randomUUID();
    private final String needId = UUID.randomUUID().toString();

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, outbox);
    }

    private VolunteerRegistered volunteer(String id, String department) {
        return new VolunteerRegistered(new VolunteerSnapshot(id, "M.L.", List.of(Profession.INFIRMIER), null,
                VolunteerStatus.SUBMITTED, department, null, 0, 0, 0, List.of(department), List.of(), List.of(), 0,
                null, Availability.none(), null, 0, List.of(), 0, VolunteerSnapshot.ContactConsent.ESTABLISHMENTS_AND_ARS));
    }

    private NeedPublished need() {
        LocalDateTime start = LocalDate.now().plusDays(2).atTime(7, 0);
        return new NeedPublished(new NeedSnapshot(needId, establishment, "CH de Rouen", Profession.INFIRMIER, null,
                null, "76", "76540", 49.44, 1.09, ContractType.CDD_COURT, Urgency.HIGH, 2,
                List.of(new ShiftSnapshot(start, start.plusHours(12))), false, null));
    }

    /** Ids of the proposals for the need; other tests' volunteers may be among them (shared database). */
    private List<String> proposalIds() throws Exception {
        String body = http.perform(get("/api/matching/needs/" + needId + "/proposals")
                        .header("Authorization", bearer(establishment, "establishment")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].id");
    }

    @Test
    void eligibleVolunteersAreProposedForAPublishedNeedAndTheEstablishmentSeesThemPseudonymised() throws Exception {
        String eligible = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        events.publish(Topics.VOLUNTEERS, 0, volunteer(eligible, "76"));
        events.publish(Topics.VOLUNTEERS, 0, volunteer(elsewhere, "14"));
        events.publish(Topics.NEEDS, 0, need());

        await().untilAsserted(() -> assertThat(proposalIds()).contains(needId + ":" + eligible));
        assertThat(proposalIds()).doesNotContain(needId + ":" + elsewhere);
        http.perform(get("/api/matching/needs/" + needId + "/proposals")
                        .header("Authorization", bearer(establishment, "establishment")))
                .andExpect(jsonPath("$[0].initials").value("M.L."))
                .andExpect(jsonPath("$[0].status").value("PROPOSED"));

        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            var event = published.await(e -> e.payload() instanceof MatchProposed m
                    && m.needId().equals(needId) && m.volunteerId().equals(eligible));
            assertThat(((MatchProposed) event.payload()).establishmentId()).isEqualTo(establishment);
        }
    }

    @Test
    void aVolunteerRegisteringAfterTheNeedIsProposedToo() throws Exception {
        events.publish(Topics.NEEDS, 0, need());
        await().until(() -> http.perform(get("/api/matching/needs/" + needId + "/proposals")
                .header("Authorization", bearer(establishment, "establishment"))).andReturn().getResponse().getStatus() == 200);

        String late = UUID.randomUUID().toString();
        events.publish(Topics.VOLUNTEERS, 0, volunteer(late, "76"));

        await().untilAsserted(() -> assertThat(proposalIds()).contains(needId + ":" + late));
    }

    @Test
    void replayedEventsDoNotDuplicateProposalsAndAWithdrawnVolunteerStaysGone() throws Exception {
        String volunteerId = UUID.randomUUID().toString();
        events.publish(Topics.VOLUNTEERS, 0, volunteer(volunteerId, "76"));
        events.publish(Topics.NEEDS, 0, need());
        events.publish(Topics.NEEDS, 0, need());
        events.publish(Topics.VOLUNTEERS, 0, volunteer(volunteerId, "76"));
        await().untilAsserted(() -> assertThat(proposalIds()).containsOnlyOnce(needId + ":" + volunteerId));

        events.publish(Topics.VOLUNTEERS, 1, new VolunteerWithdrawn(volunteerId));
        events.publish(Topics.VOLUNTEERS, 0, volunteer(volunteerId, "76"));
        String marker = UUID.randomUUID().toString();
        events.publish(Topics.VOLUNTEERS, 0, volunteer(marker, "76"));

        await().untilAsserted(() -> assertThat(proposalIds()).contains(needId + ":" + marker));
        assertThat(proposalIds()).doesNotContain(needId + ":" + volunteerId);
    }

    @Test
    void anotherEstablishmentCannotSeeTheProposals() throws Exception {
        events.publish(Topics.NEEDS, 0, need());
        await().until(() -> http.perform(get("/api/matching/needs/" + needId + "/proposals")
                .header("Authorization", bearer(establishment, "establishment"))).andReturn().getResponse().getStatus() == 200);

        http.perform(get("/api/matching/needs/" + needId + "/proposals")
                        .header("Authorization", bearer("someone-else", "establishment")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/matching/needs/" + needId + "/proposals")
                        .header("Authorization", bearer(establishment, "volunteer")))
                .andExpect(status().isForbidden());
    }
}
