package fr.renfortrh.platform.domain;

/** The resource does not exist, or the caller may not know that it does; answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
