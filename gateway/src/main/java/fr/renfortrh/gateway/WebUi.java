package fr.renfortrh.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/** The single-page UI's own paths all answer its index page; the browser-side router takes it from there. */
@Configuration(proxyBeanMethods = false)
class WebUi {

    static final String[] PUBLIC_PAGES = {"/mentions-legales", "/donnees-personnelles", "/accessibilite"};

    @Bean
    RouterFunction<ServerResponse> singlePageRoutes(@Value("classpath:/static/index.html") Resource index) {
        var pages = GET("/espace").or(GET("/espace/**"));
        for (String page : PUBLIC_PAGES) {
            pages = pages.or(GET(page));
        }
        return route(pages, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index));
    }
}
