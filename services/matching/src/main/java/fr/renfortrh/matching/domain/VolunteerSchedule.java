package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything that must never be double-counted for one volunteer, in one document: confirmed missions
 * (no overlap, 11 h rest, weekly hours across all establishments) and recent contact requests (their
 * weekly budget). Updates are optimistic, so two confirmations racing on two instances cannot both win.
 */
public record VolunteerSchedule(String volunteerId, List<Booking> bookings, List<Instant> solicitations,
                                List<Instant> noShows) {

    /** How long solicitations are remembered: the budget window and the fairness window fit in it. */
    static final Duration MEMORY = Duration.ofDays(30);
    /** The solicitation budget is per rolling week. */
    static final Duration BUDGET_WINDOW = Duration.ofDays(7);
    static final int DEFAULT_WEEKLY_BUDGET = 3;

    public record Booking(String proposalId, String needId, List<ShiftSnapshot> shifts) {
    }

    /** No-shows count against the ranking for a year. */
    static final Duration NO_SHOW_MEMORY = Duration.ofDays(365);

    public VolunteerSchedule {
        bookings = List.copyOf(bookings);
        solicitations = List.copyOf(solicitations);
        noShows = noShows == null ? List.of() : List.copyOf(noShows); // absent from schedules stored before
    }

    public static VolunteerSchedule empty(String volunteerId) {
        return new VolunteerSchedule(volunteerId, List.of(), List.of(), List.of());
    }

    public List<ShiftSnapshot> bookedShifts() {
        return bookings.stream().flatMap(b -> b.shifts().stream()).toList();
    }

    /** Why these shifts cannot be added to the volunteer's missions, if they cannot. */
    public Optional<String> conflictWith(List<ShiftSnapshot> shifts, int maxHoursPerWeek) {
        List<ShiftSnapshot> booked = bookedShifts();
        if (Shifts.anyOverlap(booked, shifts)) {
            return Optional.of("Déjà en mission sur un de ces créneaux");
        }
        if (Shifts.restTooShort(booked, shifts)) {
            return Optional.of("Moins de 11 h de repos avec une autre mission");
        }
        int cap = maxHoursPerWeek > 0 ? Math.min(maxHoursPerWeek, Shifts.LEGAL_MAX_HOURS_PER_WEEK) : Shifts.LEGAL_MAX_HOURS_PER_WEEK;
        boolean tooMany = Shifts.hoursPerWeek(Stream.concat(booked.stream(), shifts.stream()).toList()).values().stream()
                .anyMatch(hours -> hours > cap);
        return tooMany ? Optional.of("Dépasserait " + cap + " h dans une semaine") : Optional.empty();
    }

    public VolunteerSchedule book(Booking booking) {
        var next = new ArrayList<>(bookings);
        next.add(booking);
        return new VolunteerSchedule(volunteerId, next, solicitations, noShows);
    }

    public VolunteerSchedule release(String proposalId) {
        return new VolunteerSchedule(volunteerId,
                bookings.stream().filter(b -> !b.proposalId().equals(proposalId)).toList(), solicitations, noShows);
    }

    public boolean isBooked(String proposalId) {
        return bookings.stream().anyMatch(b -> b.proposalId().equals(proposalId));
    }

    /** An establishment reported that the volunteer did not come to a mission. */
    public VolunteerSchedule noShow(Instant at) {
        var kept = new ArrayList<>(noShows.stream().filter(t -> t.isAfter(at.minus(NO_SHOW_MEMORY))).toList());
        kept.add(at);
        return new VolunteerSchedule(volunteerId, bookings, solicitations, kept);
    }

    /** No-shows reported in the past year. */
    public long recentNoShows(Instant now) {
        return noShows.stream().filter(t -> t.isAfter(now.minus(NO_SHOW_MEMORY))).count();
    }

    public long solicitationsSince(Instant since) {
        return solicitations.stream().filter(t -> t.isAfter(since)).count();
    }

    /** The volunteer's weekly budget of contact requests (their preference, 3 by default). */
    public static int weeklyBudget(Candidate candidate) {
        return candidate.weeklyContactBudget() > 0 ? candidate.weeklyContactBudget() : DEFAULT_WEEKLY_BUDGET;
    }

    /** Contact requests the volunteer may still receive now without exceeding their weekly budget. */
    public int requestsLeft(Candidate candidate, Instant now) {
        return (int) Math.max(0, weeklyBudget(candidate) - solicitationsSince(now.minus(BUDGET_WINDOW)));
    }

    public VolunteerSchedule solicited(Instant at) {
        var kept = new ArrayList<>(solicitations.stream().filter(t -> t.isAfter(at.minus(MEMORY))).toList());
        kept.add(at);
        return new VolunteerSchedule(volunteerId, bookings, kept, noShows);
    }
}
