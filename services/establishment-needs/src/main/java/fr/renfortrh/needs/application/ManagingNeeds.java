package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.NeedDetails;
import fr.renfortrh.needs.domain.NeedStatus;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.OnConflict;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Staff post, edit and cancel their establishment's needs; the ARS sees all. Another establishment's need
 * answers 404, so its existence is not disclosed.
 */
@Service
public class ManagingNeeds {

    /** Why the needs of an establishment whose verification the ARS withdrew were cancelled. */
    public static final String ESTABLISHMENT_SUSPENDED = "L'ARS Normandie a retiré la vérification de l'établissement.";
    private static final List<NeedStatus> STILL_AHEAD = List.of(NeedStatus.PUBLISHED, NeedStatus.PARTIALLY_FILLED, NeedStatus.FILLED);

    private final Needs needs;
    private final ManagingEstablishments establishments;
    private final Clock clock;

    public ManagingNeeds(Needs needs, ManagingEstablishments establishments, Clock clock) {
        this.needs = needs;
        this.establishments = establishments;
        this.clock = clock;
    }

    public Versioned<Need> post(Account account, String establishmentId, NeedDetails details, List<Shift> shifts) {
        Establishment establishment = establishments.one(account, establishmentId).aggregate();
        LocalDateTime now = LocalDateTime.now(clock);
        Versioned<Need> posted = needs.add(Need.publish(UUID.randomUUID().toString(), establishment, details, shifts, now));
        // A withdrawal stored between the check above and this need cancelled the needs it found, not this one.
        if (!establishments.one(account, establishmentId).aggregate().isVerified()) {
            suspend(posted.aggregate().id(), now);
            throw new Forbidden(Need.NOT_VERIFIED);
        }
        return posted;
    }

    public Versioned<Need> edit(Account account, String needId, long version, NeedDetails details, List<Shift> shifts) {
        Need need = one(account, needId).aggregate();
        return needs.update(needId, version, need.edit(details, shifts, LocalDateTime.now(clock)));
    }

    public Versioned<Need> cancel(Account account, String needId, long version, String reason) {
        Need need = one(account, needId).aggregate();
        return needs.update(needId, version, need.cancel(reason, MissionCancelled.BY_ESTABLISHMENT));
    }

    /**
     * The ARS withdrew the establishment's verification: its needs not over yet are cancelled, and matching cancels their
     * missions ahead. Run again (a redelivered event after a crash half-way), it cancels what is left.
     */
    public void establishmentVerificationWithdrawn(String establishmentId) {
        var ahead = new NeedFilter(establishmentId, null, null, null, STILL_AHEAD, null);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Versioned<Need> found : needs.find(ahead)) {
            suspend(found.aggregate().id(), now);
        }
    }

    private void suspend(String needId, LocalDateTime now) {
        OnConflict.retry(() -> needs.byId(needId)
                .filter(need -> STILL_AHEAD.contains(need.aggregate().status()) && !need.aggregate().isOver(now))
                .ifPresent(need -> needs.update(needId, need.version(),
                        need.aggregate().cancel(ESTABLISHMENT_SUSPENDED, MissionCancelled.BY_ARS))));
    }

    public Versioned<Need> one(Account account, String needId) {
        return needs.byId(needId)
                .filter(n -> account.arsOperator() || establishments.mayActFor(account, n.aggregate().establishmentId()))
                .orElseThrow(() -> new NotFound("Aucun besoin " + needId + " pour votre établissement."));
    }

    public NeedPage ofEstablishment(Account account, String establishmentId, NeedFilter filter, int page, int size) {
        establishments.one(account, establishmentId);
        return needs.page(filter.forEstablishment(establishmentId), page, size);
    }

    /** ARS: a page of the needs matching the filter. */
    public NeedPage all(NeedFilter filter, int page, int size) {
        return needs.page(filter, page, size);
    }

    /** ARS: every need matching the filter. */
    public List<Versioned<Need>> all(NeedFilter filter) {
        return needs.find(filter);
    }
}
