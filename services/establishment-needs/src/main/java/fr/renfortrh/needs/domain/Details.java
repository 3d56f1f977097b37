package fr.renfortrh.needs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an establishment says about itself. */
public record Details(String name, LegalStatus legalStatus, EstablishmentCategory category, String address,
                      String communeInsee, String ght, String phone) {

    /** The fields whose value differs in {@code edited}, by name, in this record's order. */
    public List<String> fieldsChangedIn(Details edited) {
        var changed = new ArrayList<String>();
        addIfChanged(changed, "name", name, edited.name);
        addIfChanged(changed, "legalStatus", legalStatus, edited.legalStatus);
        addIfChanged(changed, "category", category, edited.category);
        addIfChanged(changed, "address", address, edited.address);
        addIfChanged(changed, "communeInsee", communeInsee, edited.communeInsee);
        addIfChanged(changed, "ght", ght, edited.ght);
        addIfChanged(changed, "phone", phone, edited.phone);
        return List.copyOf(changed);
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
