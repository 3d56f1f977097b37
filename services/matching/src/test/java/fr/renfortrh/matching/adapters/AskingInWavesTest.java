package fr.renfortrh.matching.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.application.AskingInWaves;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Around Alençon, where no other test puts needs or nurses. */
@ServiceTest
class AskingInWavesTest {

    private static final double ALENCON_LAT = 48.4329;
    private static final double ALENCON_LON = 0.0913;

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;
    @Autowired AskingInWaves asking;

    private MatchingEvents world;
    private final String staff = "staff-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        world = new MatchingEvents(new TestEvents(kafka, outbox));
    }

    private List<String> volunteersWithStatus(String needId, String status) throws Exception {
        String body = http.perform(get("/api/matching/needs/" + needId + "/proposals").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[?(@.status == '" + status + "')].volunteerId");
    }

    @Test
    void theBestTwoAreAskedForAnOpenPositionAndTheNextOneWhenSomebodyDeclinesUntilStopped() throws Exception {
        String establishment = world.establishment(staff);
        String need = world.need(establishment, "61", ALENCON_LAT, ALENCON_LON, ContractType.CDD_COURT, Urgency.HIGH,
                MatchingEvents.day(5));
        for (int i = 0; i < 4; i++) {
            world.nurse(MatchingEvents.snapshot("vol-" + UUID.randomUUID(), "61", List.of("61"), ALENCON_LAT + 0.01 * i, ALENCON_LON));
        }
        await().untilAsserted(() -> http.perform(get("/api/matching/needs/" + need + "/shortlist").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.length()").value(4)));

        http.perform(put("/api/matching/needs/" + need + "/waves").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        List<String> firstWave = volunteersWithStatus(need, "CONTACT_REQUESTED");
        assertThat(firstWave).hasSize(2);

        String declining = firstWave.getFirst();
        String proposal = need + ":" + declining;
        http.perform(post("/api/matching/me/requests/" + proposal + "/decline").header("Authorization", bearer(declining, "volunteer")))
                .andExpect(status().isOk());
        asking.continueWaves();
        assertThat(volunteersWithStatus(need, "CONTACT_REQUESTED")).hasSize(2).doesNotContain(declining);

        http.perform(delete("/api/matching/needs/" + need + "/waves").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.active").value(false));
        String second = volunteersWithStatus(need, "CONTACT_REQUESTED").getFirst();
        http.perform(post("/api/matching/me/requests/" + need + ":" + second + "/decline").header("Authorization", bearer(second, "volunteer")))
                .andExpect(status().isOk());
        asking.continueWaves();
        assertThat(volunteersWithStatus(need, "CONTACT_REQUESTED")).hasSize(1);
        http.perform(get("/api/matching/needs/" + need + "/waves").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void onlyTheNeedsOwnersMayTurnWavesOn() throws Exception {
        String establishment = world.establishment(staff);
        String need = world.need(establishment, "61", ALENCON_LAT, ALENCON_LON, ContractType.CDD_COURT, Urgency.NORMAL,
                MatchingEvents.day(6));
        await().untilAsserted(() -> http.perform(get("/api/matching/needs/" + need + "/waves").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk()));

        http.perform(put("/api/matching/needs/" + need + "/waves").header("Authorization", bearer("intruder", "establishment")))
                .andExpect(status().isNotFound());
        http.perform(put("/api/matching/needs/" + need + "/waves").header("Authorization", bearer("someone", "volunteer")))
                .andExpect(status().isForbidden());
    }
}
