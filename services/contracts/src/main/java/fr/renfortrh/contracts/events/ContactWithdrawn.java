package fr.renfortrh.contracts.events;

import java.util.Set;

/**
 * A pending request was withdrawn, the reason said in French: the volunteer was confirmed elsewhere for overlapping
 * shifts or lost their verification (reasons about the volunteer, which the establishment needs to hear), or the need
 * was cancelled, filled, expired or moved (reasons about the need, which the volunteer needs to hear).
 */
public record ContactWithdrawn(String proposalId, String needId, String establishmentId,
                               String volunteerId, String reason) implements DomainEvent {

    public static final String BOOKED_ELSEWHERE = "Le volontaire a été confirmé sur une autre mission à ces dates.";
    public static final String VERIFICATION_WITHDRAWN = "L'ARS a retiré la vérification du profil de ce volontaire.";
    private static final Set<String> ABOUT_THE_VOLUNTEER = Set.of(BOOKED_ELSEWHERE, VERIFICATION_WITHDRAWN);

    @Override
    public String aggregateId() {
        return proposalId;
    }

    public boolean aboutTheVolunteer() {
        return ABOUT_THE_VOLUNTEER.contains(reason);
    }
}
