package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

/** Erases a volunteer (account deletion or retention limit); the tombstone tells every other service to purge. */
@Service
public class ErasingVolunteers {

    private final Volunteers volunteers;
    private final ContactGrants grants;

    public ErasingVolunteers(Volunteers volunteers, ContactGrants grants) {
        this.volunteers = volunteers;
        this.grants = grants;
    }

    public void erase(Versioned<Volunteer> volunteer) {
        String id = volunteer.aggregate().id();
        volunteers.erase(id, volunteer.version(), new VolunteerWithdrawn(id));
        grants.forget(id);
    }
}
