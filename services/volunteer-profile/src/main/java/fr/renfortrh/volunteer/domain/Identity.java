package fr.renfortrh.volunteer.domain;

/** Who the volunteer is; the email comes from their Keycloak account. */
public record Identity(String firstName, String lastName, String email) {

    public String initials() {
        return initial(firstName) + initial(lastName);
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase() + ".";
    }
}
