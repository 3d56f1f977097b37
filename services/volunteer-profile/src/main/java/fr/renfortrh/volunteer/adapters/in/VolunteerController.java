package fr.renfortrh.volunteer.adapters.in;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.security.KeycloakRoles;
import fr.renfortrh.volunteer.application.Account;
import fr.renfortrh.volunteer.application.DisclosingContactDetails;
import fr.renfortrh.volunteer.application.ExportingMyData;
import fr.renfortrh.volunteer.application.ManagingOwnProfile;
import fr.renfortrh.volunteer.application.RegisteringVolunteer;
import fr.renfortrh.volunteer.application.VerifyingVolunteers;
import fr.renfortrh.volunteer.application.VolunteerFilter;
import fr.renfortrh.volunteer.application.VolunteersPage;
import fr.renfortrh.volunteer.domain.Consent;
import fr.renfortrh.volunteer.domain.DirectoryCheck;
import fr.renfortrh.volunteer.domain.Disclosure;
import fr.renfortrh.volunteer.domain.Profile;
import fr.renfortrh.volunteer.domain.Volunteer;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/volunteers")
class VolunteerController {

    record RegistrationRequest(
            @NotBlank(message = "Indiquez votre prénom.") @Size(max = 80, message = "80 caractères au plus.") String firstName,
            @NotBlank(message = "Indiquez votre nom.") @Size(max = 80, message = "80 caractères au plus.") String lastName,
            @NotNull(message = "Indiquez au moins une profession.") @Size(max = 5, message = "5 professions au plus.") List<Profession> professions,
            @NotBlank(message = "Choisissez un département.") String department) {
    }

    record ProfileRequest(
            @NotNull(message = "Indiquez la version lue.") Long version,
            @NotBlank(message = "Indiquez votre prénom.") @Size(max = 80, message = "80 caractères au plus.") String firstName,
            @NotBlank(message = "Indiquez votre nom.") @Size(max = 80, message = "80 caractères au plus.") String lastName,
            @NotNull(message = "Décrivez votre profil.") Profile profile) {
    }

    record AvailabilityRequest(@NotNull(message = "Indiquez la version lue.") Long version, int weeklySlots,
                               List<Availability.Period> available, List<Availability.Period> unavailable,
                               int availableNowDays) {
    }

    record ConsentRequest(@NotNull(message = "Indiquez la version lue.") Long version,
                          @NotBlank(message = "Indiquez la version de la notice acceptée.") String privacyNoticeVersion,
                          @NotNull(message = "Indiquez qui peut vous contacter.") ContactConsent contactConsent) {
    }

    record VersionRequest(@NotNull(message = "Indiquez la version lue.") Long version) {
    }

    record RejectionRequest(@NotNull(message = "Indiquez la version lue.") Long version,
                            @NotBlank(message = "Indiquez le motif.") @Size(max = 500, message = "500 caractères au plus.") String reason) {
    }

    record ProfessionView(Profession code, String label) {
    }

    /** A page of volunteers; {@code total} counts every one the query finds. */
    record VolunteerPage(List<VolunteerView> volunteers, int page, int size, long total) {
    }

    record VolunteerView(String id, String firstName, String lastName, String email, Profile profile,
                         Commune commune, List<ProfessionView> professions, Availability availability, Instant confirmedAt,
                         boolean stale, Consent consent, VolunteerStatus status, VolunteerStatus statusBeforePause,
                         String rejectionReason, Decision decision, List<Decision> earlierDecisions, Instant submittedAt,
                         Instant registeredAt, DirectoryCheck directoryCheck,
                         Instant purgeAfter, List<FieldMessage> missingForSubmission, long version) {

        static VolunteerView of(Versioned<Volunteer> stored, Instant now) {
            Volunteer v = stored.aggregate();
            return new VolunteerView(v.id(), v.identity().firstName(), v.identity().lastName(), v.identity().email(),
                    v.profile(), Communes.normandy().byInseeCode(v.profile().mobility().communeInsee()).orElse(null),
                    v.profile().professions().stream().map(p -> new ProfessionView(p, p.label())).toList(),
                    v.availability(), v.confirmedAt(), v.isStale(now), v.consent(), v.status(), v.statusBeforePause(),
                    v.rejectionReason(),
                    v.decision(), v.earlierDecisions(), v.submittedAt(), v.registeredAt(), v.directoryCheck(),
                    v.dormancyWarnedAt() == null ? null : v.dormancyWarnedAt().plus(Volunteer.PURGE_AFTER_WARNING),
                    v.missingForSubmission(), stored.version());
        }
    }

    /** No control characters: a name is matched as a pattern, and BSON patterns cannot hold NUL. */
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";

    private final RegisteringVolunteer registering;
    private final ManagingOwnProfile own;
    private final VerifyingVolunteers verifying;
    private final DisclosingContactDetails disclosing;
    private final ExportingMyData exporting;
    private final Clock clock;

    VolunteerController(RegisteringVolunteer registering, ManagingOwnProfile own, VerifyingVolunteers verifying,
                        DisclosingContactDetails disclosing, ExportingMyData exporting, Clock clock) {
        this.exporting = exporting;
        this.registering = registering;
        this.own = own;
        this.verifying = verifying;
        this.disclosing = disclosing;
        this.clock = clock;
    }

    @Operation(summary = "Start my volunteer profile (draft)", description = "Role: volunteer. One profile per account.")
    @PostMapping("/me")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody RegistrationRequest request) {
        var registration = new RegisteringVolunteer.Registration(request.firstName().strip(), request.lastName().strip(),
                request.professions(), request.department());
        return view(registering.register(accountOf(jwt), registration));
    }

    @Operation(summary = "Read my profile", description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView me(@AuthenticationPrincipal Jwt jwt) {
        return view(own.mine(accountOf(jwt)));
    }

    @Operation(summary = "Edit my profile", description = "Role: volunteer; only the caller's own. 409 if the version changed.")
    @PutMapping("/me")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView edit(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileRequest request) {
        return view(own.edit(accountOf(jwt), request.version(), request.firstName().strip(), request.lastName().strip(), request.profile()));
    }

    @Operation(summary = "Set my availability (also confirms it)", description = "Role: volunteer; only the caller's own.")
    @PutMapping("/me/availability")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView availability(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody AvailabilityRequest request) {
        var availability = new Availability(request.weeklySlots(), nonNull(request.available()), nonNull(request.unavailable()), null);
        return view(own.updateAvailability(accountOf(jwt), request.version(), availability, request.availableNowDays()));
    }

    @Operation(summary = "Confirm my availability is still right", description = "Role: volunteer; only the caller's own.")
    @PostMapping("/me/availability/confirm")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView confirm(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody VersionRequest request) {
        return view(own.confirmAvailability(accountOf(jwt), request.version()));
    }

    @Operation(summary = "Accept the privacy notice and say who may contact me", description = "Role: volunteer; only the caller's own.")
    @PutMapping("/me/consent")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView consent(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ConsentRequest request) {
        return view(own.consent(accountOf(jwt), request.version(), new Consent(request.privacyNoticeVersion(), null, request.contactConsent())));
    }

    @Operation(summary = "Submit my profile for verification", description = "Role: volunteer. 400 lists what is missing.")
    @PostMapping("/me/submit")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView submit(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody VersionRequest request) {
        return view(own.submit(accountOf(jwt), request.version()));
    }

    @Operation(summary = "Pause my participation", description = "Role: volunteer; only the caller's own.")
    @PostMapping("/me/pause")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView pause(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody VersionRequest request) {
        return view(own.pause(accountOf(jwt), request.version()));
    }

    @Operation(summary = "Resume my participation", description = "Role: volunteer; only the caller's own.")
    @PostMapping("/me/resume")
    @PreAuthorize("hasRole('volunteer')")
    VolunteerView resume(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody VersionRequest request) {
        return view(own.resume(accountOf(jwt), request.version()));
    }

    @Operation(summary = "Export all this service holds about me (JSON, one section per store)",
            description = "Role: volunteer; only the caller's own. Matching and notification have their own export.")
    @GetMapping("/me/export")
    @PreAuthorize("hasRole('volunteer')")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal Jwt jwt) {
        var mine = exporting.export(accountOf(jwt));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=mes-donnees-profil.json")
                .body(Map.of("volunteers", List.of(view(mine.profile())), "contact_grants", mine.grants(),
                        "disclosures", mine.disclosures()));
    }

    @Operation(summary = "Delete my account's volunteer data", description = "Role: volunteer. Erases the profile; every service purges what it holds.")
    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('volunteer')")
    void withdraw(@AuthenticationPrincipal Jwt jwt) {
        own.withdraw(accountOf(jwt));
    }

    @Operation(summary = "A volunteer's contact details, once they accepted my establishment's request",
            description = "Role: establishment (staff of the establishment whose request was accepted). Every call is logged for the volunteer.")
    @GetMapping("/{volunteerId}/contact")
    @PreAuthorize("hasRole('establishment')")
    DisclosingContactDetails.ContactDetails contact(@AuthenticationPrincipal Jwt jwt, @PathVariable String volunteerId,
                                                    @RequestParam String proposalId, @RequestParam String establishmentId) {
        return disclosing.disclose(jwt.getSubject(), volunteerId, proposalId, establishmentId);
    }

    @Operation(summary = "Who saw my contact details", description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me/disclosures")
    @PreAuthorize("hasRole('volunteer')")
    List<Disclosure> disclosures(@AuthenticationPrincipal Jwt jwt) {
        return disclosing.disclosuresOf(accountOf(jwt));
    }

    @Operation(summary = "Find communes by postcode or name", description = "Any signed-in user. Bundled reference, no network.")
    @GetMapping("/communes")
    List<Commune> communes(@RequestParam String q) {
        return Communes.normandy().search(q, 10);
    }

    @Operation(summary = "Verification queue, oldest first, a page at a time", description = "Role: ars-operator.")
    @GetMapping("/verification-queue")
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerPage queue(@RequestParam(required = false) String department, @RequestParam(required = false) Profession profession,
                        @RequestParam(defaultValue = "0") @Min(value = 0, message = "0 ou plus.") int page,
                        @RequestParam(defaultValue = "20") @Min(value = 1, message = "1 ou plus.") @Max(value = 200, message = "200 au plus.") int size) {
        return pageOf(verifying.queue(department, profession, page, size), page, size);
    }

    @Operation(summary = "Search volunteers, newest registration first, a page at a time",
            description = "Role: ars-operator. `name`: each word within the first or the last name, whatever the case and accents.")
    @GetMapping
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerPage search(@RequestParam(required = false) VolunteerStatus status,
                         @RequestParam(required = false) @Size(max = 100, message = "100 caractères au plus.") @Pattern(regexp = PRINTABLE, message = "Caractères non admis.") String name,
                         @RequestParam(required = false) String department, @RequestParam(required = false) Profession profession,
                         @RequestParam(defaultValue = "0") @Min(value = 0, message = "0 ou plus.") int page,
                         @RequestParam(defaultValue = "50") @Min(value = 1, message = "1 ou plus.") @Max(value = 500, message = "500 au plus.") int size) {
        return pageOf(verifying.search(new VolunteerFilter(status, name, department, profession), page, size), page, size);
    }

    private VolunteerPage pageOf(VolunteersPage found, int page, int size) {
        return new VolunteerPage(found.volunteers().stream().map(this::view).toList(), page, size, found.total());
    }

    @Operation(summary = "Volunteers as CSV", description = "Role: ars-operator. No contact details.")
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize("hasRole('ars-operator')")
    ResponseEntity<String> csv(@RequestParam(required = false) VolunteerStatus status,
                               @RequestParam(required = false) @Size(max = 100, message = "100 caractères au plus.") @Pattern(regexp = PRINTABLE, message = "Caractères non admis.") String name,
                               @RequestParam(required = false) String department, @RequestParam(required = false) Profession profession) {
        String rows = verifying.all(new VolunteerFilter(status, name, department, profession)).stream().map(stored -> {
            var s = stored.aggregate().snapshot();
            return String.join(";", s.volunteerId(), s.status().name(), String.valueOf(s.department()),
                    s.professions().stream().map(Profession::label).collect(Collectors.joining(",")),
                    String.valueOf(s.maxTravelKm()), String.valueOf(s.confirmedAt()));
        }).collect(Collectors.joining("\n"));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=volontaires.csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body("id;statut;departement;professions;distance_max_km;disponibilites_confirmees\n" + rows + "\n");
    }

    @Operation(summary = "One volunteer's profile", description = "Role: ars-operator.")
    @GetMapping("/{volunteerId}")
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerView one(@PathVariable String volunteerId) {
        return view(verifying.one(volunteerId));
    }

    @Operation(summary = "Verify a submitted profile", description = "Role: ars-operator.")
    @PostMapping("/{volunteerId}/verify")
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerView verify(@AuthenticationPrincipal Jwt jwt, @PathVariable String volunteerId, @Valid @RequestBody VersionRequest request) {
        return view(verifying.verify(volunteerId, request.version(), KeycloakRoles.nameOf(jwt)));
    }

    @Operation(summary = "Reject a submitted profile, with the reason", description = "Role: ars-operator.")
    @PostMapping("/{volunteerId}/reject")
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerView reject(@AuthenticationPrincipal Jwt jwt, @PathVariable String volunteerId, @Valid @RequestBody RejectionRequest request) {
        return view(verifying.reject(volunteerId, request.version(), request.reason(), KeycloakRoles.nameOf(jwt)));
    }

    @Operation(summary = "Withdraw a verified profile's verification, with the reason",
            description = "Role: ars-operator. The profile goes back to the volunteer as rejected, with the reason; matching "
                    + "withdraws their pending requests and cancels their confirmed missions, and the establishments are told.")
    @PostMapping("/{volunteerId}/withdraw-verification")
    @PreAuthorize("hasRole('ars-operator')")
    VolunteerView withdrawVerification(@AuthenticationPrincipal Jwt jwt, @PathVariable String volunteerId,
                                       @Valid @RequestBody RejectionRequest request) {
        return view(verifying.withdrawVerification(volunteerId, request.version(), request.reason(), KeycloakRoles.nameOf(jwt)));
    }

    private VolunteerView view(Versioned<Volunteer> stored) {
        return VolunteerView.of(stored, clock.instant());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Account accountOf(Jwt jwt) {
        return new Account(jwt.getSubject(), jwt.getClaimAsString("email"));
    }
}
