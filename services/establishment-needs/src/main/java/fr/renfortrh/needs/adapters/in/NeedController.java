package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.application.ManagingNeeds;
import fr.renfortrh.needs.application.NeedFilter;
import fr.renfortrh.needs.application.NeedPage;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.NeedDetails;
import fr.renfortrh.needs.domain.NeedStatus;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.needs.domain.WeeklyPattern;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/needs")
class NeedController {

    record ShiftRequest(@NotNull(message = "Indiquez la date.") LocalDate date,
                        @NotNull(message = "Indiquez l'heure de début.") LocalTime start,
                        @NotNull(message = "Indiquez l'heure de fin.") LocalTime end) {
    }

    record PatternRequest(@NotNull(message = "Indiquez le début de la période.") LocalDate from,
                          @NotNull(message = "Indiquez la fin de la période.") LocalDate to,
                          @NotNull(message = "Choisissez les jours.") Set<@NotNull(message = "Jour manquant.") DayOfWeek> days,
                          @NotNull(message = "Indiquez l'heure de début.") LocalTime start,
                          @NotNull(message = "Indiquez l'heure de fin.") LocalTime end) {
    }

    /** {@code version}: the version read, required to edit (409 if it changed meanwhile). */
    record NeedRequest(
            Long version,
            String establishmentId,
            Profession profession,
            @Size(max = 100, message = "100 caractères au plus.") String specialty,
            UnitType unitType,
            @Size(max = 500, message = "500 caractères au plus.") String requiredExperience,
            int positions,
            ContractType contractType,
            @Size(max = 200, message = "200 caractères au plus.") String payIndication,
            boolean housingOffered,
            Urgency urgency,
            @Size(max = 2000, message = "2 000 caractères au plus.") String description,
            @Size(max = 200, message = "200 caractères au plus.") String contactPerson,
            @Size(max = 200, message = "200 créneaux au plus.") List<@NotNull(message = "Créneau manquant.") @Valid ShiftRequest> shifts,
            @Valid PatternRequest pattern) {

        NeedDetails details() {
            return new NeedDetails(profession, specialty, unitType, requiredExperience, positions, contractType,
                    payIndication, housingOffered, urgency, description, contactPerson);
        }

        List<Shift> allShifts() {
            List<Shift> all = new ArrayList<>();
            if (shifts != null) {
                shifts.forEach(s -> all.add(new Shift(s.date(), s.start(), s.end())));
            }
            if (pattern != null) {
                all.addAll(new WeeklyPattern(pattern.from(), pattern.to(), pattern.days(), pattern.start(), pattern.end()).shifts());
            }
            return all;
        }
    }

    record Cancellation(@NotNull(message = "Indiquez la version lue.") Long version, @NotBlank(message = "Indiquez le motif de l'annulation.") @Size(max = 500, message = "500 caractères au plus.") String reason) {
    }

    record NeedView(String id, String establishmentId, String establishmentName, String department, String communeInsee,
                    NeedDetails details, String professionLabel, List<Shift> shifts, NeedStatus status,
                    int filledPositions, int completedMissions, String cancellationReason, LocalDateTime publishedAt, long version) {

        static NeedView of(Versioned<Need> stored) {
            Need n = stored.aggregate();
            return new NeedView(n.id(), n.establishmentId(), n.establishmentName(), n.department(), n.communeInsee(),
                    n.details(), n.details().profession().label(), n.shifts(), n.status(), n.filledPositions(), n.completedMissions(),
                    n.cancellationReason(), n.publishedAt(), stored.version());
        }
    }

    /** A page of needs, newest first; {@code total} and the counts are over every need the filter finds. */
    record NeedList(List<NeedView> needs, int page, int size, long total, long open, long filled, long positions,
                    long filledPositions) {

        static NeedList of(NeedPage found, int page, int size) {
            var tally = found.tally();
            return new NeedList(found.needs().stream().map(NeedView::of).toList(), page, size, tally.total(), tally.open(),
                    tally.filled(), tally.positions(), tally.filledPositions());
        }
    }

    private static final int MAX_PAGE = 500;

    private final ManagingNeeds needs;
    private final Clock clock;

    NeedController(ManagingNeeds needs, Clock clock) {
        this.clock = clock;
        this.needs = needs;
    }

    @Operation(summary = "Post and publish a need for my establishment",
            description = "Role: establishment (members of a verified establishment only). Shifts one by one and/or a weekly pattern.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('establishment')")
    NeedView post(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NeedRequest request) {
        if (request.establishmentId() == null || request.establishmentId().isBlank()) {
            throw new RuleViolation("establishmentId", "Choisissez l'établissement.");
        }
        return NeedView.of(needs.post(Accounts.of(jwt), request.establishmentId(), request.details(), request.allShifts()));
    }

    @Operation(summary = "List needs, newest first, a page at a time", description = "Role: establishment (own establishment's, establishmentId required) or ars-operator (all, filtered). Several statuses may be given.")
    @GetMapping
    @PreAuthorize("hasAnyRole('establishment', 'ars-operator')")
    NeedList list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String establishmentId,
                  @RequestParam(required = false) String department, @RequestParam(required = false) Profession profession,
                  @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) List<NeedStatus> status,
                  @RequestParam(required = false) @Min(value = 0, message = "0 ou plus.") @Max(value = 3650, message = "3650 au plus.") Integer minAgeDays,
                  @RequestParam(defaultValue = "0") @Min(value = 0, message = "0 ou plus.") int page,
                  @RequestParam(defaultValue = "50") @Min(value = 1, message = "1 ou plus.") @Max(value = MAX_PAGE, message = MAX_PAGE + " au plus.") int size) {
        var account = Accounts.of(jwt);
        var filter = new NeedFilter(establishmentId, department, profession, urgency, status, publishedBefore(minAgeDays));
        if (account.arsOperator()) {
            return NeedList.of(needs.all(filter, page, size), page, size);
        }
        if (establishmentId == null) {
            throw new RuleViolation("establishmentId", "Choisissez l'établissement.");
        }
        return NeedList.of(needs.ofEstablishment(account, establishmentId, filter, page, size), page, size);
    }

    @Operation(summary = "All needs as CSV", description = "Role: ars-operator.")
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize("hasRole('ars-operator')")
    ResponseEntity<String> export(@RequestParam(required = false) String department, @RequestParam(required = false) Profession profession,
                                  @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) List<NeedStatus> status,
                                  @RequestParam(required = false) @Min(value = 0, message = "0 ou plus.") @Max(value = 3650, message = "3650 au plus.") Integer minAgeDays) {
        var rows = needs.all(new NeedFilter(null, department, profession, urgency, status, publishedBefore(minAgeDays))).stream().map(v -> {
            Need n = v.aggregate();
            return String.join(";", n.id(), csv(n.establishmentName()), n.department(), n.details().profession().label(),
                    n.details().urgency().name(), n.details().contractType().label(), String.valueOf(n.details().positions()),
                    String.valueOf(n.filledPositions()), n.status().name(), String.valueOf(n.publishedAt()),
                    n.shifts().isEmpty() ? "" : n.shifts().getFirst().startsAt().toString());
        }).collect(Collectors.joining("\n"));
        String body = "id;etablissement;departement;profession;urgence;contrat;postes;pourvus;statut;publie_le;premier_creneau\n" + rows + "\n";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=besoins.csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    @Operation(summary = "One need", description = "Role: establishment (own establishment's only, 404 otherwise) or ars-operator.")
    @GetMapping("/{needId}")
    @PreAuthorize("hasAnyRole('establishment', 'ars-operator')")
    NeedView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return NeedView.of(needs.one(Accounts.of(jwt), needId));
    }

    @Operation(summary = "Edit a need", description = "Role: establishment (own establishment's only). Send the version you read; 409 if it changed.")
    @PutMapping("/{needId}")
    @PreAuthorize("hasRole('establishment')")
    NeedView edit(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId, @Valid @RequestBody NeedRequest request) {
        if (request.version() == null) {
            throw new RuleViolation("version", "Indiquez la version lue.");
        }
        return NeedView.of(needs.edit(Accounts.of(jwt), needId, request.version(), request.details(), request.allShifts()));
    }

    @Operation(summary = "Cancel a need, with the reason", description = "Role: establishment (own establishment's only).")
    @PostMapping("/{needId}/cancel")
    @PreAuthorize("hasRole('establishment')")
    NeedView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId, @Valid @RequestBody Cancellation request) {
        return NeedView.of(needs.cancel(Accounts.of(jwt), needId, request.version(), request.reason()));
    }

    /** Keeps a value in one CSV cell: no separator, no line break, no formula. */
    private static String csv(String value) {
        String clean = value == null ? "" : value.replaceAll("[;\\r\\n]", " ");
        return clean.matches("^[=+\\-@].*") ? "'" + clean : clean;
    }

    private LocalDateTime publishedBefore(Integer minAgeDays) {
        return minAgeDays == null ? null : LocalDateTime.now(clock).minusDays(minAgeDays);
    }
}
