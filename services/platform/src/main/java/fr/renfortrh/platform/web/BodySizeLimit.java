package fr.renfortrh.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** Refuses request bodies over the configured size with 413 problem+json before anything reads them. */
public class BodySizeLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final JsonMapper json;

    public BodySizeLimit(DataSize limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Requête trop volumineuse",
                    "Le corps de la requête dépasse " + limit.toKilobytes() + " Ko."), json);
            return;
        }
        chain.doFilter(request, response);
    }
}
