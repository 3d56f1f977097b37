package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Consent;
import fr.renfortrh.volunteer.domain.Identity;
import fr.renfortrh.volunteer.domain.Profile;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * A volunteer acts on their own profile only: the profile is found from their account, never from an id
 * they send. Each change names the version it was made on; a stale one is refused (409).
 */
@Service
public class ManagingOwnProfile {

    private final Volunteers volunteers;
    private final ErasingVolunteers erasing;
    private final PreCheckingVolunteers preChecking;
    private final Clock clock;

    public ManagingOwnProfile(Volunteers volunteers, ErasingVolunteers erasing, PreCheckingVolunteers preChecking,
                              Clock clock) {
        this.volunteers = volunteers;
        this.erasing = erasing;
        this.preChecking = preChecking;
        this.clock = clock;
    }

    public Versioned<Volunteer> mine(Account account) {
        return volunteers.byId(account.id())
                .orElseThrow(() -> new NotFound("Vous n'avez pas encore de profil de volontaire."));
    }

    public Versioned<Volunteer> edit(Account account, long version, String firstName, String lastName, Profile profile) {
        return change(account, version, v -> v.edit(new Identity(firstName, lastName, account.email()), profile, LocalDate.now(clock)));
    }

    public Versioned<Volunteer> consent(Account account, long version, Consent consent) {
        return change(account, version, v -> v.accept(new Consent(consent.privacyNoticeVersion(), clock.instant(),
                consent.contactConsent())));
    }

    public Versioned<Volunteer> updateAvailability(Account account, long version, Availability availability, int availableNowDays) {
        return change(account, version, v -> v.updateAvailability(availability, availableNowDays, clock.instant(),
                LocalDateTime.now(clock)));
    }

    public Versioned<Volunteer> confirmAvailability(Account account, long version) {
        return change(account, version, v -> v.confirmAvailability(clock.instant()));
    }

    /** Submits to the ARS; the directory pre-check runs at once so the operator finds it ready. */
    public Versioned<Volunteer> submit(Account account, long version) {
        preChecking.check(change(account, version, v -> v.submit(clock.instant())));
        return mine(account);
    }

    public Versioned<Volunteer> pause(Account account, long version) {
        return change(account, version, Volunteer::pause);
    }

    public Versioned<Volunteer> resume(Account account, long version) {
        return change(account, version, Volunteer::resume);
    }

    /** Account deletion: the profile is erased and every other service told to purge what it holds. */
    public void withdraw(Account account) {
        erasing.erase(mine(account));
    }

    private Versioned<Volunteer> change(Account account, long version, Function<Volunteer, Change<Volunteer>> change) {
        Volunteer current = mine(account).aggregate();
        return volunteers.update(current.id(), version, change.apply(current));
    }
}
