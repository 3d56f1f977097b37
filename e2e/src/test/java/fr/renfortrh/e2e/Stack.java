package fr.renfortrh.e2e;

import java.util.List;

/** Addresses of the launched stack; the defaults are those `./renfort up` prints. */
final class Stack {

    static final String GATEWAY = setting("GATEWAY_URL", "http://localhost:8080");
    static final String KEYCLOAK = setting("KEYCLOAK_URL", "http://localhost:8180");
    /** Read by the erasure check only: the tests act through the gateway. */
    static final String MONGODB = setting("MONGODB_URI", "mongodb://localhost:27017");
    static final String KAFKA = setting("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    /** The services themselves, for their OpenAPI documents (every call under test goes through the gateway). */
    static final String VOLUNTEER_PROFILE = setting("VOLUNTEER_PROFILE_URL", "http://localhost:8081");
    static final String ESTABLISHMENT_NEEDS = setting("ESTABLISHMENT_NEEDS_URL", "http://localhost:8082");
    static final String MATCHING = setting("MATCHING_URL", "http://localhost:8083");
    static final String NOTIFICATION = setting("NOTIFICATION_URL", "http://localhost:8084");
    static final List<String> SERVICES = List.of(VOLUNTEER_PROFILE, ESTABLISHMENT_NEEDS, MATCHING, NOTIFICATION);
    /** GreenMail's API, to read the mails the notification service sent. */
    static final String MAIL_API = setting("MAIL_API_URL", "http://localhost:8025");
    static final String REALM = KEYCLOAK + "/realms/renfort";
    static final String ADMIN_USER = setting("KEYCLOAK_ADMIN", "admin");
    static final String ADMIN_PASSWORD = setting("KEYCLOAK_ADMIN_PASSWORD", "admin");
    /** Test-only client of the dev realm allowed the password grant; production realms do not have it. */
    static final String E2E_CLIENT = "renfort-e2e";
    static final String E2E_SECRET = setting("E2E_CLIENT_SECRET", "renfort-e2e-dev-secret");

    private Stack() {
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
