package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.volunteer.domain.Disclosure;
import fr.renfortrh.volunteer.domain.Profile.ContactChannel;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Establishments never see a volunteer's contact details before the volunteer accepts their contact
 * request; then the staff of that establishment may, and every time they do is logged for the volunteer.
 */
@Service
public class DisclosingContactDetails {

    public record ContactDetails(String firstName, String lastName, String email, String phone, ContactChannel preferredChannel) {
    }

    private final Volunteers volunteers;
    private final ContactGrants grants;
    private final Clock clock;

    public DisclosingContactDetails(Volunteers volunteers, ContactGrants grants, Clock clock) {
        this.volunteers = volunteers;
        this.grants = grants;
        this.clock = clock;
    }

    public ContactDetails disclose(String viewerAccountId, String volunteerId, String proposalId, String establishmentId) {
        var establishment = grants.establishment(establishmentId)
                .filter(e -> e.staffAccountIds().contains(viewerAccountId))
                .filter(e -> grants.isGranted(proposalId, volunteerId, establishmentId))
                .orElseThrow(() -> new NotFound("Coordonnées non disponibles : le volontaire n'a pas accepté votre demande."));
        Volunteer volunteer = volunteers.byId(volunteerId)
                .orElseThrow(() -> new NotFound("Ce volontaire n'existe plus."))
                .aggregate();
        grants.log(new Disclosure(volunteerId, establishmentId, establishment.name(), viewerAccountId, proposalId, clock.instant()));
        return new ContactDetails(volunteer.identity().firstName(), volunteer.identity().lastName(),
                volunteer.identity().email(), volunteer.profile().phone(), volunteer.profile().preferredChannel());
    }

    public List<Disclosure> disclosuresOf(Account volunteer) {
        return grants.disclosuresOf(volunteer.id());
    }
}
