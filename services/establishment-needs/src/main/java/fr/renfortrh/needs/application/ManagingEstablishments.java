package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Details;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentStatus;
import fr.renfortrh.needs.domain.Finess;
import fr.renfortrh.needs.domain.Member;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Onboarding and staff: a staff member registers their establishment (verified later by the ARS), admins
 * invite colleagues by email, and an invited person joins by signing in with that email.
 */
@Service
public class ManagingEstablishments {

    private static final int JOIN_ATTEMPTS = 3;

    private final Establishments establishments;
    private final Clock clock;

    public ManagingEstablishments(Establishments establishments, Clock clock) {
        this.establishments = establishments;
        this.clock = clock;
    }

    public Versioned<Establishment> register(Account account, String finess, Details details) {
        return establishments.add(Establishment.request(UUID.randomUUID().toString(), finess, details, memberOf(account)));
    }

    /** The caller's establishments, after joining those that invited their email. */
    public List<Versioned<Establishment>> mine(Account account) {
        if (account.email() != null) {
            establishments.inviting(account.email()).forEach(inviting -> join(account, inviting));
        }
        return establishments.withMember(account.id());
    }

    /**
     * Pages of one person load at once and each asks for their establishments: when another request changed the
     * establishment first (most often by joining it for the same person), the join is tried again on what it wrote.
     */
    private void join(Account account, Versioned<Establishment> inviting) {
        Optional<Versioned<Establishment>> current = Optional.of(inviting);
        for (int attempt = 1; ; attempt++) {
            var establishment = current
                    .filter(e -> e.aggregate().invites(account.email()) && !e.aggregate().hasMember(account.id()));
            if (establishment.isEmpty()) {
                return; // joined by the other request, or no longer invited
            }
            try {
                establishments.update(inviting.aggregate().id(), establishment.get().version(),
                        establishment.get().aggregate().join(memberOf(account)));
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == JOIN_ATTEMPTS) {
                    throw changedMeanwhile;
                }
                current = establishments.byId(inviting.aggregate().id());
            }
        }
    }

    public Versioned<Establishment> one(Account account, String establishmentId) {
        return establishments.byId(establishmentId)
                .filter(e -> account.arsOperator() || e.aggregate().hasMember(account.id()))
                .orElseThrow(() -> new NotFound("Établissement introuvable : " + establishmentId));
    }

    public boolean mayActFor(Account account, String establishmentId) {
        return establishments.byId(establishmentId).map(e -> e.aggregate().hasMember(account.id())).orElse(false);
    }

    /** An admin edits their establishment; the ARS corrects any, what it verified included. */
    public Versioned<Establishment> edit(Account account, String establishmentId, long version, Details details) {
        Establishment establishment = one(account, establishmentId).aggregate();
        var change = account.arsOperator() ? establishment.correct(details, account.name(), clock.instant()) : establishment.edit(account.id(), details);
        return establishments.update(establishmentId, version, change);
    }

    public Versioned<Establishment> resubmit(Account account, String establishmentId) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(), establishment.aggregate().resubmit(account.id()));
    }

    public Versioned<Establishment> invite(Account account, String establishmentId, String email) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(), establishment.aggregate().invite(account.id(), email));
    }

    /** Asks to join an establishment already registered; its admins decide. */
    public Versioned<Establishment> requestToJoin(Account account, String finess) {
        var establishment = establishments.byFiness(Finess.validate("finess", finess))
                .orElseThrow(() -> new NotFound("Aucun établissement inscrit avec ce numéro FINESS : inscrivez-le."));
        return establishments.update(establishment.aggregate().id(), establishment.version(),
                establishment.aggregate().requestToJoin(memberOf(account)));
    }

    public List<Versioned<Establishment>> myJoinRequests(Account account) {
        return establishments.withJoinRequestFrom(account.id());
    }

    public Versioned<Establishment> approveJoin(Account account, String establishmentId, String requesterAccountId) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().approveJoin(account.id(), requesterAccountId));
    }

    public Versioned<Establishment> declineJoin(Account account, String establishmentId, String requesterAccountId) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().declineJoin(account.id(), requesterAccountId));
    }

    public Versioned<Establishment> remove(Account account, String establishmentId, String memberAccountId) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().remove(account.id(), memberAccountId));
    }

    public Versioned<Establishment> grantAdmin(Account account, String establishmentId, String memberAccountId) {
        var establishment = one(account, establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().grantAdmin(account.id(), memberAccountId));
    }

    public List<Versioned<Establishment>> all(EstablishmentStatus status) {
        return establishments.withStatus(status);
    }

    /** {@code operator}: the name of the ARS operator deciding, kept with the decision. */
    public Versioned<Establishment> verify(String establishmentId, String operator) {
        var establishment = existing(establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().verify(Decision.now(operator, clock)));
    }

    public Versioned<Establishment> reject(String establishmentId, String reason, String operator) {
        var establishment = existing(establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().reject(reason, Decision.now(operator, clock)));
    }

    public Versioned<Establishment> withdrawVerification(String establishmentId, String reason, String operator) {
        var establishment = existing(establishmentId);
        return establishments.update(establishmentId, establishment.version(),
                establishment.aggregate().withdrawVerification(reason, Decision.now(operator, clock)));
    }

    private Versioned<Establishment> existing(String establishmentId) {
        return establishments.byId(establishmentId)
                .orElseThrow(() -> new NotFound("Établissement introuvable : " + establishmentId));
    }

    private static Member memberOf(Account account) {
        return new Member(account.id(), account.email(), account.name(), false);
    }
}
