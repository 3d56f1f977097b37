package fr.renfortrh.platform.domain;

import java.time.Clock;
import java.time.Instant;

/** Who at the ARS decided on a verification, and when: operators answer for what they verified, refused or withdrew. */
public record Decision(String by, Instant at) {

    /** A decision the operator takes now. */
    public static Decision now(String operator, Clock clock) {
        return new Decision(operator, clock.instant());
    }
}
