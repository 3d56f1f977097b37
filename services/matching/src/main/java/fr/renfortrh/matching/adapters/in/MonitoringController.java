package fr.renfortrh.matching.adapters.in;

import fr.renfortrh.matching.application.MonitoringTerritories;
import fr.renfortrh.matching.domain.TerritoryIndicators.Indicators;
import fr.renfortrh.matching.domain.TerritoryIndicators.ProfessionIndicators;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/matching/monitoring")
class MonitoringController {

    private final MonitoringTerritories monitoring;

    MonitoringController(MonitoringTerritories monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "Indicators per department", description = "Role: ars-operator.")
    @GetMapping
    @PreAuthorize("hasRole('ars-operator')")
    List<Indicators> byDepartment() {
        return monitoring.byDepartment();
    }

    @Operation(summary = "Indicators per profession", description = "Role: ars-operator.")
    @GetMapping("/professions")
    @PreAuthorize("hasRole('ars-operator')")
    List<ProfessionIndicators> byProfession() {
        return monitoring.byProfession();
    }

    @Operation(summary = "Indicators per department as CSV", description = "Role: ars-operator.")
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize("hasRole('ars-operator')")
    ResponseEntity<String> csv() {
        String rows = monitoring.byDepartment().stream().map(i -> String.join(";", i.department(), i.label(),
                String.valueOf(i.population()), String.valueOf(i.volunteers()), String.valueOf(i.verified()),
                String.valueOf(i.availableNow()), String.valueOf(i.stale()), String.valueOf(i.openNeeds()),
                String.valueOf(i.uncoveredPositions()), String.valueOf(i.requestsSent()), String.valueOf(i.accepted()),
                String.valueOf(i.declined()), String.valueOf(i.expired()), String.valueOf(i.responseRate()),
                String.valueOf(i.tension()), i.medianHoursToFill() == null ? "" : String.valueOf(i.medianHoursToFill())))
                .collect(Collectors.joining("\n"));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=indicateurs.csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body("departement;nom;population;volontaires;verifies;disponibles_maintenant;a_relancer;besoins_ouverts;"
                        + "postes_non_pourvus;demandes;acceptees;declinees;expirees;taux_reponse_pct;tension_pour_10000;"
                        + "delai_pourvoi_median_h\n" + rows + "\n");
    }
}
