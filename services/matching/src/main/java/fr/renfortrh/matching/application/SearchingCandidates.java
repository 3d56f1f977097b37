package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.RuleViolation;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An establishment (or the ARS) searches the pseudonymised base without a need: the same hard rules, ranking
 * and explanations as a shortlist, around the establishment, for an optional shift, on a day or over a period.
 */
@Service
public class SearchingCandidates {

    /**
     * What is looked for; the shift (date, start, end) is optional, and may be every day up to {@code toDate} (who can
     * come on one of them at least), so is a distance from the establishment (each volunteer's own limit applies
     * anyway), and so is how many (a shortlist's, if null).
     */
    public record Search(String establishmentId, Profession profession, ContractType contractType, UnitType unitType,
                         LocalDate date, LocalDate toDate, LocalTime start, LocalTime end, int minExperienceYears,
                         Integer maxDistanceKm, Integer limit) {
    }

    static final int MAX_PERIOD_DAYS = 31;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);

    private final Establishments establishments;
    private final RankingCandidates ranking;
    private final MatchingSettings settings;
    private final Clock clock;

    public SearchingCandidates(Establishments establishments, RankingCandidates ranking, MatchingSettings settings,
                               Clock clock) {
        this.establishments = establishments;
        this.ranking = ranking;
        this.settings = settings;
        this.clock = clock;
    }

    public List<ShortlistEntry> search(Caller caller, Search search) {
        EstablishmentSnapshot establishment = establishments.byId(search.establishmentId())
                .filter(e -> caller.arsOperator() || establishments.hasStaffMember(e.establishmentId(), caller.accountId()))
                .orElseThrow(() -> new NotFound("Établissement introuvable : " + search.establishmentId()));
        if (!establishment.verified()) {
            throw new Forbidden("Votre établissement doit être vérifié par l'ARS pour consulter la base.");
        }
        Audience audience = caller.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT;
        int limit = search.limit() == null ? settings.shortlistSize() : search.limit();
        if (search.toDate() == null) {
            OpenNeed probe = probe(establishment, search, search.date() == null ? List.of() : List.of(shiftOn(search.date(), search)));
            return ranking.best(probe, wanted(search, probe), audience, limit);
        }
        List<LocalDate> period = period(search);
        OpenNeed anyDay = probe(establishment, search, List.of());
        List<OpenNeed> days = period.stream().map(day -> probe(establishment, search, List.of(shiftOn(day, search)))).toList();
        return ranking.bestOverPeriod(anyDay, days, wanted(search, anyDay), audience, limit).stream()
                .map(ranked -> withDays(ranked, period.size()))
                .toList();
    }

    private static OpenNeed probe(EstablishmentSnapshot establishment, Search search, List<ShiftSnapshot> shifts) {
        return new OpenNeed("search", establishment.establishmentId(), establishment.name(), search.profession(),
                null, search.unitType(), establishment.department(), establishment.latitude(), establishment.longitude(),
                search.contractType(), Urgency.NORMAL, 1, shifts, true, null, false, null);
    }

    private static Predicate<Candidate> wanted(Search search, OpenNeed probe) {
        return c -> c.experienceYears() >= search.minExperienceYears() && within(c, probe, search.maxDistanceKm());
    }

    private static List<LocalDate> period(Search search) {
        if (search.date() == null) {
            throw new RuleViolation("date", "Indiquez le premier jour de la période.");
        }
        if (search.toDate().isBefore(search.date())) {
            throw new RuleViolation("toDate", "Le dernier jour ne peut précéder le premier.");
        }
        if (ChronoUnit.DAYS.between(search.date(), search.toDate()) >= MAX_PERIOD_DAYS) {
            throw new RuleViolation("toDate", "Une période de " + MAX_PERIOD_DAYS + " jours au plus.");
        }
        return search.date().datesUntil(search.toDate().plusDays(1)).toList();
    }

    /** The days a candidate could come, said first among the reasons for their rank. */
    private static ShortlistEntry withDays(RankingCandidates.OverPeriod ranked, int periodDays) {
        List<OpenNeed> days = ranked.days();
        String when = days.size() == periodDays ? "Disponible chaque jour de la période (" + periodDays + ")"
                : "Disponible " + days.size() + " jour(s) sur " + periodDays + " : " + days.stream()
                .map(day -> DAY.format(day.shifts().getFirst().start())).collect(Collectors.joining(", "));
        ShortlistEntry entry = ranked.entry();
        return new ShortlistEntry(entry.candidate(), entry.distanceKm(), entry.score(), entry.met(),
                Stream.concat(Stream.of(when), entry.why().stream()).toList());
    }

    /** Within the distance asked, if any; someone whose home is unknown is not known to be within it. */
    private static boolean within(Candidate candidate, OpenNeed probe, Integer maxDistanceKm) {
        if (maxDistanceKm == null) {
            return true;
        }
        double distance = Eligibility.distanceKm(candidate, probe);
        return distance >= 0 && distance <= maxDistanceKm;
    }

    /** The shift asked for on that day (8:00 to 20:00 if not said); an end before the start is the next day's. */
    private ShiftSnapshot shiftOn(LocalDate day, Search search) {
        LocalTime start = search.start() == null ? LocalTime.of(8, 0) : search.start();
        LocalTime end = search.end() == null ? LocalTime.of(20, 0) : search.end();
        LocalDateTime from = day.atTime(start);
        LocalDateTime to = end.isAfter(start) ? day.atTime(end) : day.plusDays(1).atTime(end);
        if (from.isBefore(LocalDateTime.now(clock))) {
            throw new RuleViolation("date", "Choisissez une date à venir.");
        }
        return new ShiftSnapshot(from, to);
    }
}
