package fr.renfortrh.platform.domain;

/** The action does not fit the resource's current state (e.g. publishing a cancelled need); answered 409. */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
