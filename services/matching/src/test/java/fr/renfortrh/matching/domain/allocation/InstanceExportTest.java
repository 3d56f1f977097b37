package fr.renfortrh.matching.domain.allocation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InstanceExportTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void anExportedInstanceLetsAnotherSolverRecomputeThePlanFromTheFileAlone() {
        var data = SyntheticNormandy.generate("small", 300, 150, new double[]{0.6, 0.3, 0.1}, 14, 7L, NOW);
        var instance = data.allocationInstance(NOW);
        var plan = Allocator.optimise(instance, Duration.ofSeconds(2));

        JsonNode file = JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(
                InstanceExport.document("small", instance, plan)));

        assertThat(file.get("schema").asString()).isEqualTo(InstanceExport.SCHEMA);
        assertThat(file.get("needs").size()).isEqualTo(instance.needs().size());
        assertThat(file.get("volunteers").size()).isEqualTo(instance.volunteers().size());
        assertThat(file.get("arcs").size()).isEqualTo(instance.arcs().size());
        assertThat(file.at("/needs/0/shifts/0/0").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        double objective = 0;
        Map<Integer, Integer> filled = new HashMap<>();
        for (JsonNode index : file.at("/plan/arcs")) {
            JsonNode arc = file.get("arcs").get(index.asInt());
            objective += arc.get(3).asDouble();
            filled.merge(arc.get(1).asInt(), 1, Integer::sum);
        }
        assertThat(objective).isCloseTo(file.at("/plan/objective").asDouble(), within(1e-6));
        assertThat(file.at("/plan/positionsCovered").asInt()).isEqualTo(plan.positionsCovered()).isPositive();
        filled.forEach((need, count) -> assertThat(count).isLessThanOrEqualTo(file.get("needs").get(need).get("positions").asInt()));
    }
}
