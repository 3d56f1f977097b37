package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.util.List;

/** An establishment sees the volunteers proposed for one of its needs, pseudonymised. */
@Service
public class ViewingProposals {

    private final OpenNeeds needs;
    private final Proposals proposals;

    public ViewingProposals(OpenNeeds needs, Proposals proposals) {
        this.needs = needs;
        this.proposals = proposals;
    }

    public List<Proposal> forNeed(String establishmentId, String needId) {
        needs.byId(needId)
                .filter(need -> need.establishmentId().equals(establishmentId))
                .orElseThrow(() -> new NotFound("Aucun besoin " + needId + " pour votre établissement."));
        return proposals.ofNeed(needId);
    }
}
