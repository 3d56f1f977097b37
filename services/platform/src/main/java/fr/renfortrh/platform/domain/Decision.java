package fr.renfortrh.platform.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ARS decided on a verification, who decided and when: operators answer for what they verified, refused or
 * withdrew. Decisions recorded before the outcome and reason were kept have neither.
 */
public record Decision(String by, Instant at, Outcome outcome, String reason) {

    public enum Outcome { VERIFIED, REJECTED, VERIFICATION_WITHDRAWN }

    /** A decision the operator takes now, its outcome given by the aggregate it applies to. */
    public static Decision now(String operator, Clock clock) {
        return new Decision(operator, clock.instant(), null, null);
    }

    public Decision to(Outcome outcome, String reason) {
        return new Decision(by, at, outcome, reason);
    }

    /** The decisions before the next one, newest first: the last one taken, if any, then those before it. */
    public static List<Decision> superseding(Decision last, List<Decision> earlier) {
        if (last == null) {
            return earlier;
        }
        var decisions = new ArrayList<Decision>(earlier.size() + 1);
        decisions.add(last);
        decisions.addAll(earlier);
        return List.copyOf(decisions);
    }
}
