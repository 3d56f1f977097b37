package fr.renfortrh.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The single-page UI's own paths all answer its index page; the browser-side router takes it from there. The page is
 * fetched again each time, so a new release shows at once; what it loads is kept for good.
 */
@Configuration(proxyBeanMethods = false)
class WebUi {

    private static final String ASSETS = "/assets/";
    static final String[] PUBLIC_PAGES = {"/mentions-legales", "/donnees-personnelles", "/accessibilite"};

    @Bean
    RouterFunction<ServerResponse> singlePageRoutes(@Value("classpath:/static/index.html") Resource index) {
        var pages = GET("/espace").or(GET("/espace/**"));
        for (String page : PUBLIC_PAGES) {
            pages = pages.or(GET(page));
        }
        return route(pages, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index));
    }

    /**
     * The build names each script, style sheet and font after its content, so a browser may keep them for a year
     * instead of downloading the whole UI again on every visit (the security headers forbid caching otherwise).
     */
    @Bean
    WebFilter immutableAssets() {
        return (exchange, chain) -> {
            if (exchange.getRequest().getPath().value().startsWith(ASSETS)) {
                var response = exchange.getResponse();
                response.beforeCommit(() -> {
                    if (HttpStatus.OK.equals(response.getStatusCode())) {
                        response.getHeaders().setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
                        response.getHeaders().remove(HttpHeaders.PRAGMA);
                        response.getHeaders().remove(HttpHeaders.EXPIRES);
                    }
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }
}
