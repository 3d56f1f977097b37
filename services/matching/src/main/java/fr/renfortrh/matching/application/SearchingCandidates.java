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
import java.util.List;

/**
 * An establishment (or the ARS) searches the pseudonymised base without a need: the same hard rules, ranking
 * and explanations as a shortlist, around the establishment, for an optional shift.
 */
@Service
public class SearchingCandidates {

    /**
     * What is looked for; the shift (date, start, end) is optional, so is a distance from the establishment (each
     * volunteer's own limit applies anyway), and so is how many (a shortlist's, if null).
     */
    public record Search(String establishmentId, Profession profession, ContractType contractType, UnitType unitType,
                         LocalDate date, LocalTime start, LocalTime end, int minExperienceYears, Integer maxDistanceKm,
                         Integer limit) {
    }

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
        OpenNeed probe = new OpenNeed("search", establishment.establishmentId(), establishment.name(), search.profession(),
                null, search.unitType(), establishment.department(), establishment.latitude(), establishment.longitude(),
                search.contractType(), Urgency.NORMAL, 1, shiftOf(search), true, null, false, null);
        return ranking.best(probe, c -> c.experienceYears() >= search.minExperienceYears() && within(c, probe, search.maxDistanceKm()),
                caller.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT,
                search.limit() == null ? settings.shortlistSize() : search.limit());
    }

    /** Within the distance asked, if any; someone whose home is unknown is not known to be within it. */
    private static boolean within(Candidate candidate, OpenNeed probe, Integer maxDistanceKm) {
        if (maxDistanceKm == null) {
            return true;
        }
        double distance = Eligibility.distanceKm(candidate, probe);
        return distance >= 0 && distance <= maxDistanceKm;
    }

    private List<ShiftSnapshot> shiftOf(Search search) {
        if (search.date() == null) {
            return List.of();
        }
        LocalTime start = search.start() == null ? LocalTime.of(8, 0) : search.start();
        LocalTime end = search.end() == null ? LocalTime.of(20, 0) : search.end();
        LocalDateTime from = search.date().atTime(start);
        LocalDateTime to = end.isAfter(start) ? search.date().atTime(end) : search.date().plusDays(1).atTime(end);
        if (from.isBefore(LocalDateTime.now(clock))) {
            throw new RuleViolation("date", "Choisissez une date à venir.");
        }
        return List.of(new ShiftSnapshot(from, to));
    }
}
