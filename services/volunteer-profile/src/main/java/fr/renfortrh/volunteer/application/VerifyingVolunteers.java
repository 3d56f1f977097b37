package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.util.List;

/** ARS operators verify submitted profiles (oldest first) and search the base. */
@Service
public class VerifyingVolunteers {

    private final Volunteers volunteers;

    public VerifyingVolunteers(Volunteers volunteers) {
        this.volunteers = volunteers;
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

    public Versioned<Volunteer> verify(String volunteerId, long version) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate().verify());
    }

    public Versioned<Volunteer> reject(String volunteerId, long version, String reason) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate().reject(reason));
    }

    public Versioned<Volunteer> withdrawVerification(String volunteerId, long version, String reason) {
        return volunteers.update(volunteerId, version, one(volunteerId).aggregate().withdrawVerification(reason));
    }
}
