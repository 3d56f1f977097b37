package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerDormancyWarned;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.MovableClock;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.volunteer.application.RetiringDormantProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
@DirtiesContext
@Import(MovableClock.InService.class)
class RetentionTest {

    @Autowired MockMvc http;
    @Autowired MovableClock clock;
    @Autowired RetiringDormantProfiles retention;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    @Test
    void aProfileSilentFor731DaysIsWarnedThenErasedAfter30DaysWhileAnActiveOneStays() throws Exception {
        String silent = UUID.randomUUID().toString();
        String active = UUID.randomUUID().toString();
        as(post("/api/volunteers/me").content(VolunteerJourneyTest.MINIMAL), silent).andExpect(status().isCreated());
        as(post("/api/volunteers/me").content(VolunteerJourneyTest.MINIMAL), active).andExpect(status().isCreated());

        clock.moveBy(Duration.ofDays(731));
        retention.run();
        as(get("/api/volunteers/me"), silent).andExpect(jsonPath("$.purgeAfter").isNotEmpty());
        String version = as(get("/api/volunteers/me"), active).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        as(post("/api/volunteers/me/availability/confirm").content("{\"version\": " + version + "}"), active)
                .andExpect(jsonPath("$.purgeAfter").isEmpty());

        clock.moveBy(Duration.ofDays(31));
        retention.run();

        as(get("/api/volunteers/me"), silent).andExpect(status().isNotFound());
        as(get("/api/volunteers/me"), active).andExpect(status().isOk());
        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            published.await(e -> e.payload() instanceof VolunteerDormancyWarned w && w.volunteerId().equals(silent));
            published.await(e -> e.payload() instanceof VolunteerWithdrawn w && w.volunteerId().equals(silent));
        }
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String who) throws Exception {
        return http.perform(request.contentType(MediaType.APPLICATION_JSON).header("Authorization", bearer(who, "volunteer")));
    }
}
