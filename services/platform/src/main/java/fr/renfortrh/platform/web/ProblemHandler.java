package fr.renfortrh.platform.web;

import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.events.Retries;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.stream.Collectors;

/** Turns every error into application/problem+json; never a stack trace, never a 500 for bad input. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return Problems.invalid(e.errors().stream().map(f -> Problems.fieldError(f.field(), f.message())).toList());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Introuvable", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return Problems.forbidden(e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return Problems.forbidden("Votre rôle ne permet pas cette action.");
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail stateConflict(StateConflict e) {
        return Problems.of(HttpStatus.CONFLICT, "state-conflict", "Action impossible dans l'état actuel", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(OptimisticLockingFailureException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Modification concurrente",
                "Ces données ont été modifiées entre-temps. Rechargez-les puis recommencez.");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, "already-exists", "Déjà existant", "Cette ressource existe déjà.");
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service momentanément indisponible",
                        "Réessayez dans quelques secondes."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(Problems.fieldError(e.getName(), "Valeur non reconnue : " + e.getValue())));
    }

    /** A query parameter whose bytes are not UTF-8, which Tomcat refuses to decode. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        return Problems.invalid(List.of(Problems.fieldError("parameters", "Paramètre illisible : il doit être encodé en UTF-8.")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Retries.databaseUnreachable(e)) { // e.g. the driver's pool paused after a timeout, not translated as such
            return databaseDown(e);
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Erreur interne", "Une erreur inattendue est survenue. Elle a été enregistrée."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Problems.fieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(Problems.fieldError(g.getObjectName(), g.getDefaultMessage())));
        return problem(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Problems.fieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = path(json);
            String message = json instanceof UnrecognizedPropertyException
                    ? "Champ inconnu."
                    : "Valeur invalide ou mal formée.";
            return problem(Problems.invalid(List.of(Problems.fieldError(field, message))));
        }
        return problem(Problems.invalid(List.of(Problems.fieldError("body", "Corps de requête JSON absent ou mal formé."))));
    }

    /**
     * Spring MVC's own errors (no such address, method or format, a missing parameter) in French like the others: the
     * UI shows a problem's title and detail as they are.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = switch (e) {
            case MissingServletRequestParameterException missing ->
                    Problems.invalid(List.of(Problems.fieldError(missing.getParameterName(), "Paramètre obligatoire.")));
            case NoResourceFoundException ignored ->
                    Problems.of(status, "not-found", "Introuvable", "Aucune ressource à cette adresse.");
            case HttpRequestMethodNotSupportedException method -> Problems.of(status, "method-not-allowed",
                    "Méthode non autorisée", "Cette adresse n'accepte pas la méthode " + method.getMethod() + ".");
            case HttpMediaTypeNotSupportedException ignored -> Problems.of(status, "unsupported-media-type",
                    "Format non pris en charge", "Envoyez le corps de la requête en JSON (application/json).");
            case HttpMediaTypeNotAcceptableException ignored -> Problems.of(status, "not-acceptable",
                    "Format non disponible", "Cette ressource n'existe pas dans le format demandé.");
            default -> null;
        };
        if (problem == null) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        return ResponseEntity.status(status).headers(headers).contentType(Problems.MEDIA_TYPE).body(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.MEDIA_TYPE).body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
