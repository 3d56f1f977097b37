package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

/** A volunteer reads their own profile, and only theirs. */
@Service
public class ViewingOwnProfile {

    private final Volunteers volunteers;

    public ViewingOwnProfile(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    public Versioned<Volunteer> of(Account account) {
        return volunteers.ofAccount(account.id())
                .orElseThrow(() -> new NotFound("Vous n'avez pas encore de profil de volontaire."));
    }
}
