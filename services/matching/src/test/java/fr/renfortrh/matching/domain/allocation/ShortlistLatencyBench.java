package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.matching.domain.Shortlist;
import fr.renfortrh.matching.domain.ShortlistEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./renfort bench shortlist}: JMH, top 20 for one need among 50,000 and 500,000 synthetic Normandy
 * volunteers — through the reach grid, as matching reads it in memory, against a scan of every volunteer of the
 * profession (what a profession index alone gives).
 * Argument: the Markdown file to write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShortlistLatencyBench {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Param({"50000", "500000"})
    public int volunteers;

    private List<OpenNeed> needs;
    private ReachGrid grid;
    private Map<Profession, List<Candidate>> byProfession;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        SyntheticNormandy data = SyntheticNormandy.shortlistStress(volunteers, NOW);
        needs = data.needs();
        byProfession = new HashMap<>();
        data.volunteers().forEach(c -> c.professions().forEach(p -> byProfession.computeIfAbsent(p, k -> new ArrayList<>()).add(c)));
        grid = ReachGrid.of(data.volunteers());
        needs.forEach(need -> grid.inReachOf(need, Audience.ESTABLISHMENT, NOW)); // each cell's order is built at its first read
    }

    private OpenNeed nextNeed() {
        return needs.get(next++ % needs.size());
    }

    @Benchmark
    public List<ShortlistEntry> grid() {
        OpenNeed need = nextNeed();
        return Shortlist.rank(need, grid.inReachOf(need, Audience.ESTABLISHMENT, NOW), ids -> Map.of(), Audience.ESTABLISHMENT, NOW, 20);
    }

    @Benchmark
    public List<ShortlistEntry> scan() {
        OpenNeed need = nextNeed();
        return Shortlist.rank(need, byProfession.getOrDefault(need.profession(), List.of()), ids -> Map.of(),
                Audience.ESTABLISHMENT, NOW, 20);
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(ShortlistLatencyBench.class.getSimpleName())
                .forks(0) // run under Maven's exec:java, whose class path a forked JVM would not get
                .warmupIterations(2).warmupTime(TimeValue.seconds(3))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5))
                .jvmArgs("-Xmx3g").build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> lines = new ArrayList<>(List.of(
                "| Volunteers | Method | p50 | p99 | Samples |", "|---:|---|---:|---:|---:|"));
        Map<String, Double> p50 = new HashMap<>();
        for (RunResult result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            String size = result.getParams().getParam("volunteers");
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            p50.put(size + method, statistics.getPercentile(50));
            lines.add(String.format(Locale.ROOT, "| %,d | %s | %.2f ms | %.2f ms | %,d |", Integer.parseInt(size),
                    method.equals("grid") ? "reach grid, best bound first" : "scan of the profession", statistics.getPercentile(50),
                    statistics.getPercentile(99), statistics.getN()));
        }
        lines.add("");
        for (String size : List.of("50000", "500000")) {
            if (p50.containsKey(size + "grid") && p50.containsKey(size + "scan")) {
                lines.add(String.format(Locale.ROOT, "At %,d volunteers the grid is %.1f× faster than the scan (p50).",
                        Integer.parseInt(size), p50.get(size + "scan") / p50.get(size + "grid")));
                lines.add("");
            }
        }
        lines.add("Both rank the same way (every hard rule, the explanations of the 20 kept) and give the same 20. The "
                + "grid reads the volunteers of the need's cell best bound first and stops at the first who cannot enter; "
                + "the scan reads every volunteer of the profession, passing over those whose figures cannot enter before "
                + "the costlier rules. Synthetic volunteers live in Normandy (≈ 30,000 km²) and accept 10 to 80 km.");
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        Files.writeString(Path.of(args[0]), table);
    }
}
