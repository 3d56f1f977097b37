package fr.renfortrh.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;

/**
 * Benchmark (not a test): signed-in users' mixed traffic through the gateway at a fixed arrival rate (an open
 * model: latency counts from when a request was due, so a slow stack cannot hide behind a slow generator), the
 * gateway's overhead against calling the service directly with the same requests in the same run, then rising
 * rates until p99 passes 300 ms. Run by {@code ./renfort bench gateway-load [seconds]} (default 300).
 */
public final class GatewayLoadBench {

    private static final double TARGET_RATE = 100;
    private static final long P99_TARGET_MS = 300;
    private static final List<Double> RAMP = List.of(150.0, 200.0, 300.0, 400.0, 600.0, 800.0);
    private static final Duration RAMP_STEP = Duration.ofSeconds(20);
    private static final int VOLUNTEERS = 10;
    /** One request in this many is also sent straight to its service, to measure the gateway's overhead. */
    private static final int PAIRED_EVERY = 5;

    private enum Role { VOLUNTEER, STAFF, ARS }

    /** A kind of request of the mix: who sends it, how often, to which service. */
    private record Kind(String name, int weight, Role role, String service, String method, String path) {
    }

    private record Sample(Kind kind, long latencyMicros, boolean error, long gatewayMicros, long directMicros, boolean directFirst) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final Map<Role, List<Keycloak.User>> users = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<Kind> mix;
    private final int totalWeight;

    private GatewayLoadBench(String establishment, String needId) {
        mix = List.of(
                new Kind("volunteer: own profile", 20, Role.VOLUNTEER, Stack.VOLUNTEER_PROFILE, "GET", "/api/volunteers/me"),
                new Kind("volunteer: contact requests", 15, Role.VOLUNTEER, Stack.MATCHING, "GET", "/api/matching/me/requests"),
                new Kind("volunteer: unread notifications", 20, Role.VOLUNTEER, Stack.NOTIFICATION, "GET", "/api/notifications/unread-count"),
                new Kind("volunteer: marks notifications read", 10, Role.VOLUNTEER, Stack.NOTIFICATION, "POST", "/api/notifications/read-all"),
                new Kind("staff: needs of the establishment", 15, Role.STAFF, Stack.ESTABLISHMENT_NEEDS, "GET", "/api/needs?establishmentId=" + establishment),
                new Kind("staff: shortlist of a need", 15, Role.STAFF, Stack.MATCHING, "GET", "/api/matching/needs/" + needId + "/shortlist"),
                new Kind("ARS: indicators", 5, Role.ARS, Stack.MATCHING, "GET", "/api/matching/monitoring"));
        totalWeight = mix.stream().mapToInt(Kind::weight).sum();
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path output = Path.of(args[0]);
        Duration main = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 300);

        var ars = Keycloak.newUser("ars-operator");
        var staff = Keycloak.newUser("establishment");
        String staffToken = Keycloak.accessToken(staff);
        String establishment = Scenario.verifiedEstablishment(staffToken, Keycloak.accessToken(ars));
        String needId = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishment,
                "profession", "INFIRMIER", "contractType", "VACATION", "urgency", "HIGH", "positions", 2,
                "shifts", List.of(Map.of("date", LocalDate.now().plusDays(6).toString(), "start", "08:00", "end", "18:00"))))), 201)
                .get("id").asString();
        var bench = new GatewayLoadBench(establishment, needId);
        bench.signIn(staff, ars);

        System.out.println("Warming up for 20 s at 50 req/s…");
        bench.run(50, Duration.ofSeconds(20));
        System.out.printf("Main run: %.0f req/s for %d s%n", TARGET_RATE, main.toSeconds());
        List<Sample> steady = bench.run(TARGET_RATE, main);

        List<String> lines = new ArrayList<>(List.of(
                "| Phase | Rate (req/s) | Requests | Errors | p50 | p95 | p99 | max |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
                row("main, target p99 ≤ " + P99_TARGET_MS + " ms, 0 errors", TARGET_RATE, steady)));
        double highest = 0;
        for (double rate : RAMP) {
            System.out.printf("Ramp: %.0f req/s for %d s%n", rate, RAMP_STEP.toSeconds());
            List<Sample> step = bench.run(rate, RAMP_STEP);
            lines.add(row("ramp step", rate, step));
            if (percentile(step, 0.99) / 1000 > P99_TARGET_MS || errors(step) > 0) {
                break;
            }
            highest = rate;
        }

        lines.add("");
        lines.add(String.format(Locale.ROOT, "Highest rate tried with p99 ≤ %d ms and no error: **%s**.", P99_TARGET_MS,
                highest == 0 ? "none of the ramp steps" : String.format(Locale.ROOT, "%.0f req/s", highest)));
        lines.add("");
        List<Sample> paired = steady.stream().filter(s -> s.directMicros() > 0).toList();
        Overhead both = Overhead.of(paired);
        lines.add(String.format(Locale.ROOT, "Gateway overhead on %,d requests of the main run also sent straight to their service: "
                + "median %.1f ms through the gateway against %.1f ms direct, **%.2f×** (target ≤ 1.3×). Each pair is sent "
                + "back to back, in turns one way first: gateway first %s, service first %s.",
                paired.size(), both.gatewayMs(), both.directMs(), both.ratio(),
                Overhead.of(paired.stream().filter(s -> !s.directFirst()).toList()),
                Overhead.of(paired.stream().filter(Sample::directFirst).toList())));
        lines.add("");
        lines.add("| Request (main run) | Share | p50 | p99 |");
        lines.add("|---|---:|---:|---:|");
        for (Kind kind : bench.mix) {
            List<Sample> ofKind = steady.stream().filter(s -> s.kind() == kind).toList();
            lines.add(String.format(Locale.ROOT, "| %s | %d %% | %s | %s |", kind.name(), 100 * kind.weight() / bench.totalWeight,
                    ms(percentile(ofKind, 0.50)), ms(percentile(ofKind, 0.99))));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Signed-in users: %d volunteers, 1 establishment staff member, 1 ARS operator, "
                + "bearer tokens from Keycloak renewed every 3 minutes; the gateway runs with wide rate limits meanwhile; "
                + "load generator on the same machine.", VOLUNTEERS));
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        Files.writeString(output, table);
        System.exit(0);
    }

    /** Medians of paired calls through the gateway and straight to the service. */
    private record Overhead(double gatewayMs, double directMs) {

        static Overhead of(List<Sample> pairs) {
            return new Overhead(median(pairs.stream().map(Sample::gatewayMicros).toList()),
                    median(pairs.stream().map(Sample::directMicros).toList()));
        }

        private static double median(List<Long> micros) {
            return Percentile.of(micros, 0.5) / 1000.0;
        }

        double ratio() {
            return gatewayMs / directMs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f against %.1f ms (%.2f×)", gatewayMs, directMs, ratio());
        }
    }

    private void signIn(Keycloak.User staff, Keycloak.User ars) {
        List<Keycloak.User> volunteers = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            var volunteer = Keycloak.newUser("volunteer");
            ok(call(Keycloak.accessToken(volunteer), postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("firstName", "Charge",
                    "lastName", "Test" + i, "professions", List.of("INFIRMIER"), "department", "76"))), 201);
            volunteers.add(volunteer);
        }
        users.put(Role.VOLUNTEER, volunteers);
        users.put(Role.STAFF, List.of(staff));
        users.put(Role.ARS, List.of(ars));
        renewTokens();
        Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                LockSupport.parkNanos(Duration.ofMinutes(3).toNanos());
                renewTokens();
            }
        });
    }

    private void renewTokens() {
        users.values().forEach(list -> list.forEach(user -> tokens.put(user.username(), Keycloak.accessToken(user))));
    }

    /** Sends requests at {@code rate} per second for {@code duration}, each on its own virtual thread. */
    private List<Sample> run(double rate, Duration duration) throws InterruptedException {
        var samples = new ConcurrentLinkedQueue<Sample>();
        var random = new SplittableRandom(42);
        OpenModel.run(rate, (long) (rate * duration.toSeconds()), Duration.ofMinutes(1), (i, due) -> {
            Kind kind = pick(random.nextInt(totalWeight));
            List<Keycloak.User> candidates = users.get(kind.role());
            String token = tokens.get(candidates.get(random.nextInt(candidates.size())).username());
            boolean paired = i % PAIRED_EVERY == 0;
            boolean directFirst = i % (2 * PAIRED_EVERY) == 0;
            return () -> samples.add(send(kind, token, due, paired, directFirst));
        });
        return List.copyOf(samples);
    }

    /**
     * A paired request is sent both ways back to back, in turns gateway first and service first: the second call
     * meets a service that has just answered the same request, so always sending one way first would favour the
     * other. The open-model latency counts the gateway call as if it had been sent first.
     */
    private Sample send(Kind kind, String token, long due, boolean paired, boolean directFirst) {
        long directMicros = 0;
        long lag = System.nanoTime() - due;
        if (paired && directFirst) {
            directMicros = timed(kind.service(), kind, token);
        }
        long gatewayMicros = timed(Stack.GATEWAY, kind, token);
        boolean error = gatewayMicros < 0;
        if (paired && !directFirst && !error) {
            directMicros = timed(kind.service(), kind, token);
        }
        return new Sample(kind, lag / 1000 + Math.abs(gatewayMicros), error, Math.abs(gatewayMicros),
                error ? 0 : Math.max(0, directMicros), directFirst);
    }

    /** The call's duration in microseconds, negative if it failed. */
    private long timed(String base, Kind kind, String token) {
        long began = System.nanoTime();
        boolean succeeded = succeeds(base, kind, token);
        long micros = Math.max(1, (System.nanoTime() - began) / 1000);
        return succeeded ? micros : -micros;
    }

    private boolean succeeds(String base, Kind kind, String token) {
        var request = HttpRequest.newBuilder(URI.create(base + kind.path())).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        request = kind.method().equals("POST") ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Kind pick(int draw) {
        for (Kind kind : mix) {
            draw -= kind.weight();
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    private static String row(String phase, double rate, List<Sample> samples) {
        return String.format(Locale.ROOT, "| %s | %.0f | %,d | %,d | %s | %s | %s | %s |", phase, rate, samples.size(),
                errors(samples), ms(percentile(samples, 0.50)), ms(percentile(samples, 0.95)), ms(percentile(samples, 0.99)),
                ms(percentile(samples, 1.0)));
    }

    private static long errors(List<Sample> samples) {
        return samples.stream().filter(Sample::error).count();
    }

    private static long percentile(List<Sample> samples, double p) {
        return Percentile.of(samples.stream().map(Sample::latencyMicros).toList(), p);
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
