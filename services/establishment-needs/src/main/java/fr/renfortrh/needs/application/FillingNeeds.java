package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.events.OnConflict;
import org.springframework.stereotype.Service;

import java.util.function.Function;

/** Filled positions follow matching's confirmations and cancellations; completions are counted apart. */
@Service
public class FillingNeeds {

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

    public void missionCompleted(String needId, String proposalId) {
        apply(needId, need -> need.missionCompleted(proposalId));
    }

    private void apply(String needId, Function<Need, Change<Need>> change) {
        OnConflict.retry(() -> needs.byId(needId).ifPresent(need -> {
            Change<Need> next = change.apply(need.aggregate());
            if (!next.aggregate().equals(need.aggregate())) {
                needs.update(needId, need.version(), next);
            }
        }));
    }
}
