package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class VolunteerRegistrationTest {

    private static final String MINIMAL_PROFILE = """
            {"firstName": "Marie", "lastName": "Lefebvre", "professions": ["INFIRMIER"], "department": "76"}""";

    @Autowired MockMvc http;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    @Test
    void aVolunteerCreatesTheirProfileAndMatchingIsToldWithoutTheirContactDetails() throws Exception {
        String account = UUID.randomUUID().toString();
        String id = http.perform(post("/api/volunteers/me").header("Authorization", bearer(account, "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content(MINIMAL_PROFILE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.email").value(account + "@test.renfort-rh.fr"))
                .andExpect(jsonPath("$.professions[0].label").value("Infirmier diplômé d'État (IDE)"))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        http.perform(get("/api/volunteers/me").header("Authorization", bearer(account, "volunteer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.firstName").value("Marie"));

        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            var event = published.await(e -> e.payload() instanceof VolunteerRegistered r && r.volunteer().volunteerId().equals(id));
            var snapshot = ((VolunteerRegistered) event.payload()).volunteer();
            assertThat(snapshot.professions()).containsExactly(Profession.INFIRMIER);
            assertThat(event.subject()).isEqualTo(id);
            assertThat(event.aggregateVersion()).isZero();
        }
    }

    @Test
    void aSecondProfileForTheSameAccountIsRefused() throws Exception {
        String account = UUID.randomUUID().toString();
        http.perform(post("/api/volunteers/me").header("Authorization", bearer(account, "volunteer"))
                .contentType(MediaType.APPLICATION_JSON).content(MINIMAL_PROFILE)).andExpect(status().isCreated());

        http.perform(post("/api/volunteers/me").header("Authorization", bearer(account, "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content(MINIMAL_PROFILE))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalidInputIsAnsweredWithFieldErrors() throws Exception {
        http.perform(post("/api/volunteers/me").header("Authorization", bearer("someone", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "", "lastName": "X", "professions": ["INFIRMIER"], "department": "75"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("firstName"));

        http.perform(post("/api/volunteers/me").header("Authorization", bearer("someone", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "A", "lastName": "B", "professions": ["ASTRONAUTE"], "department": "76"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("professions[0]"));

        http.perform(post("/api/volunteers/me").header("Authorization", bearer("someone", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "A", "lastName": "B", "professions": ["IADE"], "department": "76", "status": "VERIFIED"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("Champ inconnu."));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() throws Exception {
        http.perform(get("/api/volunteers/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anEstablishmentCannotActAsAVolunteer() throws Exception {
        http.perform(get("/api/volunteers/me").header("Authorization", bearer("staff", "establishment")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
