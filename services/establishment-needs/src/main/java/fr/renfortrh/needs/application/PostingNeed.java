package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Establishment staff post a need, published at once. Until establishments are modelled (onboarding and
 * ARS verification), the staff member's account stands for their establishment.
 */
@Service
public class PostingNeed {

    public record Posting(Profession profession, String department, ContractType contractType, Urgency urgency,
                          int positions, List<Shift> shifts) {
    }

    private final Needs needs;
    private final Clock clock;

    public PostingNeed(Needs needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    public Versioned<Need> post(String staffAccountId, Posting posting) {
        return needs.add(Need.publish(UUID.randomUUID().toString(), staffAccountId, posting.profession(),
                posting.department(), posting.contractType(), posting.urgency(), posting.positions(),
                posting.shifts(), LocalDateTime.now(clock)));
    }
}
