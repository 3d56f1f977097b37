package fr.renfortrh.matching.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param answerDelay          time a volunteer has to answer a contact request
 * @param criticalAnswerDelay  the same for a CRITICAL need
 * @param shortlistSize        candidates shown for a need
 * @param proposalsPerPosition volunteers proposed per open position when a need is published
 * @param allocationTime       how long the regional optimiser may search
 * @param allocationBoundTime  how long a plan's upper bound may take after the search: GLOP a tenth of it for the arc
 *                             LP, the tighter configuration LP's column generation the rest (it keeps the lowest bound
 *                             it meets)
 * @param requestsPerOpenPosition requests outstanding per open position when asking in waves
 * @param indicatorsMaxAge     how old the ARS's indicators may be before they are computed again
 */
@ConfigurationProperties("renfort.matching")
public record MatchingSettings(Duration answerDelay, Duration criticalAnswerDelay, int shortlistSize,
                               int proposalsPerPosition, Duration allocationTime, Duration allocationBoundTime,
                               int requestsPerOpenPosition, Duration indicatorsMaxAge) {
}
