package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Profession;

import java.util.List;
import java.util.Set;

/** A volunteer as matching knows them: pseudonymous, built only from volunteer events. */
public record Candidate(String volunteerId, String initials, List<Profession> professions, String department,
                        VolunteerStatus status) {

    private static final Set<VolunteerStatus> MATCHABLE = Set.of(VolunteerStatus.SUBMITTED, VolunteerStatus.VERIFIED);

    public static Candidate of(VolunteerSnapshot volunteer) {
        return new Candidate(volunteer.volunteerId(), volunteer.initials(), volunteer.professions(),
                volunteer.department(), volunteer.status());
    }

    public boolean isEligibleFor(OpenNeed need) {
        return MATCHABLE.contains(status)
                && professions.contains(need.profession())
                && department.equals(need.department());
    }
}
