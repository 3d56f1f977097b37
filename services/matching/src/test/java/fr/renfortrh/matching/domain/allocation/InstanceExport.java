package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.matching.domain.Shifts;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./renfort bench export [instances]}: writes each synthetic allocation instance, with the regional
 * optimiser's plan on it, as JSON in the format of docs/allocation-instance.md, for checking the allocation
 * figures with another solver. Arguments: the directory to write to, then instance names (default: nominal crisis).
 */
public final class InstanceExport {

    static final String SCHEMA = "renfort-rh/allocation-instance/1";
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration OPTIMISER_BUDGET = Duration.ofSeconds(10);

    private InstanceExport() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args[0]));
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("nominal", "crisis");
        for (String name : names) {
            SyntheticNormandy data = SyntheticNormandy.named(name, NOW);
            AllocationInstance instance = data.allocationInstance(NOW);
            Allocation plan = Allocator.optimise(instance, OPTIMISER_BUDGET);
            Path file = directory.resolve(name + ".json");
            Files.writeString(file, JsonMapper.shared().writeValueAsString(document(name, instance, plan)));
            System.out.printf("%s: %,d needs, %,d volunteers, %,d pairs, plan %.1f → %s (%,d bytes)%n", name,
                    instance.needs().size(), instance.volunteers().size(), instance.arcs().size(), plan.objective(),
                    file, Files.size(file));
        }
    }

    static Map<String, Object> document(String name, AllocationInstance instance, Allocation plan) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", SCHEMA);
        document.put("instance", name);
        document.put("rules", Map.of(
                "minimumRestHours", Shifts.MINIMUM_REST.toHours(),
                "legalMaxHoursPerWeek", Shifts.LEGAL_MAX_HOURS_PER_WEEK,
                "week", "ISO week (Monday to Sunday) in which a shift starts"));
        document.put("weights", instance.weights());
        document.put("needs", instance.needs().stream().map(n -> Map.of("id", n.needId(), "urgency", n.urgency(),
                "positions", n.positions(), "shifts", shifts(n.shifts()))).toList());
        document.put("volunteers", instance.volunteers().stream().map(v -> Map.of("id", v.volunteerId(),
                "maxHoursPerWeek", v.maxHoursPerWeek(), "maxNeeds", v.maxRequests(), "booked", shifts(v.booked()))).toList());
        document.put("arcs", instance.arcs().stream().map(a -> List.of(a.volunteer(), a.need(),
                Math.round(a.distanceKm() * 100) / 100.0, instance.value(a))).toList());
        Map<AllocationInstance.Arc, Integer> arcIndex = arcIndex(instance);
        document.put("plan", Map.of("method", "regional optimiser", "objective", plan.objective(),
                "positionsCovered", plan.positionsCovered(),
                "arcs", plan.assignments().stream().map(arcIndex::get).sorted().toList()));
        return document;
    }

    /** Each arc's index in the instance: how a plan names its arcs in the export, and the solvers' arrays. */
    static Map<AllocationInstance.Arc, Integer> arcIndex(AllocationInstance instance) {
        Map<AllocationInstance.Arc, Integer> index = new HashMap<>();
        for (int i = 0; i < instance.arcs().size(); i++) {
            index.put(instance.arcs().get(i), i);
        }
        return index;
    }

        private static List<List<String>> shifts(List<ShiftSnapshot> shifts) {
        return shifts.stream().map(s -> List.of(s.start().toString(), s.end().toString())).toList();
    }
}
