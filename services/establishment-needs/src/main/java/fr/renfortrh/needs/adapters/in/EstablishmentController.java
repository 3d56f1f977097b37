package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.needs.application.ManagingEstablishments;
import fr.renfortrh.needs.domain.Correction;
import fr.renfortrh.needs.domain.Details;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentCategory;
import fr.renfortrh.needs.domain.EstablishmentStatus;
import fr.renfortrh.needs.domain.LegalStatus;
import fr.renfortrh.needs.domain.Member;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.security.KeycloakRoles;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/establishments")
class EstablishmentController {

    record DetailsRequest(
            @NotBlank(message = "Indiquez le nom de l'établissement.") @Size(max = 200, message = "200 caractères au plus.") String name,
            @NotNull(message = "Indiquez le statut juridique.") LegalStatus legalStatus,
            @NotNull(message = "Indiquez la catégorie.") EstablishmentCategory category,
            @Size(max = 300, message = "300 caractères au plus.") String address,
            @NotBlank(message = "Choisissez la commune.") String communeInsee,
            @Size(max = 120, message = "120 caractères au plus.") String ght,
            @Size(max = 30, message = "30 caractères au plus.") String phone) {

        Details toDetails() {
            return new Details(name.strip(), legalStatus, category, address, communeInsee, ght, phone);
        }
    }

    record RegistrationRequest(@NotBlank(message = "Indiquez le numéro FINESS.") String finess,
                               @NotNull(message = "Décrivez l'établissement.") @Valid DetailsRequest details) {
    }

    record EditRequest(@NotNull(message = "Indiquez la version lue.") Long version, @NotNull(message = "Décrivez l'établissement.") @Valid DetailsRequest details) {
    }

    record InvitationRequest(@NotBlank(message = "Indiquez l'adresse électronique.") @Email(message = "Adresse électronique invalide.") String email) {
    }

    record JoinRequest(@NotBlank(message = "Indiquez le numéro FINESS.") String finess) {
    }

    /** What a requester sees of an establishment they asked to join: not its team. */
    record PendingJoinView(String establishmentId, String finess, String name, String communeInsee) {

        static PendingJoinView of(Versioned<Establishment> stored) {
            Establishment e = stored.aggregate();
            return new PendingJoinView(e.id(), e.finess(), e.details().name(), e.details().communeInsee());
        }
    }

    record RejectionRequest(@NotBlank(message = "Indiquez le motif du refus.") @Size(max = 500, message = "500 caractères au plus.") String reason) {
    }

    record WithdrawalRequest(@NotBlank(message = "Indiquez le motif du retrait.") @Size(max = 500, message = "500 caractères au plus.") String reason) {
    }

    /** @param commune the commune's name and first postcode, as people write it */
    record EstablishmentView(String id, String finess, Details details, String categoryLabel, String sector,
                             String department, String commune, double latitude, double longitude,
                             EstablishmentStatus status, String rejectionReason, Decision decision,
                             List<Decision> earlierDecisions, List<Correction> corrections, List<Member> members,
                             List<String> invitedEmails, List<Member> joinRequests, long version) {

        static EstablishmentView of(Versioned<Establishment> stored) {
            Establishment e = stored.aggregate();
            String commune = Communes.normandy().byInseeCode(e.details().communeInsee())
                    .map(c -> c.name() + " (" + c.postcodes().getFirst() + ")").orElse(null);
            return new EstablishmentView(e.id(), e.finess(), e.details(), e.details().category().label(),
                    e.details().category().sector().name(), e.department(), commune, e.latitude(), e.longitude(),
                    e.status(), e.rejectionReason(), e.decision(), e.earlierDecisions(), e.corrections(), e.members(),
                    e.invitedEmails(), e.joinRequests(), stored.version());
        }
    }

    private final ManagingEstablishments establishments;

    EstablishmentController(ManagingEstablishments establishments) {
        this.establishments = establishments;
    }

    @Operation(summary = "Register my establishment", description = "Role: establishment. The caller becomes its first admin; the ARS verifies it before it can publish needs.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody RegistrationRequest request) {
        return EstablishmentView.of(establishments.register(Accounts.of(jwt), request.finess(), request.details().toDetails()));
    }

    @Operation(summary = "My establishments", description = "Role: establishment. Joins the establishments that invited the caller's verified email.")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('establishment')")
    List<EstablishmentView> mine(@AuthenticationPrincipal Jwt jwt) {
        return establishments.mine(Accounts.of(jwt)).stream().map(EstablishmentView::of).toList();
    }

    @Operation(summary = "One establishment", description = "Role: establishment (members only) or ars-operator.")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('establishment', 'ars-operator')")
    EstablishmentView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return EstablishmentView.of(establishments.one(Accounts.of(jwt), id));
    }

    @Operation(summary = "Edit an establishment's details", description = "Role: establishment (admins of it only; once "
            + "verified, name, legal status, category and commune are the ARS's to correct) or ars-operator (any field; the "
            + "fields changed are kept in the establishment's corrections, with who and when).")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('establishment', 'ars-operator')")
    EstablishmentView edit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody EditRequest request) {
        return EstablishmentView.of(establishments.edit(Accounts.of(jwt), id, request.version(), request.details().toDetails()));
    }

    @Operation(summary = "Submit my refused establishment to the ARS again", description = "Role: establishment (admins of it only).")
    @PostMapping("/{id}/resubmit")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView resubmit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return EstablishmentView.of(establishments.resubmit(Accounts.of(jwt), id));
    }

    @Operation(summary = "Invite a colleague by email", description = "Role: establishment (admins of it only).")
    @PostMapping("/{id}/invitations")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView invite(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody InvitationRequest request) {
        return EstablishmentView.of(establishments.invite(Accounts.of(jwt), id, request.email()));
    }

    @Operation(summary = "Ask to join an establishment already registered, by its FINESS number",
            description = "Role: establishment. Its admins approve or decline; until then the caller does not act for it.")
    @PostMapping("/join-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('establishment')")
    PendingJoinView requestToJoin(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody JoinRequest request) {
        return PendingJoinView.of(establishments.requestToJoin(Accounts.of(jwt), request.finess().strip()));
    }

    @Operation(summary = "My pending requests to join establishments", description = "Role: establishment; only the caller's own.")
    @GetMapping("/join-requests")
    @PreAuthorize("hasRole('establishment')")
    List<PendingJoinView> myJoinRequests(@AuthenticationPrincipal Jwt jwt) {
        return establishments.myJoinRequests(Accounts.of(jwt)).stream().map(PendingJoinView::of).toList();
    }

    @Operation(summary = "Approve a request to join", description = "Role: establishment (admins of it only).")
    @PostMapping("/{id}/join-requests/{accountId}/approve")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView approveJoin(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @PathVariable String accountId) {
        return EstablishmentView.of(establishments.approveJoin(Accounts.of(jwt), id, accountId));
    }

    @Operation(summary = "Decline a request to join", description = "Role: establishment (admins of it only).")
    @DeleteMapping("/{id}/join-requests/{accountId}")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView declineJoin(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @PathVariable String accountId) {
        return EstablishmentView.of(establishments.declineJoin(Accounts.of(jwt), id, accountId));
    }

    @Operation(summary = "Remove a colleague, or leave", description = "Role: establishment (admins of it, or the member leaving); the last admin stays.")
    @DeleteMapping("/{id}/members/{accountId}")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView remove(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @PathVariable String accountId) {
        return EstablishmentView.of(establishments.remove(Accounts.of(jwt), id, accountId));
    }

    @Operation(summary = "Make a colleague admin", description = "Role: establishment (admins of it only).")
    @PostMapping("/{id}/members/{accountId}/admin")
    @PreAuthorize("hasRole('establishment')")
    EstablishmentView grantAdmin(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @PathVariable String accountId) {
        return EstablishmentView.of(establishments.grantAdmin(Accounts.of(jwt), id, accountId));
    }

    @Operation(summary = "Establishments by status (verification queue)", description = "Role: ars-operator.")
    @GetMapping
    @PreAuthorize("hasRole('ars-operator')")
    List<EstablishmentView> list(@RequestParam(required = false) EstablishmentStatus status) {
        return establishments.all(status).stream().map(EstablishmentView::of).toList();
    }

    @Operation(summary = "Verify an establishment", description = "Role: ars-operator.")
    @PostMapping("/{id}/verify")
    @PreAuthorize("hasRole('ars-operator')")
    EstablishmentView verify(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return EstablishmentView.of(establishments.verify(id, KeycloakRoles.nameOf(jwt)));
    }

    @Operation(summary = "Refuse an establishment, with the reason", description = "Role: ars-operator.")
    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ars-operator')")
    EstablishmentView reject(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody RejectionRequest request) {
        return EstablishmentView.of(establishments.reject(id, request.reason(), KeycloakRoles.nameOf(jwt)));
    }

    @Operation(summary = "Withdraw a verified establishment's verification, with the reason",
            description = "Role: ars-operator. Its needs not over yet are cancelled, with their missions; its staff may submit it again.")
    @PostMapping("/{id}/withdraw-verification")
    @PreAuthorize("hasRole('ars-operator')")
    EstablishmentView withdrawVerification(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                           @Valid @RequestBody WithdrawalRequest request) {
        return EstablishmentView.of(establishments.withdrawVerification(id, request.reason(), KeycloakRoles.nameOf(jwt)));
    }
}
