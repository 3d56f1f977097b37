package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class ContactDisclosureTest {

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;

    private final String volunteer = UUID.randomUUID().toString();
    private final String staff = "staff-" + UUID.randomUUID();
    private final String establishment = "est-" + UUID.randomUUID();
    private final String proposal = "need-1:" + volunteer;

    private ResultActions contactAs(String account) throws Exception {
        return http.perform(get("/api/volunteers/" + volunteer + "/contact").param("proposalId", proposal)
                .param("establishmentId", establishment).header("Authorization", bearer(account, "establishment")));
    }

    @Test
    void contactDetailsAreShownOnlyAfterAcceptanceToTheEstablishmentsStaffAndEveryViewIsLogged() throws Exception {
        http.perform(post("/api/volunteers/me").header("Authorization", bearer(volunteer, "volunteer"))
                .contentType(MediaType.APPLICATION_JSON).content(VolunteerJourneyTest.MINIMAL)).andExpect(status().isCreated());
        var events = new TestEvents(kafka, outbox);
        events.publish(Topics.ESTABLISHMENTS, 1, new EstablishmentVerified(new EstablishmentSnapshot(establishment,
                "760780007", "EHPAD Les Tilleuls", "EHPAD", "76", "76540", 49.44, 1.09, true, List.of(staff))));

        await().untilAsserted(() -> contactAs(staff).andExpect(status().isNotFound()));

        events.publish(Topics.MATCHING, 1, new ContactAccepted(proposal, "need-1", establishment, volunteer));
        await().untilAsserted(() -> contactAs(staff).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Lefebvre"))
                .andExpect(jsonPath("$.email").value(volunteer + "@test.renfort-rh.fr")));
        contactAs("staff-of-another-establishment").andExpect(status().isNotFound());

        http.perform(get("/api/volunteers/me/disclosures").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$[0].establishmentName").value("EHPAD Les Tilleuls"))
                .andExpect(jsonPath("$[0].viewerAccountId").value(staff));
    }
}
