package fr.renfortrh.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of API requests work at once; the others wait their turn for a short while, then get
 * 503 problem+json. Requests run on virtual threads, so without a bound an overloaded service takes every
 * request until its heap is full of half-done work and none completes. Health probes are never held back.
 */
public class ConcurrencyLimit extends OncePerRequestFilter {

    private final Semaphore permits;
    private final Duration maxWait;
    private final JsonMapper json;

    public ConcurrencyLimit(int maxConcurrent, Duration maxWait, JsonMapper json) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Service momentanément saturé",
                    "Trop de demandes en cours. Réessayez dans quelques secondes."), json);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
