package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.VolunteerSchedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * A deterministic synthetic Normandy (same seed, same data): volunteers living in communes drawn by
 * population, professions and statuses in national proportions with matching availability habits; needs of
 * hospitals, EHPAD and other services over a horizon, with an urgency mix.
 */
public record SyntheticNormandy(String name, List<Candidate> volunteers, List<OpenNeed> needs, LocalDate firstDay) {

    public static SyntheticNormandy named(String name, Instant now) {
        return switch (name) {
            case "nominal" -> nominal(now);
            case "crisis" -> crisis(now);
            case "national" -> national(now);
            case "shortlist-stress" -> shortlistStress(500_000, now);
            default -> throw new IllegalArgumentException("unknown instance " + name + " (nominal, crisis, national, shortlist-stress)");
        };
    }

    /** What a joint allocation of every need decides on, nobody booked yet, with the default weights. */
    public AllocationInstance allocationInstance(Instant now) {
        return AllocationInstances.build(needs, OpenNeed::positions, volunteers, VolunteerSchedule::empty, now, Weights.DEFAULT);
    }

    /** 2,000 volunteers, 1,500 needs (≈ 2,250 positions) over 14 days. */
    public static SyntheticNormandy nominal(Instant now) {
        return generate("nominal", 2_000, 1_500, new double[]{0.6, 0.3, 0.1}, 14, 20261207L, now);
    }

    /** 5,000 volunteers, 8,000 needs (≈ 16,000 positions) over 14 days. */
    public static SyntheticNormandy crisis(Instant now) {
        return generate("crisis", 5_000, 8_000, new double[]{0.35, 0.35, 0.25, 0.05}, 14, 20200316L, now);
    }

    /** A national volume of volunteers (100,000), with 5,000 needs (≈ 7,500 positions) over 14 days. */
    public static SyntheticNormandy national(Instant now) {
        return generate("national", 100_000, 5_000, new double[]{0.6, 0.3, 0.1}, 14, 20261130L, now);
    }

    /** {@code volunteers} volunteers (500,000 for the named instance) and 500 needs, to time shortlists. */
    public static SyntheticNormandy shortlistStress(int volunteers, Instant now) {
        return generate("shortlist-stress", volunteers, 500, new double[]{0.6, 0.3, 0.1}, 14, 500_000L, now);
    }

    private static final List<Commune> COMMUNES = Communes.normandy().all().stream()
            .filter(c -> Department.byCode(c.department()).isPresent())
            .filter(c -> c.latitude() != 0 && c.population() > 0)
            .sorted(Comparator.comparing(Commune::inseeCode)) // the reference's own order is not stable
            .toList();
    private static final Map<Profession, Double> VOLUNTEER_PROFESSIONS = Map.ofEntries(
            Map.entry(Profession.INFIRMIER, 38.0), Map.entry(Profession.AIDE_SOIGNANT, 30.0),
            Map.entry(Profession.MEDECIN, 9.0), Map.entry(Profession.ASH, 5.0), Map.entry(Profession.MASSEUR_KINESITHERAPEUTE, 4.0),
            Map.entry(Profession.AES, 3.0), Map.entry(Profession.SAGE_FEMME, 2.0), Map.entry(Profession.PUERICULTRICE, 2.0),
            Map.entry(Profession.MANIPULATEUR_ERM, 2.0), Map.entry(Profession.PSYCHOLOGUE, 2.0), Map.entry(Profession.IADE, 1.5),
            Map.entry(Profession.IBODE, 1.5), Map.entry(Profession.PHARMACIEN, 1.0));
    private static final Map<Profession, Double> HOSPITAL_NEEDS = Map.of(Profession.INFIRMIER, 45.0,
            Profession.AIDE_SOIGNANT, 30.0, Profession.MEDECIN, 12.0, Profession.IADE, 3.0, Profession.IBODE, 3.0,
            Profession.SAGE_FEMME, 3.0, Profession.MASSEUR_KINESITHERAPEUTE, 2.0, Profession.MANIPULATEUR_ERM, 2.0);
    private static final Map<Profession, Double> EHPAD_NEEDS = Map.of(Profession.AIDE_SOIGNANT, 50.0,
            Profession.INFIRMIER, 35.0, Profession.ASH, 10.0, Profession.MEDECIN, 5.0);
    private static final Map<Profession, Double> OTHER_NEEDS = Map.of(Profession.INFIRMIER, 40.0,
            Profession.AIDE_SOIGNANT, 40.0, Profession.AES, 10.0, Profession.PSYCHOLOGUE, 5.0,
            Profession.MASSEUR_KINESITHERAPEUTE, 5.0);

    private record Establishment(String id, String name, Commune commune, Map<Profession, Double> needs,
                                 List<UnitType> units) {
    }

    /** Start hour and length of the usual shifts: 12 h day, morning, afternoon, night, 10 h day. */
    private static final int[][] SHIFTS = {{7, 12}, {7, 8}, {13, 8}, {21, 10}, {8, 10}};
    private static final double[] SHIFT_SHARES = {35, 20, 15, 20, 10};

    public static SyntheticNormandy generate(String name, int volunteerCount, int needCount, double[] positionShares,
                                             int days, long seed, Instant now) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate firstDay = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Candidate> volunteers = new ArrayList<>();
        for (int i = 0; i < volunteerCount; i++) {
            volunteers.add(volunteer(name + "-v" + i, random, firstDay, now));
        }
        List<Establishment> establishments = new ArrayList<>();
        for (int i = 0; i < Math.max(10, needCount / 20); i++) {
            establishments.add(establishment(name + "-e" + i, random));
        }
        List<OpenNeed> needs = new ArrayList<>();
        for (int i = 0; i < needCount; i++) {
            needs.add(need(name + "-n" + i, establishments.get(random.nextInt(establishments.size())), random,
                    positionShares, firstDay, days));
        }
        return new SyntheticNormandy(name, volunteers, needs, firstDay);
    }

    private static Candidate volunteer(String id, SplittableRandom random, LocalDate firstDay, Instant now) {
        Commune home = pick(random, COMMUNES, Commune::population);
        Profession profession = pick(random, VOLUNTEER_PROFESSIONS);
        int status = random.nextInt(100); // active < 50 ≤ liberal < 65 ≤ student < 80 ≤ retired
        int slots = status < 50 ? slots(random, 2 + random.nextInt(3), true)
                : status < 65 ? slots(random, 3 + random.nextInt(4), false)
                : status < 80 ? slots(random, 1 + random.nextInt(3), true) | weekend(random)
                : slots(random, 6 + random.nextInt(7), false);
        List<Availability.Period> available = random.nextInt(5) == 0
                ? List.of(period(random, firstDay, 5 + random.nextInt(6))) : List.of();
        List<Availability.Period> unavailable = random.nextInt(10) == 0
                ? List.of(period(random, firstDay, 3 + random.nextInt(5))) : List.of();
        var availability = new Availability(slots, available, unavailable,
                random.nextInt(100) < 15 ? firstDay.plusDays(14).atStartOfDay() : null);
        List<String> departments = random.nextInt(100) < 65
                ? java.util.Arrays.stream(Department.values()).map(Department::code).toList()
                : List.of(home.department());
        EnumSet<ContractType> contracts = EnumSet.noneOf(ContractType.class);
        if (random.nextInt(100) < 70) contracts.add(ContractType.CDD_COURT);
        if (random.nextInt(100) < 60) contracts.add(ContractType.VACATION);
        if (random.nextInt(100) < 30 || contracts.isEmpty()) contracts.add(ContractType.MISE_A_DISPOSITION);
        List<UnitType> units = new ArrayList<>(EnumSet.noneOf(UnitType.class));
        for (int u = 0; u < 1 + random.nextInt(3); u++) {
            UnitType unit = UnitType.values()[random.nextInt(UnitType.values().length)];
            if (!units.contains(unit)) units.add(unit);
        }
        return new Candidate(id, initials(random), List.of(profession), null, VolunteerStatus.VERIFIED,
                home.department(), home.latitude(), home.longitude(),
                pick(random, new int[]{10, 20, 30, 50, 80}, new double[]{10, 25, 30, 25, 10}),
                departments, List.copyOf(contracts), pick(random, new int[]{24, 35, 48}, new double[]{25, 40, 35}),
                null, availability, now.minusSeconds(random.nextLong(40L * 86_400)), random.nextInt(31), units,
                pick(random, new int[]{3, 5, 10}, new double[]{70, 20, 10}),
                random.nextInt(10) == 0 ? ContactConsent.ARS_ONLY : ContactConsent.ESTABLISHMENTS_AND_ARS);
    }

    private static Establishment establishment(String id, SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 25) {
            Commune town = pick(random, COMMUNES.stream().filter(c -> c.population() >= 8_000).toList(), Commune::population);
            return new Establishment(id, "Centre hospitalier de " + town.name(), town, HOSPITAL_NEEDS,
                    List.of(UnitType.URGENCES, UnitType.MEDECINE, UnitType.CHIRURGIE, UnitType.REANIMATION, UnitType.GERIATRIE));
        }
        Commune commune = pick(random, COMMUNES, c -> Math.sqrt(c.population()));
        return kind < 80
                ? new Establishment(id, "EHPAD de " + commune.name(), commune, EHPAD_NEEDS, List.of(UnitType.EHPAD))
                : new Establishment(id, "Service de soins de " + commune.name(), commune, OTHER_NEEDS,
                List.of(UnitType.DOMICILE, UnitType.HANDICAP, UnitType.SSR));
    }

    private static OpenNeed need(String id, Establishment at, SplittableRandom random, double[] positionShares,
                                 LocalDate firstDay, int days) {
        int[] shift = SHIFTS[pickIndex(random, SHIFT_SHARES)];
        int firstOffset = random.nextInt(days);
        int length = pick(random, new int[]{1, 2, 3, 5}, new double[]{70, 12, 8, 10});
        List<ShiftSnapshot> shifts = new ArrayList<>();
        for (int d = firstOffset; d < Math.min(days, firstOffset + length); d++) {
            var start = firstDay.plusDays(d).atTime(LocalTime.of(shift[0], 0));
            shifts.add(new ShiftSnapshot(start, start.plusHours(shift[1])));
        }
        Commune commune = at.commune();
        return new OpenNeed(id, at.id(), at.name(), pick(random, at.needs()), null,
                at.units().get(random.nextInt(at.units().size())), commune.department(), commune.latitude(),
                commune.longitude(), pick(random, new ContractType[]{ContractType.CDD_COURT, ContractType.VACATION,
                        ContractType.MISE_A_DISPOSITION}, new double[]{50, 35, 15}),
                pick(random, new Urgency[]{Urgency.CRITICAL, Urgency.HIGH, Urgency.NORMAL}, new double[]{15, 35, 50}),
                1 + pickIndex(random, positionShares), shifts, true, null, false, null);
    }

    /** {@code count} random weekly half-days (see {@link Availability}), nights included when asked. */
    private static int slots(SplittableRandom random, int count, boolean nights) {
        int slots = 0;
        for (int i = 0; i < count; i++) {
            slots |= 1 << random.nextInt(nights ? 21 : 14);
        }
        return slots;
    }

    private static int weekend(SplittableRandom random) {
        return random.nextBoolean() ? (1 << 10) | (1 << 12) : (1 << 11) | (1 << 13) | (1 << 19);
    }

    private static Availability.Period period(SplittableRandom random, LocalDate firstDay, int length) {
        LocalDate from = firstDay.plusDays(random.nextInt(14));
        return new Availability.Period(from, from.plusDays(length - 1));
    }

    private static String initials(SplittableRandom random) {
        return (char) ('A' + random.nextInt(26)) + "." + (char) ('A' + random.nextInt(26)) + ".";
    }

    private static <T> T pick(SplittableRandom random, List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double at = random.nextDouble() * total;
        for (T item : items) {
            at -= weight.applyAsDouble(item);
            if (at < 0) {
                return item;
            }
        }
        return items.getLast();
    }

    private static Profession pick(SplittableRandom random, Map<Profession, Double> shares) {
        List<Profession> professions = shares.keySet().stream().sorted().toList();
        return pick(random, professions, shares::get);
    }

    private static int pick(SplittableRandom random, int[] values, double[] shares) {
        return values[pickIndex(random, shares)];
    }

    private static <T> T pick(SplittableRandom random, T[] values, double[] shares) {
        return values[pickIndex(random, shares)];
    }

    private static int pickIndex(SplittableRandom random, double[] shares) {
        double total = java.util.Arrays.stream(shares).sum();
        double at = random.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            at -= shares[i];
            if (at < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
