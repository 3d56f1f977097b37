package fr.renfortrh.gateway;

import fr.renfortrh.platform.security.JwtValidation;
import fr.renfortrh.platform.security.KeycloakRoles;
import fr.renfortrh.platform.security.SecurityProperties;
import fr.renfortrh.platform.security.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Browsers log in with Keycloak (authorization code + PKCE) and keep a server-side session; API clients send
 * bearer tokens. Who may call each API endpoint is decided by the services; here only "signed in or not".
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    /** WebFlux's session cookie: its presence is what makes a request carry ambient credentials. */
    private static final String SESSION_COOKIE = "SESSION";

    /** Both chains answer cross-origin calls the same way. */
    private final CorsConfigurationSource crossOrigin;

    SecurityConfiguration(@Value("${renfort.cors.allowed-origins:}") List<String> corsOrigins) {
        this.crossOrigin = crossOrigin(corsOrigins);
    }

    /**
     * Bearer calls (API clients, the benches, the e2e suite) carry their identity in each request, so their chain has
     * no session, login, logout, saved request nor CSRF token: a bearer call never opens nor looks up a session.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerCalls(ServerHttpSecurity http, SecurityProperties tokens) {
        return http
                .securityMatcher(exchange -> bearer(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch())
                .authorizeExchange(SecurityConfiguration::whoMayCall)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(new KeycloakRoles())))
                        .authenticationEntryPoint(entryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(crossOrigin))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(headers -> securityHeaders(headers, tokens))
                .build();
    }

    @Bean
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                    SecurityProperties tokens) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        var csrfHandler = new ServerCsrfTokenRequestAttributeHandler();
        return http
                .authorizeExchange(SecurityConfiguration::whoMayCall)
                .oauth2Login(login -> login.authorizationRequestResolver(resolver)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/espace")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                .cors(cors -> cors.configurationSource(crossOrigin))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .requireCsrfProtectionMatcher(sessionRequestsThatChangeState())
                        .accessDeniedHandler((exchange, denied) -> Problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN,
                                "csrf", "Jeton de sécurité manquant", "Rechargez la page puis recommencez.")))
                .headers(headers -> securityHeaders(headers, tokens))
                .build();
    }

    /** An API address under public/ carries its own credential (a calendar's secret), which its service checks. */
    private static void whoMayCall(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
        exchange.pathMatchers("/", "/index.html", "/assets/**", "/favicon.ico", "/api/*/public/**",
                        "/actuator/health/**", "/login/**", "/oauth2/**", "/logout").permitAll()
                .pathMatchers(WebUi.PUBLIC_PAGES).permitAll()
                // the aggregated API documentation is for the ARS and its developers
                .pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/webjars/**")
                .access((authentication, context) -> authentication
                        .<AuthorizationResult>map(a -> new AuthorizationDecision(MeController.rolesOf(a).contains("ars-operator")))
                        .defaultIfEmpty(new AuthorizationDecision(false)))
                .anyExchange().authenticated();
    }

    private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, SecurityProperties tokens) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tokens)))
                .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /**
     * Only cookie-authenticated calls can be forged cross-site: calls without a session (anonymous, answered 401
     * further on) and safe methods are exempt; bearer calls never come this way.
     */
    private static ServerWebExchangeMatcher sessionRequestsThatChangeState() {
        return exchange -> {
            var request = exchange.getRequest();
            boolean session = request.getCookies().containsKey(SESSION_COOKIE);
            return SAFE_METHODS.contains(request.getMethod()) || !session ? MatchResult.notMatch() : MatchResult.match();
        };
    }

    private static boolean bearer(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Only the configured origins (none by default) may call the API from another site's pages. */
    private static CorsConfigurationSource crossOrigin(List<String> origins) {
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins.stream().filter(origin -> !origin.isBlank()).toList());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN", TrustedHeaders.CORRELATION_ID));
        configuration.setExposedHeaders(List.of(TrustedHeaders.CORRELATION_ID, "Retry-After"));
        configuration.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    private static String contentSecurityPolicy(SecurityProperties tokens) {
        String keycloak = tokens.issuer().replaceFirst("(https?://[^/]+).*", "$1");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; "
                + "form-action 'self' " + keycloak;
    }

    /** API calls get a problem+json 401; pages go to the Keycloak login. */
    private static ServerAuthenticationEntryPoint entryPoint() {
        var login = new RedirectServerAuthenticationEntryPoint(LOGIN_PATH);
        return (exchange, e) -> {
            var request = exchange.getRequest();
            boolean api = request.getPath().value().startsWith("/api/")
                    || request.getHeaders().getAccept().stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)
                    && request.getHeaders().getAccept().stream().noneMatch(MediaType.TEXT_HTML::equals);
            if (api) {
                exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"renfort\"");
                return Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthorized",
                        "Authentification requise", "Connectez-vous pour accéder à cette ressource.");
            }
            return login.commence(exchange, e);
        };
    }

    /**
     * WebFlux writes the CSRF cookie only if someone subscribes to the token: the single-page UI needs it. Bearer
     * calls have none (their chain has no CSRF protection), and making one would move the rest of the request onto
     * another thread.
     */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token != null ? token.then() : Mono.<Void>empty()).then(chain.filter(exchange));
        };
    }

    /** Built here rather than by issuer discovery, so the gateway starts before Keycloak answers. */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakClient client, SecurityProperties tokens) {
        String internal = client.internalIssuer() + "/protocol/openid-connect";
        return new InMemoryReactiveClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(tokens.issuer())
                .authorizationUri(tokens.issuer() + "/protocol/openid-connect/auth")
                .tokenUri(internal + "/token")
                .jwkSetUri(tokens.jwkSetUri())
                .userInfoUri(internal + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        tokens.issuer() + "/protocol/openid-connect/logout"))
                .clientName("Keycloak")
                .build());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties tokens) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(tokens.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidation.validator(tokens));
        VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());
        return token -> verified.find(token).map(Mono::just).orElseGet(() -> decoder.decode(token).map(verified::remember));
    }

    /**
     * Spring Security's strict firewall, with its header rules (assigned characters, no control character but tab
     * in values) checked by a loop: its regular expressions, run on the bearer token at every read of the header,
     * were a twentieth of the gateway's work.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        var firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(name -> assignedAndNotControl(name, false));
        firewall.setAllowedHeaderValues(value -> assignedAndNotControl(value, true));
        return firewall;
    }

    /** What the firewall refuses (an encoded slash, a control character in a header) is answered like any bad request. */
    @Bean
    ServerExchangeRejectedHandler rejectedExchanges() {
        return (exchange, rejected) -> Problems.write(exchange.getResponse(), HttpStatus.BAD_REQUEST, "rejected-request",
                "Requête refusée", "Cette adresse ou ses en-têtes contiennent des caractères refusés.");
    }

    /** Also true of a header that is absent (null): the firewall checks what each read returns. */
    static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c >= 0x20 && c < 0x7f
                    || tabAllowed && c == '\t'
                    || Character.isDefined(c) && !Character.isISOControl(c);
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Requests are timed as a whole already; timing each security filter too cost more than it told. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
