package fr.renfortrh.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Tomcat refuses before Spring sees it (headers too large, a malformed request line…) is answered with
 * problem+json like everything else, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://renfort-rh.fr/problems/" + (status == 400 ? "malformed-request" : "server-refusal"));
        problem.put("title", status == 400 ? "Requête illisible" : "Requête refusée");
        problem.put("status", status);
        problem.put("detail", status == 400
                ? "L'adresse ou les en-têtes de la requête sont mal formés ou trop longs."
                : "Le serveur a refusé la requête (" + reason(status) + ").");
        try {
            response.setContentType(Problems.MEDIA_TYPE.toString());
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closedMeanwhile) {
            // the client is gone or the response was taken over: nothing more to tell
        }
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
    }
}
