package fr.renfortrh.needs.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
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

    private static String need(int positions, LocalDate day, String start, String end) {
        return """
                {"profession": "AIDE_SOIGNANT", "department": "61", "contractType": "CDD_COURT", "urgency": "HIGH",
                 "positions": %d, "shifts": [{"date": "%s", "start": "%s", "end": "%s"}]}"""
                .formatted(positions, day, start, end);
    }

    @Test
    void anEstablishmentPostsANeedThatIsPublishedForMatching() throws Exception {
        String staff = UUID.randomUUID().toString();
        LocalDate start = LocalDate.now().plusDays(3);
        String body = http.perform(post("/api/needs").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(need(2, start, "07:00", "19:00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        http.perform(get("/api/needs").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$[0].id").value(id));

        try (var published = new PublishedEvents(broker, reader, Topics.NEEDS)) {
            var event = published.await(e -> e.payload() instanceof NeedPublished p && p.need().needId().equals(id));
            assertThat(((NeedPublished) event.payload()).need().establishmentId()).isEqualTo(staff);
        }
    }

    @Test
    void anotherEstablishmentsNeedIsNotFound() throws Exception {
        LocalDate start = LocalDate.now().plusDays(1);
        String body = http.perform(post("/api/needs").header("Authorization", bearer("owner-" + UUID.randomUUID(), "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(need(1, start, "21:00", "07:00")))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        http.perform(get("/api/needs/" + id).header("Authorization", bearer("intruder", "establishment")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void impossibleNeedsAreRefusedWithFieldErrors() throws Exception {
        LocalDate start = LocalDate.now().plusDays(5);
        http.perform(post("/api/needs").header("Authorization", bearer("staff", "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(need(10_000, LocalDate.now().minusDays(2), "07:00", "19:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("positions"))
                .andExpect(jsonPath("$.errors[1].field").value("shifts[0]"));
    }

    @Test
    void aVolunteerCannotPostNeeds() throws Exception {
        LocalDate start = LocalDate.now().plusDays(5);
        http.perform(post("/api/needs").header("Authorization", bearer("v", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content(need(1, start, "07:00", "19:00")))
                .andExpect(status().isForbidden());
    }
}
