package fr.renfortrh.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static fr.renfortrh.e2e.Http.get;

/** The processes `./renfort up` started, for the benchmarks that kill, add or weigh them. */
final class LocalStack {

    static final Path ROOT = Path.of(System.getenv().getOrDefault("RENFORT_ROOT", ".."));
    /** Where `./renfort` keeps its pids, logs and data: {@code RENFORT_VAR} as it reads it. */
    static final Path VAR = Path.of(System.getenv().getOrDefault("RENFORT_VAR", ROOT.resolve("var").toString()));
    static final String SECOND_MATCHING = "http://localhost:8093";

    private LocalStack() {
    }

    static long pidOf(String component) {
        try {
            return Long.parseLong(Files.readString(VAR.resolve("run/" + component + ".pid")).strip());
        } catch (IOException e) {
            throw new IllegalStateException(component + " is not running under ./renfort", e);
        }
    }

    /** Resident memory of a process and its children (Keycloak runs under its launcher script), in MB. */
    static long rssMb(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .mapToLong(p -> ownRssKb(p.pid())).sum() / 1024;
    }

    private static long ownRssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException stopped) {
            return 0;
        }
    }

    /**
     * Another matching instance on port 8093, launched as the first one was: same database, same consumer group,
     * as a second pod would be.
     */
    static Process startSecondMatching() {
        try {
            var first = ProcessHandle.of(pidOf("matching")).orElseThrow().info();
            List<String> command = new ArrayList<>();
            command.add(first.command().orElseThrow());
            command.addAll(List.of(first.arguments().orElseThrow()));
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(VAR.resolve("log/matching-2.log").toFile());
            builder.environment().put("SERVER_PORT", "8093");
            Process process = builder.start();
            // a busy local MongoDB-wire server (e.g. absorbing the national instance) makes a start slow
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (Http.send(get(SECOND_MATCHING + "/actuator/health")).status() == 200) {
                        System.out.println("second matching instance up on 8093");
                        return process;
                    }
                } catch (RuntimeException notYet) {
                    // still starting
                }
                sleep(Duration.ofSeconds(1));
            }
            process.destroy();
            throw new IllegalStateException("the second matching instance did not start (" + VAR.resolve("log/matching-2.log") + ")");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void stop(Process process) {
        process.destroy();
        process.onExit().join();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
