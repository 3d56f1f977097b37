package fr.renfortrh.volunteer.adapters.in;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.application.Account;
import fr.renfortrh.volunteer.application.RegisteringVolunteer;
import fr.renfortrh.volunteer.application.ViewingOwnProfile;
import fr.renfortrh.volunteer.domain.Volunteer;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/volunteers")
class VolunteerController {

    record RegistrationRequest(
            @NotBlank(message = "Indiquez votre prénom.") @Size(max = 80, message = "80 caractères au plus.") String firstName,
            @NotBlank(message = "Indiquez votre nom.") @Size(max = 80, message = "80 caractères au plus.") String lastName,
            @NotNull(message = "Indiquez au moins une profession.") @Size(max = 5, message = "5 professions au plus.") List<Profession> professions,
            @NotBlank(message = "Choisissez un département.") String department) {
    }

    record ProfessionView(Profession code, String label) {
    }

    record VolunteerView(String id, String firstName, String lastName, String email, List<ProfessionView> professions,
                         String department, String status, long version) {

        static VolunteerView of(Versioned<Volunteer> stored) {
            Volunteer v = stored.aggregate();
            return new VolunteerView(v.id(), v.identity().firstName(), v.identity().lastName(), v.identity().email(),
                    v.professions().stream().map(p -> new ProfessionView(p, p.label())).toList(),
                    v.department(), v.status().name(), stored.version());
        }
    }

    private final RegisteringVolunteer registering;
    private final ViewingOwnProfile viewing;

    VolunteerController(RegisteringVolunteer registering, ViewingOwnProfile viewing) {
        this.registering = registering;
        this.viewing = viewing;
    }

    @Operation(summary = "Create my volunteer profile", description = "Role: volunteer. One profile per account.")
    @PostMapping("/me")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody RegistrationRequest request) {
        var registration = new RegisteringVolunteer.Registration(request.firstName().strip(), request.lastName().strip(),
                request.professions(), request.department());
        return VolunteerView.of(registering.register(accountOf(jwt), registration));
    }

    @Operation(summary = "Read my volunteer profile", description = "Role: volunteer. Only the caller's own profile.")
    @GetMapping("/me")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView me(@AuthenticationPrincipal Jwt jwt) {
        return VolunteerView.of(viewing.of(accountOf(jwt)));
    }

    private static Account accountOf(Jwt jwt) {
        return new Account(jwt.getSubject(), jwt.getClaimAsString("email"));
    }
}
