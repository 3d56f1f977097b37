package fr.renfortrh.matching.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.application.AnsweringRequests;
import fr.renfortrh.matching.application.Caller;
import fr.renfortrh.matching.application.ConfirmingMissions;
import fr.renfortrh.matching.application.ContactingVolunteer;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LAT;
import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LON;
import static fr.renfortrh.matching.adapters.MatchingEvents.day;
import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class DoubleBookingTest {

    private static final int NEEDS = 3;

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;
    @Autowired ContactingVolunteer contacting;
    @Autowired AnsweringRequests answering;
    @Autowired ConfirmingMissions missions;

    @Test
    void manyThreadsConfirmingOverlappingShiftsForOneVolunteerLeaveExactlyOneMission() throws Exception {
        var world = new MatchingEvents(new TestEvents(kafka, outbox));
        String staff = "staff-" + UUID.randomUUID();
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON);
        var ars = new Caller("ars-agent", true);
        var me = new Caller(volunteer, false);
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < NEEDS; i++) {
            String needId = world.need(establishment, Urgency.CRITICAL, day(20));
            await().untilAsserted(() -> assertThat(shortlist(needId, staff)).contains(volunteer));
            String proposal = contacting.request(ars, needId, volunteer).aggregate().id();
            answering.accept(me, proposal);
            proposals.add(proposal);
        }

        List<Callable<Boolean>> confirmations = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (String proposal : proposals) {
                confirmations.add(() -> {
                    try {
                        missions.confirm(ars, proposal);
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                });
            }
        }
        int confirmed = 0;
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (Future<Boolean> result : pool.invokeAll(confirmations)) {
                confirmed += result.get() ? 1 : 0;
            }
        }

        long missionsHeld = answering.mine(me).stream().filter(r -> r.proposal().status().name().equals("CONFIRMED")).count();
        assertThat(missionsHeld).isEqualTo(1);
        assertThat(confirmed).isEqualTo(1);
    }

    private List<String> shortlist(String needId, String staff) throws Exception {
        String body = http.perform(get("/api/matching/needs/" + needId + "/shortlist")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].volunteerId");
    }
}
