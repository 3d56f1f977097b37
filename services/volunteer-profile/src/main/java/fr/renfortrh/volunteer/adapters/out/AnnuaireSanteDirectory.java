package fr.renfortrh.volunteer.adapters.out;

import fr.renfortrh.volunteer.application.ProfessionalDirectory;
import fr.renfortrh.volunteer.domain.DirectoryCheck.Listing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The Annuaire Santé FHIR API (Agence du Numérique en Santé): {@code GET Practitioner?identifier=<RPPS system>|<n°>}.
 * Its answer is treated as untrusted input: no redirect followed, a bounded wait, anything unexpected is
 * "unavailable" rather than a verdict, and only the listed name and status are kept.
 */
@Component
class AnnuaireSanteDirectory implements ProfessionalDirectory {

    static final String RPPS_SYSTEM = "https://rpps.esante.gouv.fr";
    private static final int MAX_NAME_LENGTH = 100;

    private final RestClient http;

    AnnuaireSanteDirectory(@Value("${renfort.directory.base-url}") String baseUrl,
                           @Value("${renfort.directory.api-key:}") String apiKey,
                           @Value("${renfort.directory.timeout:PT3S}") Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .defaultHeader("Accept", "application/fhir+json")
                .defaultHeaders(headers -> {
                    if (!apiKey.isBlank()) {
                        headers.set("ESANTE-API-KEY", apiKey);
                    }
                })
                .build();
    }

    @Override
    public Optional<Listing> findByRpps(String rpps) {
        if (!rpps.matches("\\d{11}")) {
            throw new IllegalArgumentException("Not an RPPS number");
        }
        JsonNode bundle;
        try {
            bundle = http.get().uri("/Practitioner?identifier={system}|{rpps}&_count=1", RPPS_SYSTEM, rpps)
                    .retrieve().body(JsonNode.class);
        } catch (RestClientException | JacksonException e) {
            throw new Unavailable(e instanceof JacksonException ? "réponse illisible" : "pas de réponse exploitable", e);
        }
        if (bundle == null || !"Bundle".equals(bundle.path("resourceType").asString(""))) {
            throw new Unavailable("réponse inattendue", null);
        }
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode practitioner = entry.path("resource");
            if ("Practitioner".equals(practitioner.path("resourceType").asString("")) && lists(practitioner, rpps)) {
                JsonNode name = practitioner.path("name").path(0);
                return Optional.of(new Listing(bounded(name.path("family").asString("")),
                        bounded(name.path("given").path(0).asString("")), practitioner.path("active").asBoolean(false)));
            }
        }
        return Optional.empty();
    }

    /** The directory's search is trusted only as far as the identifier it returns. */
    private static boolean lists(JsonNode practitioner, String rpps) {
        for (JsonNode identifier : practitioner.path("identifier")) {
            String value = identifier.path("value").asString("");
            if (value.equals(rpps) || value.equals("8" + rpps)) {
                return true;
            }
        }
        return false;
    }

    private static String bounded(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "").strip();
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) : clean;
    }
}
