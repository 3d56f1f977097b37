package fr.renfortrh.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The bundled reference of Normandy communes (see ATTRIBUTION.md beside the CSV). No network lookup. */
public final class Communes {

    private static final Communes NORMANDY = load("normandy-communes.csv");

    private final Map<String, Commune> byInseeCode;

    private Communes(Map<String, Commune> byInseeCode) {
        this.byInseeCode = byInseeCode;
    }

    public static Communes normandy() {
        return NORMANDY;
    }

    public Optional<Commune> byInseeCode(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byInseeCode::get);
    }

    public List<Commune> all() {
        return List.copyOf(byInseeCode.values());
    }

    /**
     * Communes whose postcode starts with the query (digits) or whose name starts with it (accents and case
     * ignored), most populated first.
     */
    public List<Commune> search(String query, int limit) {
        String q = fold(Objects.requireNonNullElse(query, "").trim());
        if (q.isEmpty()) {
            return List.of();
        }
        boolean postcode = q.chars().allMatch(Character::isDigit);
        return byInseeCode.values().stream()
                .filter(c -> postcode
                        ? c.postcodes().stream().anyMatch(p -> p.startsWith(q))
                        : fold(c.name()).startsWith(q))
                .sorted(Comparator.comparingInt(Commune::population).reversed())
                .limit(limit)
                .toList();
    }

    private static String fold(String text) {
        return Accents.strip(text)
                .replace('-', ' ')
                .replace('\'', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static Communes load(String resource) {
        var stream = Communes.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing reference file " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            Map<String, Commune> communes = new LinkedHashMap<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                communes.put(f[0], new Commune(f[0], f[1], f[2], List.of(f[3].split(" ")),
                        Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            }
            return new Communes(Map.copyOf(communes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
