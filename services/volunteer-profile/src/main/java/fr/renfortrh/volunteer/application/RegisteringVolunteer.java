package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Identity;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * A signed-in professional creates their volunteer profile. The volunteer id is their account id, so every
 * service can tell a volunteer acting on their own data without holding a mapping.
 */
@Service
public class RegisteringVolunteer {

    public record Registration(String firstName, String lastName, List<Profession> professions, String department) {
    }

    private final Volunteers volunteers;

    public RegisteringVolunteer(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    public Versioned<Volunteer> register(Account account, Registration registration) {
        if (volunteers.ofAccount(account.id()).isPresent()) {
            throw new StateConflict("Ce compte a déjà un profil de volontaire.");
        }
        var identity = new Identity(registration.firstName(), registration.lastName(), account.email());
        return volunteers.add(Volunteer.register(account.id(), account.id(), identity,
                registration.professions(), registration.department()));
    }
}
