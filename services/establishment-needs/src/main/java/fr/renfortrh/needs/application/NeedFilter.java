package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.NeedStatus;

/** Optional criteria for listing needs; a null criterion matches everything. */
public record NeedFilter(String establishmentId, String department, Profession profession, Urgency urgency,
                         NeedStatus status) {

    public static NeedFilter ofEstablishment(String establishmentId) {
        return new NeedFilter(establishmentId, null, null, null, null);
    }
}
