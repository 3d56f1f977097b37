package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** ARS operators verify submitted profiles (oldest first) and search the base. */
@Service
public class VerifyingVolunteers {

    private final Volunteers volunteers;
    private final Clock clock;

    public VerifyingVolunteers(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public VolunteersPage queue(String department, Profession profession, int page, int size) {
        return volunteers.queue(VolunteerFilter.waiting(department, profession), page, size);
    }

    public VolunteersPage search(VolunteerFilter filter, int page, int size) {
        return volunteers.search(filter, page, size);
    }

    public List<Versioned<Volunteer>> all(VolunteerFilter filter) {
        return volunteers.find(filter);
    }

    public Versioned<Volunteer> one(String volunteerId) {
        return volunteers.byId(volunteerId).orElseThrow(() -> new NotFound("Volontaire introuvable : " + volunteerId));
    }

    /** {@code operator}: the name of the ARS operator deciding, kept with the decision. */
    public Versioned<Volunteer> verify(String volunteerId, long version, String operator) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate()
                .verify(Decision.now(operator, clock)));
    }

    public Versioned<Volunteer> reject(String volunteerId, long version, String reason, String operator) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate()
                .reject(reason, Decision.now(operator, clock)));
    }

    public Versioned<Volunteer> withdrawVerification(String volunteerId, long version, String reason, String operator) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate()
                .withdrawVerification(reason, Decision.now(operator, clock)));
    }
}
