package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.NeedStatus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Optional criteria for listing needs; a null criterion matches everything, and so do no statuses. {@code
 * publishedBefore} finds the needs that have waited at least so long.
 */
public record NeedFilter(String establishmentId, String department, Profession profession, Urgency urgency,
                         List<NeedStatus> statuses, LocalDateTime publishedBefore) {

    public NeedFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    public static NeedFilter ofEstablishment(String establishmentId) {
        return new NeedFilter(establishmentId, null, null, null, null, null);
    }

    public NeedFilter forEstablishment(String id) {
        return new NeedFilter(id, department, profession, urgency, statuses, publishedBefore);
    }
}
