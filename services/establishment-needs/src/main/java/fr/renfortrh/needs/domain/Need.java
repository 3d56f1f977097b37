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

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<Shift> shifts,
        NeedStatus status) {

    public static final int MAX_POSITIONS = 500;
    public static final int MAX_SHIFTS = 200;

    public static Change<Need> publish(String id, String establishmentId, Profession profession, String department,
                                       ContractType contractType, Urgency urgency, int positions,
                                       List<Shift> shifts, LocalDateTime now) {
        List<FieldMessage> errors = new ArrayList<>();
        if (Department.byCode(department).isEmpty()) {
            errors.add(new FieldMessage("department", "Choisissez un département de Normandie (14, 27, 50, 61, 76)."));
        }
        if (positions < 1 || positions > MAX_POSITIONS) {
            errors.add(new FieldMessage("positions", "Entre 1 et " + MAX_POSITIONS + " postes."));
        }
        if (shifts.isEmpty() || shifts.size() > MAX_SHIFTS) {
            errors.add(new FieldMessage("shifts", "Entre 1 et " + MAX_SHIFTS + " créneaux."));
        }
        for (int i = 0; i < shifts.size(); i++) {
            if (shifts.get(i).startsAt().isBefore(now)) {
                errors.add(new FieldMessage("shifts[" + i + "]", "Ce créneau est déjà passé."));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        var sorted = shifts.stream().sorted(Comparator.comparing(Shift::startsAt)).toList();
        var need = new Need(id, establishmentId, profession, department, contractType, urgency, positions,
                sorted, NeedStatus.PUBLISHED);
        return Change.of(need, new NeedPublished(need.snapshot()));
    }

    public NeedSnapshot snapshot() {
        return new NeedSnapshot(id, establishmentId, null, profession, null, null, department, null, 0, 0,
                contractType, urgency, positions, shifts.stream().map(Shift::snapshot).toList(), false, null);
    }
}
