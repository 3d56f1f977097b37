package fr.renfortrh.platform.security;

import fr.renfortrh.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, with the Bearer challenge RFC 6750 asks for. */
public class ProblemSecurityHandlers {

    private final JsonMapper json;

    public ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"renfort\"");
            Problems.write(response, Problems.unauthorized(), json);
        };
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> Problems.write(response, Problems.forbidden("Votre rôle ne permet pas cette action."), json);
    }

    /** What the firewall refuses (encoded slashes, NUL, path traversal…) is a 400 problem+json, not an empty 400. */
    public RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "request-rejected",
                "Requête refusée", "L'adresse demandée contient des caractères interdits."), json);
    }
}
