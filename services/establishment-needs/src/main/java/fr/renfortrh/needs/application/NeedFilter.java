package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.NeedStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Optional criteria for listing needs; a null criterion matches everything, and so do no statuses. {@code
 * publishedBefore} finds the needs that have waited at least so long.
 */
public record NeedFilter(String establishmentId, String department, Profession profession, Urgency urgency,
                         List<NeedStatus> statuses, LocalDateTime publishedBefore) {

    public NeedFilter {
        // an empty or blank status parameter binds as a null entry
        statuses = statuses == null ? List.of() : statuses.stream().filter(Objects::nonNull).toList();
    }

    public static NeedFilter ofEstablishment(String establishmentId) {
        return new NeedFilter(establishmentId, null, null, null, null, null);
    }

    public NeedFilter forEstablishment(String id) {
        return new NeedFilter(id, department, profession, urgency, statuses, publishedBefore);
    }
}
