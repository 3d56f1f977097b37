package fr.renfortrh.platform.domain;

/** The caller is known but may not act on this resource; answered 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
