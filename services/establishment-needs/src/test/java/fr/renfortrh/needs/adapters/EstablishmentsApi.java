package fr.renfortrh.needs.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.reference.FinessKey;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What staff and the ARS do through the API before the behaviour under test: an establishment, a need. */
record EstablishmentsApi(MockMvc http) {

    static String newFiness() {
        String first = "76" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return FinessKey.complete(first);
    }

    String registerAndVerify(String account) throws Exception {
        String id = register(account);
        http.perform(post("/api/establishments/" + id + "/verify").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        return id;
    }

    /** An establishment the account asks to register, waiting for the ARS. */
    String register(String account) throws Exception {
        String body = http.perform(post("/api/establishments").header("Authorization", bearer(account, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"finess": "%s", "details": {"name": "EHPAD Les Tilleuls", "legalStatus": "PUBLIC",
                                 "category": "EHPAD", "address": "1 rue des Lilas", "communeInsee": "76540", "phone": "02 35 00 00 00"}}"""
                                .formatted(newFiness())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING_VERIFICATION"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String need(String establishmentId, int positions, LocalDate day, String start, String end) {
        return """
                {"establishmentId": "%s", "profession": "AIDE_SOIGNANT", "unitType": "EHPAD", "contractType": "CDD_COURT",
                 "urgency": "HIGH", "positions": %d, "shifts": [{"date": "%s", "start": "%s", "end": "%s"}]}"""
                .formatted(establishmentId, positions, day, start, end);
    }

    String postNeed(String account, String body) throws Exception {
        return JsonPath.read(http.perform(post("/api/needs").header("Authorization", bearer(account, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
