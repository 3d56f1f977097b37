package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.application.PostingNeed;
import fr.renfortrh.needs.application.ViewingNeeds;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.platform.domain.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalTime;
import java.util.List;

@RestController
@RequestMapping("/api/needs")
class NeedController {

    record NeedRequest(
            @NotNull(message = "Choisissez une profession.") Profession profession,
            @NotBlank(message = "Choisissez un département.") String department,
            @NotNull(message = "Choisissez un type de contrat.") ContractType contractType,
            @NotNull(message = "Indiquez l'urgence.") Urgency urgency,
            int positions,
            @NotNull(message = "Indiquez au moins un créneau.") List<@Valid ShiftRequest> shifts) {
    }

    record ShiftRequest(
            @NotNull(message = "Indiquez la date.") LocalDate date,
            @NotNull(message = "Indiquez l'heure de début.") LocalTime start,
            @NotNull(message = "Indiquez l'heure de fin.") LocalTime end) {
    }

    record NeedView(String id, Profession profession, String professionLabel, String department,
                    ContractType contractType, Urgency urgency, int positions, List<Shift> shifts,
                    String status, long version) {

        static NeedView of(Versioned<Need> stored) {
            Need n = stored.aggregate();
            return new NeedView(n.id(), n.profession(), n.profession().label(), n.department(), n.contractType(),
                    n.urgency(), n.positions(), n.shifts(), n.status().name(), stored.version());
        }
    }

    private final PostingNeed posting;
    private final ViewingNeeds viewing;

    NeedController(PostingNeed posting, ViewingNeeds viewing) {
        this.posting = posting;
        this.viewing = viewing;
    }

    @Operation(summary = "Post and publish a staffing need", description = "Role: establishment.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('establishment')")
    NeedView post(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NeedRequest request) {
        return NeedView.of(posting.post(jwt.getSubject(), new PostingNeed.Posting(request.profession(),
                request.department(), request.contractType(), request.urgency(), request.positions(),
                request.shifts().stream().map(s -> new Shift(s.date(), s.start(), s.end())).toList())));
    }

    @Operation(summary = "List my establishment's needs", description = "Role: establishment; own needs only.")
    @GetMapping
    @PreAuthorize("hasRole('establishment')")
    List<NeedView> mine(@AuthenticationPrincipal Jwt jwt) {
        return viewing.ofEstablishment(jwt.getSubject()).stream().map(NeedView::of).toList();
    }

    @Operation(summary = "Read one of my establishment's needs", description = "Role: establishment; 404 for others'.")
    @GetMapping("/{needId}")
    @PreAuthorize("hasRole('establishment')")
    NeedView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return NeedView.of(viewing.one(jwt.getSubject(), needId));
    }
}
