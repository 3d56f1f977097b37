package fr.renfortrh.needs.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.EstablishmentChanged;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class EstablishmentMembershipTest {

    @Autowired MockMvc http;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    private final String admin = "admin-" + UUID.randomUUID();
    private final String newcomer = "newcomer-" + UUID.randomUUID();

    @Test
    void aStaffMemberAsksToJoinByFinessActsForTheEstablishmentOnceAnAdminApprovesUntilTheyLeave() throws Exception {
        String establishment = new EstablishmentsApi(http).registerAndVerify(admin);
        String finess = JsonPath.read(as(get("/api/establishments/" + establishment), admin).andReturn().getResponse().getContentAsString(), "$.finess");

        as(post("/api/establishments/join-requests").content("{\"finess\": \"" + finess + "\"}"), newcomer)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.name").value("EHPAD Les Tilleuls"))
                .andExpect(jsonPath("$.members").doesNotExist());
        as(get("/api/establishments/join-requests"), newcomer).andExpect(jsonPath("$[0].establishmentId").value(establishment));
        as(get("/api/establishments/" + establishment), newcomer).andExpect(status().isNotFound());
        as(post("/api/establishments/" + establishment + "/join-requests/" + newcomer + "/approve"), newcomer)
                .andExpect(status().isNotFound());

        as(post("/api/establishments/" + establishment + "/join-requests/" + newcomer + "/approve"), admin)
                .andExpect(jsonPath("$.members[?(@.accountId == '" + newcomer + "')]").exists())
                .andExpect(jsonPath("$.joinRequests").isEmpty());

        as(get("/api/establishments/mine"), newcomer).andExpect(jsonPath("$[0].id").value(establishment));
        try (var published = new PublishedEvents(broker, reader, Topics.CONTACT_POINTS)) {
            published.await(e -> e.payload() instanceof ContactPointChanged c && c.accountId().equals(newcomer));
        }

        as(delete("/api/establishments/" + establishment + "/members/" + admin), newcomer).andExpect(status().isForbidden());
        as(delete("/api/establishments/" + establishment + "/members/" + newcomer), newcomer).andExpect(status().isOk());
        as(get("/api/establishments/" + establishment), newcomer).andExpect(status().isNotFound());
    }

    @Test
    void anAdminKeepsTheContactDetailsUpToDateAndOnlyTheArsMovesAVerifiedEstablishmentWhichMatchingLearns() throws Exception {
        String establishment = new EstablishmentsApi(http).registerAndVerify(admin);
        as(get("/api/establishments/" + establishment), admin).andExpect(jsonPath("$.commune").value("Rouen (76000)"));
        String details = """
                {"version": %d, "details": {"name": "EHPAD Les Tilleuls", "legalStatus": "PUBLIC", "category": "EHPAD",
                 "address": "%s", "communeInsee": "%s", "phone": "02 35 11 22 33"}}""";

        as(put("/api/establishments/" + establishment).content(details.formatted(1, "3 rue Jeanne d'Arc", "76540")), admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.address").value("3 rue Jeanne d'Arc"))
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        as(put("/api/establishments/" + establishment).content(details.formatted(2, "12 quai de Southampton", "76351")), admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.communeInsee"));
        as(put("/api/establishments/" + establishment).content(details.formatted(2, "12 quai de Southampton", "76351")), "ars", "ars-operator")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("Le Havre (76600)"))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.corrections[0].by").value("Prénom Nom-ars"))
                .andExpect(jsonPath("$.corrections[0].fields[0]").value("address"))
                .andExpect(jsonPath("$.corrections[0].fields[1]").value("communeInsee"));
        as(put("/api/establishments/" + establishment).content(details.formatted(2, "12 quai de Southampton", "76351")), admin)
                .andExpect(status().isConflict());
        as(put("/api/establishments/" + establishment).content(details.formatted(3, "12 quai de Southampton", "76351")), newcomer)
                .andExpect(status().isNotFound());
        try (var published = new PublishedEvents(broker, reader, Topics.ESTABLISHMENTS)) {
            published.await(e -> e.payload() instanceof EstablishmentChanged c && c.establishment().establishmentId().equals(establishment)
                    && "76351".equals(c.establishment().communeInsee()));
            published.await(e -> e.payload() instanceof EstablishmentCorrected c && c.establishment().establishmentId().equals(establishment)
                    && c.establishment().staffAccountIds().equals(List.of(admin)) && c.correctedBy().equals("Prénom Nom-ars"));
        }
    }

    @Test
    void aRefusedEstablishmentsStaffIsToldAndItsAdminSubmitsItAgainToTheArsWhoSeesWhyItWasRefused() throws Exception {
        String establishment = new EstablishmentsApi(http).register(admin);
        as(post("/api/establishments/" + establishment + "/resubmit"), admin).andExpect(status().isConflict());

        as(post("/api/establishments/" + establishment + "/reject").content("{\"reason\": \"FINESS d'un autre site\"}"), "ars", "ars-operator")
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decision.by").value("Prénom Nom-ars"))
                .andExpect(jsonPath("$.decision.at").exists());
        try (var published = new PublishedEvents(broker, reader, Topics.ESTABLISHMENTS)) {
            published.await(e -> e.payload() instanceof EstablishmentRejected r && r.establishment().establishmentId().equals(establishment)
                    && r.establishment().staffAccountIds().equals(List.of(admin)));
        }
        as(post("/api/establishments/" + establishment + "/resubmit"), newcomer).andExpect(status().isNotFound());
        as(post("/api/establishments/" + establishment + "/resubmit"), "ars", "ars-operator").andExpect(status().isForbidden());

        as(post("/api/establishments/" + establishment + "/resubmit"), admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_VERIFICATION"));
        as(get("/api/establishments?status=PENDING_VERIFICATION"), "ars", "ars-operator")
                .andExpect(jsonPath("$[?(@.id == '" + establishment + "')].rejectionReason").value("FINESS d'un autre site"));
        as(post("/api/establishments/" + establishment + "/verify"), "ars", "ars-operator")
                .andExpect(jsonPath("$.decision.outcome").value("VERIFIED"))
                .andExpect(jsonPath("$.earlierDecisions[0].outcome").value("REJECTED"))
                .andExpect(jsonPath("$.earlierDecisions[0].reason").value("FINESS d'un autre site"));
    }

    @Test
    void aDeclinedRequestLeavesNoTraceAndAnUnknownOrWrongFinessIsSaidSo() throws Exception {
        String establishment = new EstablishmentsApi(http).registerAndVerify(admin);
        String finess = JsonPath.read(as(get("/api/establishments/" + establishment), admin).andReturn().getResponse().getContentAsString(), "$.finess");
        as(post("/api/establishments/join-requests").content("{\"finess\": \"" + finess + "\"}"), newcomer);

        as(delete("/api/establishments/" + establishment + "/join-requests/" + newcomer), admin)
                .andExpect(jsonPath("$.joinRequests").isEmpty());
        as(get("/api/establishments/join-requests"), newcomer).andExpect(jsonPath("$").isEmpty());

        as(post("/api/establishments/join-requests").content("{\"finess\": \"760000001\"}"), newcomer)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("finess"));
        as(post("/api/establishments/join-requests").content("{\"finess\": \"" + EstablishmentsApi.newFiness() + "\"}"), newcomer)
                .andExpect(status().isNotFound());
    }

    @Test
    void anInvitedColleagueWhosePagesAskAtOnceJoinsOnceAndEveryPageGetsTheirEstablishments() throws Exception {
        String establishment = new EstablishmentsApi(http).registerAndVerify(admin);
        as(post("/api/establishments/" + establishment + "/invitations")
                .content("{\"email\": \"" + newcomer + "@test.renfort-rh.fr\"}"), admin).andExpect(status().isOk());

        List<Callable<MockHttpServletResponse>> pages = Collections.nCopies(8,
                () -> as(get("/api/establishments/mine"), newcomer).andReturn().getResponse());
        try (ExecutorService browser = Executors.newFixedThreadPool(8)) {
            for (Future<MockHttpServletResponse> page : browser.invokeAll(pages)) {
                assertThat(page.get().getStatus()).isEqualTo(200);
                assertThat(JsonPath.<List<String>>read(page.get().getContentAsString(), "$[*].id")).containsExactly(establishment);
            }
        }
        as(get("/api/establishments/" + establishment), admin)
                .andExpect(jsonPath("$.members[?(@.accountId == '" + newcomer + "')]", hasSize(1)));
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String who) throws Exception {
        return as(request, who, "establishment");
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String who, String role) throws Exception {
        return http.perform(request.contentType(MediaType.APPLICATION_JSON).header("Authorization", bearer(who, role)));
    }
}
