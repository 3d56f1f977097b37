package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.matching.application.ViewingProposals;
import fr.renfortrh.matching.domain.Proposal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/matching")
class ProposalController {

    /** Pseudonymised: initials, professions and department only, until the volunteer accepts a contact. */
    record ProposalView(String id, String needId, String initials, List<Profession> professions, String department,
                        String status) {

        static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.needId(), p.candidate().initials(), p.candidate().professions(),
                    p.candidate().department(), p.status().name());
        }
    }

    private final ViewingProposals viewing;

    ProposalController(ViewingProposals viewing) {
        this.viewing = viewing;
    }

    @Operation(summary = "Volunteers proposed for one of my needs",
            description = "Role: establishment; only for the caller's establishment's needs (404 otherwise).")
    @GetMapping("/needs/{needId}/proposals")
    @PreAuthorize("hasRole('establishment')")
    List<ProposalView> proposals(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return viewing.forNeed(jwt.getSubject(), needId).stream().map(ProposalView::of).toList();
    }
}
