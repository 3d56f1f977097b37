package fr.renfortrh.platform.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

import java.util.stream.Stream;

/**
 * Tomcat's own refusals answer problem+json ({@link ProblemErrorReportValve} in place of the HTML valve Boot installs),
 * and its header limit is above what the gateway lets through plus what it adds (the relayed token), so that a request
 * the gateway accepted is not refused here. Runs after Boot's customizer, whose choices it replaces.
 */
public class TomcatRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** Request line and headers together: the gateway's limits (8 KB and 16 KB) plus what it adds. */
    static final int MAX_REQUEST_HEADERS = 32 * 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // the host adds a valve of this class when it starts, unless it finds one
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                Pipeline pipeline = host.getPipeline();
                Stream.of(pipeline.getValves()).filter(ErrorReportValve.class::isInstance).forEach(pipeline::removeValve);
                pipeline.addValve(new ProblemErrorReportValve());
            }
        });
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxHttpRequestHeaderSize(Math.max(http.getMaxHttpRequestHeaderSize(), MAX_REQUEST_HEADERS));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
