package fr.renfortrh.matching.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Crisis mode, in the Manche so that other tests' needs and nurses around Rouen stay out of the selection. */
@ServiceTest
class RegionalAllocationTest {

    private static final double CHERBOURG_LAT = 49.63984;
    private static final double CHERBOURG_LON = -1.61631;
    private static final double CAEN_LAT = 49.18293;
    private static final double CAEN_LON = -0.37067;

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;

    private MatchingEvents world;

    @BeforeEach
    void setUp() {
        world = new MatchingEvents(new TestEvents(kafka, outbox));
    }

    private ResultActions plan(String role, String body) throws Exception {
        return http.perform(post("/api/matching/allocations").header("Authorization", bearer("ars-1", role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String manche(int days) {
        LocalDate today = LocalDate.now();
        return "{\"departments\":[\"50\"],\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(days) + "\"}";
    }

    @Test
    void theArsPlansSelectedNeedsJointlyThenAppliesThePlanOnceWhichSendsTheContactRequestsAndHoldsThosePositions() throws Exception {
        String establishment = world.establishment("staff-" + UUID.randomUUID());
        ShiftSnapshot sameDay = MatchingEvents.day(4);
        String critical = world.need(establishment, "50", CHERBOURG_LAT, CHERBOURG_LON, ContractType.CDD_COURT, Urgency.CRITICAL, sameDay);
        String normal = world.need(establishment, "50", CHERBOURG_LAT, CHERBOURG_LON, ContractType.CDD_COURT, Urgency.NORMAL, sameDay);
        String secondment = world.need(establishment, "50", CHERBOURG_LAT, CHERBOURG_LON, ContractType.MISE_A_DISPOSITION,
                Urgency.HIGH, MatchingEvents.day(6));
        String nurse = world.nurse(MatchingEvents.snapshot("vol-" + UUID.randomUUID(), "50", List.of("50"),
                CHERBOURG_LAT + 0.02, CHERBOURG_LON));

        await().untilAsserted(() -> plan("ars-operator", manche(10)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignments[?(@.needId == '" + critical + "')].volunteerId").value(nurse)));
        String body = plan("ars-operator", manche(10)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.summary.positionsCovered").value(1))
                .andExpect(jsonPath("$.summary.upperBound").value(greaterThanOrEqualTo(3.9)))
                .andExpect(jsonPath("$.summary.boundIsLpOptimum").value(true))
                .andExpect(jsonPath("$.shortfalls[?(@.needId == '" + normal + "')].reason")
                        .value(hasItem(containsString("retenus pour des besoins plus urgents ou simultanés"))))
                .andExpect(jsonPath("$.shortfalls[?(@.needId == '" + secondment + "')].reason")
                        .value(hasItem(containsString("n'acceptant pas ce type de contrat"))))
                .andReturn().getResponse().getContentAsString();
        String planId = body.replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
        int heldBefore = JsonPath.read(body, "$.summary.positionsHeld");

        http.perform(get("/api/matching/allocations").header("Authorization", bearer("ars-2", "ars-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + planId + "')].summary.positionsCovered").value(1));
        http.perform(post("/api/matching/allocations/" + planId + "/apply").header("Authorization", bearer("ars-1", "ars-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied.sent").value(1))
                .andExpect(jsonPath("$.appliedAt").isNotEmpty());
        http.perform(get("/api/matching/needs/" + critical + "/proposals").header("Authorization", bearer("ars-1", "ars-operator")))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + nurse + "')].status").value("CONTACT_REQUESTED"));
        http.perform(post("/api/matching/allocations/" + planId + "/apply").header("Authorization", bearer("ars-1", "ars-operator")))
                .andExpect(status().isConflict());

        // asked once, the nurse is not planned again for the same need, and the position asked for is said to be held
        plan("ars-operator", manche(10)).andExpect(jsonPath("$.assignments[?(@.needId == '" + critical + "')]").isEmpty())
                .andExpect(jsonPath("$.summary.positionsHeld").value(heldBefore + 1));
    }

    @Test
    void thePlansBoundHoldsEachVolunteerToTheNeedsTheyCanTakeTogetherWhereTheArcLpWouldSplitThem() throws Exception {
        // each pair of needs shares a day, no day is shared by all three: the arc LP gives the nurse half of each
        String establishment = world.establishment("staff-" + UUID.randomUUID());
        ShiftSnapshot first = MatchingEvents.day(40);
        ShiftSnapshot second = MatchingEvents.day(41);
        ShiftSnapshot third = MatchingEvents.day(42);
        world.need(establishment, "14", CAEN_LAT, CAEN_LON, ContractType.CDD_COURT, Urgency.NORMAL, first, second);
        world.need(establishment, "14", CAEN_LAT, CAEN_LON, ContractType.CDD_COURT, Urgency.NORMAL, second, third);
        world.need(establishment, "14", CAEN_LAT, CAEN_LON, ContractType.CDD_COURT, Urgency.NORMAL, first, third);
        world.nurse(MatchingEvents.snapshot("vol-" + UUID.randomUUID(), "14", List.of("14"), CAEN_LAT, CAEN_LON));
        LocalDate today = LocalDate.now();
        String calvados = "{\"departments\":[\"14\"],\"from\":\"" + today.plusDays(40) + "\",\"to\":\"" + today.plusDays(42) + "\"}";

        await().untilAsserted(() -> plan("ars-operator", calvados).andExpect(status().isCreated())
                .andExpect(jsonPath("$.summary.needs").value(3))
                .andExpect(jsonPath("$.summary.positionsCovered").value(1))
                .andExpect(jsonPath("$.summary.upperBound").value(closeTo(1, 0.01)))
                .andExpect(jsonPath("$.summary.boundIsLpOptimum").value(true)));
    }

    @Test
    void onlyTheArsPlansAndBadSelectionsAreRefusedFieldByField() throws Exception {
        plan("establishment", manche(7)).andExpect(status().isForbidden());
        plan("volunteer", manche(7)).andExpect(status().isForbidden());
        http.perform(get("/api/matching/allocations").header("Authorization", bearer("staff", "establishment")))
                .andExpect(status().isForbidden());

        LocalDate today = LocalDate.now();
        plan("ars-operator", "{\"departments\":[\"75\"],\"from\":\"" + today + "\",\"to\":\"" + today.minusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'departments')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'to')]").isNotEmpty());
        plan("ars-operator", "{\"departments\":[\"75\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("departments", "from", "to")));
        plan("ars-operator", "{\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(7) + "\",\"weights\":{\"critical\":-1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.critical"));
        plan("ars-operator", "{\"departments\":[\"61\"],\"from\":\"2020-01-01\",\"to\":\"2020-01-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Aucun besoin ouvert")));
        http.perform(post("/api/matching/allocations/unknown/apply").header("Authorization", bearer("ars-1", "ars-operator")))
                .andExpect(status().isNotFound());
    }
}
