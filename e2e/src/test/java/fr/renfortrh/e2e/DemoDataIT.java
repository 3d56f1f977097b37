package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static fr.renfortrh.e2e.Scenario.EVENTUALLY;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static fr.renfortrh.e2e.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** What ./renfort up loads on an empty database, seen by the demo logins through the gateway. */
class DemoDataIT {

    @Test
    void theDemoVolunteerSignsInToTheirVerifiedProfile() {
        String volunteer = Keycloak.accessToken("volontaire", "Renfort2026!");

        JsonNode me = ok(call(volunteer, get(Stack.GATEWAY + "/api/volunteers/me")), 200);

        assertThat(me.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(me.get("email").asString()).isEqualTo("volontaire@demo.renfort-rh.fr");
    }

    @Test
    void theDemoStaffMembersOpenNeedsHaveExplainedShortlistsOfDemoVolunteers() {
        String staff = Keycloak.accessToken("etablissement", "Renfort2026!");
        List<String> open = new ArrayList<>();
        for (JsonNode establishment : ok(call(staff, get(Stack.GATEWAY + "/api/establishments/mine")), 200)) {
            for (JsonNode need : ok(call(staff, get(Stack.GATEWAY + "/api/needs?establishmentId="
                    + establishment.get("id").asString() + "&status=PUBLISHED")), 200).get("needs")) {
                open.add(need.get("id").asString());
            }
        }
        // the demo needs start within a week of loading: a stack whose data is older has none left to staff
        assumeThat(open).as("open demo needs").isNotEmpty();

        for (String needId : open) {
            await().atMost(EVENTUALLY).untilAsserted(() -> {
                JsonNode shortlist = ok(call(staff, get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/shortlist")), 200);
                assertThat(shortlist).isNotEmpty().allSatisfy(candidate -> {
                    assertThat(candidate.get("initials").asString()).matches("[A-ZÀ-Ý]\\.[A-ZÀ-Ý]\\.");
                    assertThat(candidate.get("ranking")).isNotEmpty();
                });
            });
        }
    }
}
