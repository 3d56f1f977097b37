package fr.renfortrh.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static fr.renfortrh.e2e.Scenario.verifiedEstablishment;

/**
 * Benchmark (not a test): how long from a need published through the gateway until its shortlist is readable
 * through the gateway, i.e. establishment-needs' outbox → Kafka → matching's read model. Run by
 * {@code ./renfort bench event-latency [needs]}; writes its table to the file given as first argument.
 */
public final class EventLatencyBench {

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        int needs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        String ars = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        var staffUser = Keycloak.newUser("establishment");
        String staff = Keycloak.accessToken(staffUser);
        long tokenAt = System.nanoTime();
        String establishment = verifiedEstablishment(staff, ars);
        String day = LocalDate.now().plusDays(5).toString();
        List<Long> micros = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < needs; i++) {
            if (System.nanoTime() - tokenAt > 180_000_000_000L) { // access tokens live 5 minutes
                staff = Keycloak.accessToken(staffUser);
                tokenAt = System.nanoTime();
            }
            long published = System.nanoTime();
            String needId = ok(call(staff, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishment,
                    "profession", "AIDE_SOIGNANT", "contractType", "CDD_COURT", "urgency", "HIGH", "positions", 1,
                    "shifts", List.of(Map.of("date", day, "start", "07:00", "end", "19:00"))))), 201).get("id").asString();
            while (call(staff, get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/shortlist")).status() != 200) {
                Thread.onSpinWait();
            }
            micros.add((System.nanoTime() - published) / 1_000);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        String table = """
                | needs | p50 | p90 | p99 | max | target p99 | run |
                |---|---|---|---|---|---|---|
                | %d | %s | %s | %s | %s | ≤ 1 s | %.0f s |
                """.formatted(needs, ms(micros, 0.50), ms(micros, 0.90), ms(micros, 0.99), ms(micros, 1.0), seconds);
        System.out.print(table);
        Files.writeString(output, table);
    }

    private static String ms(List<Long> micros, double quantile) {
        return "%.0f ms".formatted(Percentile.of(micros, quantile) / 1000.0);
    }

    private EventLatencyBench() {
    }
}
