package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A staffing need posted by an establishment: who, where, when, how many. */
public record Need(
        String id,
        String establishmentId,
        Profession profession,
        String department,
        ContractType contractType,
        Urgency urgency,
        int positions,
        LocalDate startDate,
        LocalDate endDate,
        NeedStatus status) {

    public static final int MAX_POSITIONS = 500;

    public static Change<Need> publish(String id, String establishmentId, Profession profession, String department,
                                       ContractType contractType, Urgency urgency, int positions,
                                       LocalDate startDate, LocalDate endDate, LocalDate today) {
        List<FieldMessage> errors = new ArrayList<>();
        if (Department.byCode(department).isEmpty()) {
            errors.add(new FieldMessage("department", "Choisissez un département de Normandie (14, 27, 50, 61, 76)."));
        }
        if (positions < 1 || positions > MAX_POSITIONS) {
            errors.add(new FieldMessage("positions", "Entre 1 et " + MAX_POSITIONS + " postes."));
        }
        if (startDate.isBefore(today)) {
            errors.add(new FieldMessage("startDate", "La date de début est passée."));
        }
        if (endDate.isBefore(startDate)) {
            errors.add(new FieldMessage("endDate", "La date de fin précède la date de début."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        var need = new Need(id, establishmentId, profession, department, contractType, urgency, positions,
                startDate, endDate, NeedStatus.PUBLISHED);
        return Change.of(need, new NeedPublished(need.snapshot()));
    }

    public NeedSnapshot snapshot() {
        return new NeedSnapshot(id, establishmentId, profession, department, contractType, urgency, positions,
                startDate, endDate);
    }
}
