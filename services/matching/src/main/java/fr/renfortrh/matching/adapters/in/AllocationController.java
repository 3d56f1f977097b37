package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.application.AllocatingRegionally;
import fr.renfortrh.matching.application.Caller;
import fr.renfortrh.matching.domain.allocation.AllocationPlan;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Selection;
import fr.renfortrh.matching.domain.allocation.Weights;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Crisis mode: joint allocations of open needs, compared and applied by ARS operators only. */
@RestController
@RequestMapping("/api/matching/allocations")
@PreAuthorize("hasRole('ars-operator')")
class AllocationController {

    private static final int LONGEST_SPAN_DAYS = 62;

    record PlanRequest(@Size(max = 5, message = "5 départements au plus.") List<String> departments,
                       @Size(max = 30, message = "30 professions au plus.") List<Profession> professions,
                       @Size(max = 3, message = "3 niveaux d'urgence au plus.") List<Urgency> urgencies,
                       LocalDate from,
                       LocalDate to,
                       @Valid WeightsInput weights) {
    }

    /** What-if: how much a covered position is worth by urgency, and what a kilometre costs. */
    record WeightsInput(@DecimalMin(value = "0", message = "0 ou plus.") @DecimalMax(value = "100", message = "100 au plus.") Double critical,
                        @DecimalMin(value = "0", message = "0 ou plus.") @DecimalMax(value = "100", message = "100 au plus.") Double high,
                        @DecimalMin(value = "0", message = "0 ou plus.") @DecimalMax(value = "100", message = "100 au plus.") Double normal,
                        @DecimalMin(value = "0", message = "0 ou plus.") @DecimalMax(value = "1", message = "1 au plus.") Double travelPerKm) {

        Weights orDefaults() {
            Weights d = Weights.DEFAULT;
            return new Weights(Objects.requireNonNullElse(critical, d.critical()), Objects.requireNonNullElse(high, d.high()),
                    Objects.requireNonNullElse(normal, d.normal()), Objects.requireNonNullElse(travelPerKm, d.travelPerKm()));
        }
    }

    private final AllocatingRegionally allocating;

    AllocationController(AllocatingRegionally allocating) {
        this.allocating = allocating;
    }

    @Operation(summary = "Compute a joint allocation of the selected open needs (not sent until applied)",
            description = "Role: ars-operator. Shows the plan's value, its gap to the LP bound and each uncovered position with the reason.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AllocationPlan plan(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PlanRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        List<String> departments = Objects.requireNonNullElse(request.departments(), List.<String>of());
        if (departments.stream().anyMatch(code -> Department.byCode(code).isEmpty())) {
            errors.add(new FieldMessage("departments", "Département inconnu : choisissez parmi 14, 27, 50, 61 et 76."));
        }
        // checked with the rest, so that the form shows every mistake at once
        if (request.from() == null) {
            errors.add(new FieldMessage("from", "Indiquez la date de début."));
        }
        if (request.to() == null) {
            errors.add(new FieldMessage("to", "Indiquez la date de fin."));
        } else if (request.from() != null && request.to().isBefore(request.from())) {
            errors.add(new FieldMessage("to", "La date de fin précède la date de début."));
        } else if (request.from() != null && ChronoUnit.DAYS.between(request.from(), request.to()) > LONGEST_SPAN_DAYS) {
            errors.add(new FieldMessage("to", "Une période de " + LONGEST_SPAN_DAYS + " jours au plus."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        var selection = new Selection(departments, Objects.requireNonNullElse(request.professions(), List.of()),
                Objects.requireNonNullElse(request.urgencies(), List.of()), request.from(), request.to());
        var weights = request.weights() == null ? Weights.DEFAULT : request.weights().orDefaults();
        return allocating.plan(new Caller(jwt.getSubject(), true), selection, weights);
    }

    @Operation(summary = "The latest plans, to compare what-if variants (summaries only)", description = "Role: ars-operator.")
    @GetMapping
    List<AllocationPlan> latest() {
        return allocating.latest();
    }

    @Operation(summary = "One plan with its assignments and uncovered positions", description = "Role: ars-operator.")
    @GetMapping("/{planId}")
    AllocationPlan plan(@PathVariable String planId) {
        return allocating.byId(planId);
    }

    @Operation(summary = "Apply a plan: send its contact requests, each checked again (budget, eligibility); once only",
            description = "Role: ars-operator.")
    @PostMapping("/{planId}/apply")
    AllocationPlan apply(@AuthenticationPrincipal Jwt jwt, @PathVariable String planId) {
        return allocating.apply(new Caller(jwt.getSubject(), true), planId);
    }
}
