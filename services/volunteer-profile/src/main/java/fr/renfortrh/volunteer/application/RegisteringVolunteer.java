package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Identity;
import fr.renfortrh.volunteer.domain.Profile;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed-in professional starts their volunteer profile (a draft). The volunteer id is their account id,
 * so every service can tell a volunteer acting on their own data without holding a mapping.
 */
@Service
public class RegisteringVolunteer {

    public record Registration(String firstName, String lastName, List<Profession> professions, String department) {
    }

    private final Volunteers volunteers;
    private final Clock clock;

    public RegisteringVolunteer(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public Versioned<Volunteer> register(Account account, Registration registration) {
        if (volunteers.byId(account.id()).isPresent()) {
            throw new StateConflict("Ce compte a déjà un profil de volontaire.");
        }
        var identity = new Identity(registration.firstName(), registration.lastName(), account.email());
        return volunteers.add(Volunteer.register(account.id(), account.id(), identity,
                Profile.minimal(registration.professions(), registration.department()), clock.instant(), LocalDate.now(clock)));
    }
}
