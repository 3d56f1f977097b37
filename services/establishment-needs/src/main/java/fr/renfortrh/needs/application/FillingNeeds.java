package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.function.Function;

/** Filled positions follow matching's confirmations and cancellations. */
@Service
public class FillingNeeds {

    private static final int MAX_ATTEMPTS = 10;

    private final Needs needs;

    public FillingNeeds(Needs needs) {
        this.needs = needs;
    }

    public void missionConfirmed(String needId, String proposalId) {
        apply(needId, need -> need.missionConfirmed(proposalId));
    }

    public void missionCancelled(String needId, String proposalId) {
        apply(needId, need -> need.missionCancelled(proposalId));
    }

    private void apply(String needId, Function<Need, Change<Need>> change) {
        for (int attempt = 1; ; attempt++) {
            var stored = needs.byId(needId);
            if (stored.isEmpty()) {
                return;
            }
            Versioned<Need> need = stored.get();
            Change<Need> next = change.apply(need.aggregate());
            if (next.aggregate().equals(need.aggregate())) {
                return;
            }
            try {
                needs.update(needId, need.version(), next);
                return;
            } catch (OptimisticLockingFailureException editedMeanwhile) {
                if (attempt == MAX_ATTEMPTS) {
                    throw editedMeanwhile;
                }
            }
        }
    }
}
