package fr.renfortrh.matching.adapters.in;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.application.AnsweringRequests;
import fr.renfortrh.matching.application.AskingInWaves;
import fr.renfortrh.matching.application.Caller;
import fr.renfortrh.matching.application.CompletingMissions;
import fr.renfortrh.matching.application.ConfirmingMissions;
import fr.renfortrh.matching.application.ContactingVolunteer;
import fr.renfortrh.matching.application.ExportingVolunteerData;
import fr.renfortrh.matching.application.IssuingMissionSheets;
import fr.renfortrh.matching.application.SearchingCandidates;
import fr.renfortrh.matching.application.SubscribingToCalendar;
import fr.renfortrh.matching.application.ViewingShortlist;
import fr.renfortrh.matching.domain.CalendarFeed;
import fr.renfortrh.matching.domain.DistanceBand;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.Score;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.security.KeycloakRoles;
import fr.renfortrh.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@RequestMapping("/api/matching")
class MatchingController {

    private static final String STAFF_OR_ARS = "hasAnyRole('establishment', 'ars-operator')";
    private static final int MAX_SEARCH = 100;

    /** A shortlisted candidate, pseudonymised until they accept a contact: initials, experience, distance band. */
    record CandidateView(String volunteerId, String initials, List<Profession> professions, int experienceYears,
                         String distance, Score score, List<String> criteriaMet, List<String> ranking,
                         ProposalView proposal) {
    }

    /** What a need offers, in French, for the volunteer deciding whether to be contacted. */
    /** @param distanceKm from the volunteer's home, to the kilometre (null when a location is missing) */
    record NeedTerms(String profession, String unit, String contract, Urgency urgency, String payIndication,
                     boolean housingOffered, String place, Long distanceKm) {

        static NeedTerms of(AnsweringRequests.Request request) {
            OpenNeed need = request.need();
            return new NeedTerms(need.profession().label(), need.unitType() == null ? null : need.unitType().label(),
                    need.contractType().label(), need.urgency(), need.payIndication(), need.housingOffered(),
                    request.place(), request.distanceKm() < 0 ? null : Math.round(request.distanceKm()));
        }
    }

    /** A request to the caller, with the terms of its need (none if matching no longer knows the need). */
    record RequestView(@JsonUnwrapped ProposalView request, NeedTerms need) {

        static RequestView of(AnsweringRequests.Request request) {
            return new RequestView(ProposalView.of(request.proposal(), -1),
                    request.need() == null ? null : NeedTerms.of(request));
        }
    }

    /** The feedback itself is for the ARS only: each side sees whether feedback was given, not what. */
    record ProposalView(String id, String needId, String establishmentName, String volunteerId, String initials, String status,
                        List<ShiftSnapshot> shifts, Instant requestedAt, Instant expiresAt, Instant answeredAt,
                        String reason, boolean establishmentFeedbackGiven, boolean volunteerFeedbackGiven, long version) {

        static ProposalView of(Proposal p, long version) {
            return new ProposalView(p.id(), p.needId(), p.establishmentName(), p.volunteerId(), p.initials(), p.status().name(), p.shifts(),
                    p.requestedAt(), p.expiresAt(), p.answeredAt(), p.closingReason(), p.establishmentFeedback() != null,
                    p.volunteerFeedback() != null, version);
        }

        static ProposalView of(Versioned<Proposal> p) {
            return of(p.aggregate(), p.version());
        }
    }

    record ContactRequest(@NotBlank(message = "Choisissez un volontaire.") String volunteerId) {
    }

    record FeedbackInput(@NotNull(message = "Indiquez si la mission a eu lieu.") Boolean noShow,
                         @NotNull(message = "Indiquez si vous retravailleriez ensemble.") Boolean wouldWorkAgain,
                         @Size(max = 1000, message = "1 000 caractères au plus.") String comment) {
    }

    /** One side's private feedback on a mission, for the ARS, with the volunteer's no-shows of the past year. */
    record FeedbackView(String proposalId, String needId, String establishmentName, String volunteerId, String initials,
                        List<ShiftSnapshot> shifts, String from, boolean noShow, boolean wouldWorkAgain, String comment,
                        Instant at, long volunteerNoShowsThisYear) {
    }

    record WavesView(boolean active, Instant since) {
    }

    /** The volunteer's calendar subscription; its address only in the answer that creates it (only a digest is kept). */
    record CalendarFeedView(boolean active, Instant createdAt, Instant lastReadAt, String address) {

        static CalendarFeedView of(Optional<CalendarFeed> feed) {
            return feed.map(f -> new CalendarFeedView(true, f.createdAt(), f.lastReadAt(), null))
                    .orElse(new CalendarFeedView(false, null, null, null));
        }
    }

    record Cancellation(@NotBlank(message = "Indiquez le motif.") @Size(max = 500, message = "500 caractères au plus.") String reason) {
    }

    private final ViewingShortlist shortlist;
    private final ContactingVolunteer contacting;
    private final AnsweringRequests answering;
    private final ConfirmingMissions missions;
    private final ExportingVolunteerData exporting;
    private final SearchingCandidates searching;
    private final CompletingMissions completing;
    private final AskingInWaves waves;
    private final IssuingMissionSheets sheets;
    private final SubscribingToCalendar calendars;

    MatchingController(ViewingShortlist shortlist, ContactingVolunteer contacting, AnsweringRequests answering,
                       ConfirmingMissions missions, ExportingVolunteerData exporting, SearchingCandidates searching,
                       CompletingMissions completing, AskingInWaves waves, IssuingMissionSheets sheets,
                       SubscribingToCalendar calendars) {
        this.sheets = sheets;
        this.calendars = calendars;
        this.completing = completing;
        this.waves = waves;
        this.exporting = exporting;
        this.searching = searching;
        this.shortlist = shortlist;
        this.contacting = contacting;
        this.answering = answering;
        this.missions = missions;
    }

    @Operation(summary = "Search the pseudonymised candidate base without a need, ranked and explained like a shortlist",
            description = "Role: establishment (staff of the verified establishment searched from) or ars-operator. "
                    + "The best `limit` candidates (a shortlist's size if not given, 100 at most), within `maxDistanceKm` of the "
                    + "establishment if given (each volunteer's own travel limit applies in any case). With `date` and "
                    + "`toDate` (31 days at most), those who can come on at least one day at those hours, each saying which.")
    @GetMapping("/candidates")
    @PreAuthorize(STAFF_OR_ARS)
    List<CandidateView> search(@AuthenticationPrincipal Jwt jwt, @RequestParam String establishmentId,
                               @RequestParam Profession profession, @RequestParam ContractType contractType,
                               @RequestParam(required = false) UnitType unitType,
                               @RequestParam(required = false) LocalDate date, @RequestParam(required = false) LocalDate toDate,
                               @RequestParam(required = false) LocalTime start,
                               @RequestParam(required = false) LocalTime end,
                               @RequestParam(defaultValue = "0") @Min(value = 0, message = "0 ou plus.") @Max(value = 60, message = "60 au plus.") int minExperienceYears,
                               @RequestParam(required = false) @Min(value = 1, message = "1 km ou plus.") @Max(value = 300, message = "300 km au plus.") Integer maxDistanceKm,
                               @RequestParam(required = false) @Min(value = 1, message = "1 ou plus.") @Max(value = MAX_SEARCH, message = MAX_SEARCH + " au plus.") Integer limit) {
        var search = new SearchingCandidates.Search(establishmentId, profession, contractType, unitType, date, toDate, start,
                end, minExperienceYears, maxDistanceKm, limit);
        return searching.search(caller(jwt), search).stream().map(e -> {
            var c = e.candidate();
            return new CandidateView(c.volunteerId(), c.initials(), c.professions(), c.experienceYears(),
                    DistanceBand.of(e.distanceKm()), e.score(), e.met(), e.why(), null);
        }).toList();
    }

    @Operation(summary = "Ranked, explained candidates for a need",
            description = "Role: establishment (own needs only) or ars-operator. Computed live from the read models.")
    @GetMapping("/needs/{needId}/shortlist")
    @PreAuthorize(STAFF_OR_ARS)
    List<CandidateView> shortlist(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return shortlist.forNeed(caller(jwt), needId).stream().map(ranked -> {
            var e = ranked.entry();
            var c = e.candidate();
            return new CandidateView(c.volunteerId(), c.initials(), c.professions(), c.experienceYears(),
                    DistanceBand.of(e.distanceKm()), e.score(), e.met(), e.why(),
                    ranked.proposal() == null ? null : ProposalView.of(ranked.proposal(), -1));
        }).toList();
    }

    @Operation(summary = "Proposals and contact requests for a need, with their status",
            description = "Role: establishment (own needs only) or ars-operator.")
    @GetMapping("/needs/{needId}/proposals")
    @PreAuthorize(STAFF_OR_ARS)
    List<ProposalView> proposals(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return shortlist.proposals(caller(jwt), needId).stream().map(p -> ProposalView.of(p, -1)).toList();
    }

    @Operation(summary = "Ask a shortlisted volunteer whether they may be contacted for the need",
            description = "Role: establishment (own needs only) or ars-operator. Limited by the volunteer's weekly budget.")
    @PostMapping("/needs/{needId}/contact-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_OR_ARS)
    ProposalView requestContact(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId,
                                @Valid @RequestBody ContactRequest request) {
        return ProposalView.of(contacting.request(caller(jwt), needId, request.volunteerId()));
    }

    @Operation(summary = "Whether matching asks candidates for this need in waves",
            description = "Role: establishment (own needs only) or ars-operator.")
    @GetMapping("/needs/{needId}/waves")
    @PreAuthorize(STAFF_OR_ARS)
    WavesView waves(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return waves.of(caller(jwt), needId).map(w -> new WavesView(true, w.since())).orElse(new WavesView(false, null));
    }

    @Operation(summary = "Ask in waves: the best candidates first, a few per open position, the next ones when answers fail to come",
            description = "Role: establishment (own needs only) or ars-operator. Requests are sent with the caller's rights.")
    @PutMapping("/needs/{needId}/waves")
    @PreAuthorize(STAFF_OR_ARS)
    WavesView startWaves(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        return new WavesView(true, waves.start(caller(jwt), needId).since());
    }

    @Operation(summary = "Stop asking in waves (requests already sent stay)", description = "Role: establishment (own needs only) or ars-operator.")
    @DeleteMapping("/needs/{needId}/waves")
    @PreAuthorize(STAFF_OR_ARS)
    WavesView stopWaves(@AuthenticationPrincipal Jwt jwt, @PathVariable String needId) {
        waves.stop(caller(jwt), needId);
        return new WavesView(false, null);
    }

    @Operation(summary = "Confirm a volunteer who accepted", description = "Role: establishment (own needs only) or ars-operator.")
    @PostMapping("/proposals/{proposalId}/confirm")
    @PreAuthorize(STAFF_OR_ARS)
    ProposalView confirm(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId) {
        return ProposalView.of(missions.confirm(caller(jwt), proposalId));
    }

    @Operation(summary = "Cancel a confirmed mission (establishment side)",
            description = "Role: establishment (own needs only) or ars-operator.")
    @PostMapping("/proposals/{proposalId}/cancel")
    @PreAuthorize(STAFF_OR_ARS)
    ProposalView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId,
                        @Valid @RequestBody Cancellation cancellation) {
        return ProposalView.of(missions.cancel(caller(jwt), proposalId, cancellation.reason(), false));
    }

    @Operation(summary = "The mission sheet of a confirmed mission (PDF, French); with a draft secondment convention for a mise à disposition",
            description = "Role: establishment (own needs only) or ars-operator.")
    @GetMapping("/proposals/{proposalId}/mission-sheet")
    @PreAuthorize(STAFF_OR_ARS)
    ResponseEntity<byte[]> missionSheet(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId) {
        return pdf(proposalId, sheets.forEstablishment(caller(jwt), proposalId));
    }

    @Operation(summary = "The mission sheet of one of my confirmed missions (PDF, French)",
            description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me/requests/{proposalId}/mission-sheet")
    @PreAuthorize("hasRole('volunteer')")
    ResponseEntity<byte[]> myMissionSheet(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId) {
        return pdf(proposalId, sheets.forVolunteer(caller(jwt), proposalId));
    }

    private static ResponseEntity<byte[]> pdf(String proposalId, byte[] document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("fiche-de-mission-" + proposalId.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf").build().toString())
                .body(document);
    }

    @Operation(summary = "Leave private feedback on a completed mission (no-show, would work again), read by the ARS only",
            description = "Role: establishment (own needs only) or ars-operator. Once per mission.")
    @PostMapping("/proposals/{proposalId}/feedback")
    @PreAuthorize(STAFF_OR_ARS)
    ProposalView establishmentFeedback(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId,
                                       @Valid @RequestBody FeedbackInput input) {
        return ProposalView.of(completing.feedback(caller(jwt), proposalId, Proposal.Side.ESTABLISHMENT, input.noShow(),
                input.wouldWorkAgain(), input.comment()));
    }

    @Operation(summary = "Leave private feedback on one of my completed missions, read by the ARS only",
            description = "Role: volunteer; only the caller's own. Once per mission.")
    @PostMapping("/me/requests/{proposalId}/feedback")
    @PreAuthorize("hasRole('volunteer')")
    ProposalView volunteerFeedback(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId,
                                   @Valid @RequestBody FeedbackInput input) {
        return ProposalView.of(completing.feedback(caller(jwt), proposalId, Proposal.Side.VOLUNTEER, input.noShow(),
                input.wouldWorkAgain(), input.comment()));
    }

    @Operation(summary = "All mission feedback, or one volunteer's (`volunteerId`), newest first, with each volunteer's "
            + "no-shows of the past year", description = "Role: ars-operator.")
    @GetMapping("/feedback")
    @PreAuthorize("hasRole('ars-operator')")
    List<FeedbackView> feedback(@RequestParam(required = false) String volunteerId) {
        var entries = volunteerId == null ? completing.all() : completing.ofVolunteer(volunteerId);
        return entries.stream().map(e -> {
            Proposal m = e.mission();
            return new FeedbackView(m.id(), m.needId(), m.establishmentName(), m.volunteerId(), m.initials(), m.shifts(),
                    e.from().name(), e.feedback().noShow(), e.feedback().wouldWorkAgain(), e.feedback().comment(),
                    e.feedback().at(), e.noShowsThisYear());
        }).toList();
    }

    @Operation(summary = "Export all matching holds about me (JSON, one section per store)", description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me/export")
    @PreAuthorize("hasRole('volunteer')")
    Map<String, Object> export(@AuthenticationPrincipal Jwt jwt) {
        var mine = exporting.export(caller(jwt));
        return Map.of("candidates", mine.candidate().stream().toList(), "proposals", mine.proposals(),
                "schedules", mine.schedule().stream().toList(), "allocation_plans", mine.allocationPlans(),
                "calendar_feeds", mine.calendarFeed().stream().toList());
    }

    @Operation(summary = "My contact requests and missions", description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me/requests")
    @PreAuthorize("hasRole('volunteer')")
    List<RequestView> myRequests(@AuthenticationPrincipal Jwt jwt) {
        return answering.mine(caller(jwt)).stream().map(RequestView::of).toList();
    }

    @Operation(summary = "My confirmed and completed missions as a calendar file (iCalendar, RFC 5545), one event per shift",
            description = "Role: volunteer; only the caller's own. Event ids stay the same from one download to the next.")
    @GetMapping("/me/missions.ics")
    @PreAuthorize("hasRole('volunteer')")
    ResponseEntity<String> myCalendar(@AuthenticationPrincipal Jwt jwt) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("missions-renfort-rh.ics").build().toString())
                .body(answering.calendar(caller(jwt)));
    }

    @Operation(summary = "My calendar subscription: whether it is active, since when, when a calendar last read it",
            description = "Role: volunteer; only the caller's own.")
    @GetMapping("/me/calendar-feed")
    @PreAuthorize("hasRole('volunteer')")
    CalendarFeedView myCalendarFeed(@AuthenticationPrincipal Jwt jwt) {
        return CalendarFeedView.of(calendars.of(caller(jwt)));
    }

    @Operation(summary = "Create my calendar subscription, or renew its address: the previous address stops working",
            description = "Role: volunteer; only the caller's own. The answer holds the secret address (a path under this "
                    + "API), given this once: a calendar app reads the caller's missions there without signing in.")
    @PostMapping("/me/calendar-feed")
    @PreAuthorize("hasRole('volunteer')")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarFeedView subscribeToCalendar(@AuthenticationPrincipal Jwt jwt) {
        var issued = calendars.subscribe(caller(jwt));
        return new CalendarFeedView(true, issued.feed().createdAt(), null, "/api/matching/public/calendars/" + issued.secret() + ".ics");
    }

    @Operation(summary = "End my calendar subscription: its address stops working", description = "Role: volunteer; only the caller's own.")
    @DeleteMapping("/me/calendar-feed")
    @PreAuthorize("hasRole('volunteer')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribeFromCalendar(@AuthenticationPrincipal Jwt jwt) {
        calendars.unsubscribe(caller(jwt));
    }

    @Operation(summary = "A volunteer's confirmed and completed missions (iCalendar), at the secret address of their subscription",
            description = "No sign-in: calendar apps cannot. The secret in the address is the credential; an unknown, "
                    + "renewed or ended one gives 404.")
    @GetMapping("/public/calendars/{secret}.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> subscribedCalendar(@PathVariable String secret) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(calendars.calendar(secret));
    }

    @Operation(summary = "Accept a contact request", description = "Role: volunteer; only requests addressed to the caller.")
    @PostMapping("/me/requests/{proposalId}/accept")
    @PreAuthorize("hasRole('volunteer')")
    ProposalView accept(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId) {
        return ProposalView.of(answering.accept(caller(jwt), proposalId));
    }

    @Operation(summary = "Decline a contact request", description = "Role: volunteer; only requests addressed to the caller.")
    @PostMapping("/me/requests/{proposalId}/decline")
    @PreAuthorize("hasRole('volunteer')")
    ProposalView decline(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId) {
        return ProposalView.of(answering.decline(caller(jwt), proposalId));
    }

    @Operation(summary = "Cancel one of my confirmed missions", description = "Role: volunteer; only the caller's own.")
    @PostMapping("/me/requests/{proposalId}/cancel")
    @PreAuthorize("hasRole('volunteer')")
    ProposalView cancelMine(@AuthenticationPrincipal Jwt jwt, @PathVariable String proposalId,
                            @Valid @RequestBody Cancellation cancellation) {
        return ProposalView.of(missions.cancel(caller(jwt), proposalId, cancellation.reason(), true));
    }

    private static Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), KeycloakRoles.rolesOf(jwt).contains(Roles.ARS_OPERATOR));
    }
}
