package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Component;

/**
 * Ownership, checked server-side: establishment staff reach only their establishment's needs and
 * proposals, the ARS reaches all. Another establishment's need answers 404, so its existence stays hidden.
 */
@Component
public class NeedAccess {

    private final OpenNeeds needs;
    private final Proposals proposals;
    private final Establishments establishments;

    public NeedAccess(OpenNeeds needs, Proposals proposals, Establishments establishments) {
        this.needs = needs;
        this.proposals = proposals;
        this.establishments = establishments;
    }

    public OpenNeed need(Caller caller, String needId) {
        return needs.byId(needId)
                .filter(need -> mayActFor(caller, need.establishmentId()))
                .orElseThrow(() -> new NotFound("Aucun besoin " + needId + " pour votre établissement."));
    }

    /**
     * The need, which must still be open to act on it, for an establishment the ARS still vouches for: its needs are
     * cancelled soon after the ARS withdraws its verification, and nobody is asked or confirmed for them meanwhile.
     */
    public OpenNeed openNeed(Caller caller, String needId) {
        OpenNeed need = need(caller, needId);
        if (!need.open()) {
            throw new StateConflict("Ce besoin est clos (pourvu, annulé ou expiré).");
        }
        if (establishments.byId(need.establishmentId()).map(establishment -> !establishment.verified()).orElse(false)) {
            throw new StateConflict("L'établissement de ce besoin n'est plus vérifié par l'ARS.");
        }
        return need;
    }

    public Versioned<Proposal> proposalOfEstablishment(Caller caller, String proposalId) {
        return proposals.byId(proposalId)
                .filter(p -> mayActFor(caller, p.aggregate().establishmentId()))
                .orElseThrow(() -> new NotFound("Aucune proposition " + proposalId + " pour votre établissement."));
    }

    public Versioned<Proposal> proposalOfVolunteer(Caller caller, String proposalId) {
        return proposals.byId(proposalId)
                .filter(p -> p.aggregate().volunteerId().equals(caller.accountId()))
                .orElseThrow(() -> new NotFound("Aucune demande " + proposalId + " vous concernant."));
    }

    private boolean mayActFor(Caller caller, String establishmentId) {
        return caller.arsOperator() || establishments.hasStaffMember(establishmentId, caller.accountId());
    }
}
