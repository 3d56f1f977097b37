package fr.renfortrh.needs.adapters;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.NeedExpired;
import fr.renfortrh.needs.application.ExpiringNeeds;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.MovableClock;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
@DirtiesContext
@Import(MovableClock.InService.class)
class NeedsOverTimeTest {

    @Autowired MockMvc http;
    @Autowired MovableClock clock;
    @Autowired ExpiringNeeds expiring;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    @Test
    void theArsFindsTheNeedsThatWaitedLongAndANeedWhoseShiftsArePastExpires() throws Exception {
        var api = new EstablishmentsApi(http);
        String staff = "staff-" + UUID.randomUUID();
        String establishment = api.registerAndVerify(staff);
        String needId = api.postNeed(staff, EstablishmentsApi.need(establishment, 1, LocalDate.now().plusDays(5), "07:00", "19:00"));

        clock.moveBy(Duration.ofDays(3));
        http.perform(get("/api/needs").param("minAgeDays", "2").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(jsonPath("$.needs[?(@.id == '" + needId + "')]").exists());
        http.perform(get("/api/needs").param("minAgeDays", "4").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(jsonPath("$.needs[?(@.id == '" + needId + "')]").doesNotExist());
        http.perform(get("/api/needs").param("minAgeDays", "-1").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minAgeDays"));

        expiring.expirePastNeeds();
        http.perform(get("/api/needs/" + needId).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        clock.moveBy(Duration.ofDays(3));
        expiring.expirePastNeeds();

        http.perform(get("/api/needs/" + needId).header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        try (var published = new PublishedEvents(broker, reader, Topics.NEEDS)) {
            published.await(e -> e.payload() instanceof NeedExpired expired && expired.needId().equals(needId));
        }
    }
}
