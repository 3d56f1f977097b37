package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.ContactPointChanged;
import fr.renfortrh.contracts.events.EstablishmentCorrected;
import fr.renfortrh.contracts.events.EstablishmentRejected;
import fr.renfortrh.contracts.events.EstablishmentVerificationWithdrawn;
import fr.renfortrh.contracts.events.EstablishmentVerified;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fr.renfortrh.needs.domain.Fixtures.CLAIRE;
import static fr.renfortrh.needs.domain.Fixtures.EHPAD_ROUEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EstablishmentTest {

    private static final Instant CORRECTED_AT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theRequesterBecomesAdminAndTheEstablishmentWaitsForTheArs() {
        var requested = Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate();

        assertThat(requested.status()).isEqualTo(EstablishmentStatus.PENDING_VERIFICATION);
        assertThat(requested.isAdmin("claire")).isTrue();
        assertThat(requested.department()).isEqualTo("76");
        assertThat(requested.latitude()).isBetween(49.4, 49.5);
    }

    @Test
    void verificationIsAnnouncedWithTheStaffSoOtherServicesCanCheckMembership() {
        var change = Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate().verify(Fixtures.ARS);

        assertThat(change.events()).singleElement().isInstanceOfSatisfying(EstablishmentVerified.class,
                e -> assertThat(e.establishment().staffAccountIds()).containsExactly("claire"));
    }

    @Test
    void onlyAPendingEstablishmentIsRefusedItsStaffToldAndItsAdminSubmitsItAgainWithTheReasonKeptForTheArs() {
        var requested = Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate()
                .invite("claire", "paul@ehpad.fr").aggregate()
                .join(new Member("paul", "paul@ehpad.fr", "Paul", false)).aggregate();
        var refused = requested.reject("  Numéro FINESS d'un autre établissement  ", Fixtures.ARS);

        assertThat(refused.aggregate().status()).isEqualTo(EstablishmentStatus.REJECTED);
        assertThat(refused.aggregate().decision())
                .isEqualTo(Fixtures.ARS.to(Decision.Outcome.REJECTED, "Numéro FINESS d'un autre établissement"));
        assertThat(refused.events()).last().isInstanceOfSatisfying(EstablishmentRejected.class,
                e -> assertThat(e.establishment().staffAccountIds()).containsExactly("claire", "paul"));
        assertThatThrownBy(() -> refused.aggregate().resubmit("paul")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> requested.resubmit("claire")).isInstanceOf(StateConflict.class);

        var resubmitted = refused.aggregate().resubmit("claire").aggregate();

        assertThat(resubmitted.status()).isEqualTo(EstablishmentStatus.PENDING_VERIFICATION);
        assertThat(resubmitted.rejectionReason()).isEqualTo("Numéro FINESS d'un autre établissement");
        var verified = resubmitted.verify(Fixtures.ARS).aggregate();
        assertThat(verified.rejectionReason()).isNull();
        assertThat(verified.decision().outcome()).isEqualTo(Decision.Outcome.VERIFIED);
        assertThat(verified.earlierDecisions()).extracting(Decision::outcome, Decision::reason)
                .containsExactly(tuple(Decision.Outcome.REJECTED, "Numéro FINESS d'un autre établissement"));
        assertThatThrownBy(() -> refused.aggregate().reject("Encore", Fixtures.ARS)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> resubmitted.verify(Fixtures.ARS).aggregate().reject("Déjà vérifié", Fixtures.ARS)).isInstanceOf(StateConflict.class);
    }

    @Test
    void theArsWithdrawsAVerifiedEstablishmentsVerificationWithAReasonAndItsAdminMaySubmitItAgain() {
        var verified = Fixtures.verifiedEhpad();
        assertThatThrownBy(() -> verified.withdrawVerification(" ", Fixtures.ARS)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate().withdrawVerification("Motif", Fixtures.ARS))
                .isInstanceOf(StateConflict.class);

        var withdrawn = verified.withdrawVerification(" Activité fermée ", Fixtures.ARS);

        assertThat(withdrawn.aggregate().isVerified()).isFalse();
        assertThat(withdrawn.aggregate().rejectionReason()).isEqualTo("Activité fermée");
        assertThat(withdrawn.events()).last().isInstanceOfSatisfying(EstablishmentVerificationWithdrawn.class,
                e -> assertThat(e.establishment().verified()).isFalse());
        assertThat(withdrawn.aggregate().resubmit("claire").aggregate().status()).isEqualTo(EstablishmentStatus.PENDING_VERIFICATION);
    }

    @Test
    void anUnknownCommuneOrABadPhoneIsRefused() {
        var elsewhere = new Details("X", LegalStatus.PUBLIC, EstablishmentCategory.CH, null, "75056", null, null);
        assertThatThrownBy(() -> Establishment.request("e1", "760780007", elsewhere, CLAIRE)).isInstanceOf(RuleViolation.class);
        var badPhone = new Details("X", LegalStatus.PUBLIC, EstablishmentCategory.CH, null, "76540", null, "12345");
        assertThatThrownBy(() -> Establishment.request("e1", "760780007", badPhone, CLAIRE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anInvitedColleagueJoinsWithTheInvitedEmailOnlyAndOnlyAdminsInvite() {
        var establishment = Fixtures.verifiedEhpad();
        var invited = establishment.invite("claire", "Paul@EHPAD.fr").aggregate();

        var joined = invited.join(new Member("paul", "paul@ehpad.fr", "Paul", false)).aggregate();

        assertThat(joined.hasMember("paul")).isTrue();
        assertThat(joined.isAdmin("paul")).isFalse();
        assertThat(joined.invitedEmails()).isEmpty();
        assertThatThrownBy(() -> invited.join(new Member("eve", "eve@evil.fr", "Eve", false))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> joined.invite("paul", "x@y.fr")).isInstanceOf(Forbidden.class);
    }

    @Test
    void theFirstInvitedStaffMemberOfAnEstablishmentRegisteredByTheArsBecomesItsAdmin() {
        var registered = Establishment.registeredByArs("e2", "140000035", EHPAD_ROUEN, List.of("Claire@Ehpad.fr"), Fixtures.ARS);
        assertThat(registered.aggregate().isVerified()).isTrue();
        assertThat(registered.events()).singleElement().isInstanceOf(EstablishmentVerified.class);

        var joined = registered.aggregate().join(CLAIRE);

        assertThat(joined.aggregate().isAdmin("claire")).isTrue();
        assertThat(joined.events()).last().isInstanceOfSatisfying(ContactPointChanged.class,
                contact -> assertThat(contact.accountId()).isEqualTo("claire"));
    }

    @Test
    void aMemberLeavesByThemselvesOnlyAnAdminRemovesOthersAndTheLastAdminStays() {
        var ehpad = Fixtures.verifiedEhpad().invite("claire", "paul@ehpad.fr").aggregate()
                .join(new Member("paul", "paul@ehpad.fr", "Paul", false)).aggregate()
                .invite("claire", "lea@ehpad.fr").aggregate()
                .join(new Member("lea", "lea@ehpad.fr", "Léa", false)).aggregate();

        assertThat(ehpad.remove("paul", "paul").aggregate().hasMember("paul")).isFalse();
        assertThatThrownBy(() -> ehpad.remove("paul", "lea")).isInstanceOf(Forbidden.class);
        assertThat(ehpad.remove("claire", "lea").aggregate().hasMember("lea")).isFalse();
        assertThatThrownBy(() -> ehpad.remove("claire", "claire")).isInstanceOf(StateConflict.class);
    }

    @Test
    void aStaffMemberAsksToJoinAndOnlyAnAdminLetsThemIn() {
        var ehpad = Fixtures.verifiedEhpad();
        var paul = new Member("paul", "Paul@Ehpad.fr", "Paul Leroy", true);

        var asked = ehpad.requestToJoin(paul).aggregate();
        assertThat(asked.hasJoinRequestFrom("paul")).isTrue();
        assertThat(asked.hasMember("paul")).isFalse();
        assertThat(asked.requestToJoin(paul).aggregate().joinRequests()).hasSize(1);
        assertThatThrownBy(() -> asked.approveJoin("paul", "paul")).isInstanceOf(Forbidden.class);

        var joined = asked.approveJoin("claire", "paul");
        assertThat(joined.aggregate().hasMember("paul")).isTrue();
        assertThat(joined.aggregate().isAdmin("paul")).as("a request never grants admin").isFalse();
        assertThat(joined.aggregate().joinRequests()).isEmpty();
        assertThat(joined.events()).last().isInstanceOfSatisfying(ContactPointChanged.class,
                contact -> assertThat(contact.email()).isEqualTo("paul@ehpad.fr"));
        assertThatThrownBy(() -> joined.aggregate().requestToJoin(paul)).isInstanceOf(StateConflict.class);
    }

    @Test
    void onceVerifiedWhatTheArsCheckedAgainstTheFinessIsTheArsToCorrect() {
        var verified = Fixtures.verifiedEhpad();
        var renamed = new Details("CHU de Rouen", LegalStatus.PRIVATE_FOR_PROFIT, EstablishmentCategory.CHU,
                "12 rue des Tilleuls", "76351", null, "02 35 00 00 00");
        var newPhone = new Details(EHPAD_ROUEN.name(), EHPAD_ROUEN.legalStatus(), EHPAD_ROUEN.category(), "1 place du Marché",
                EHPAD_ROUEN.communeInsee(), "GHT Rouen Cœur de Seine", "02 35 99 99 99");

        assertThatThrownBy(() -> verified.edit("claire", renamed)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.errors()).extracting(RuleViolation.FieldMessage::field)
                        .containsExactly("details.name", "details.legalStatus", "details.category", "details.communeInsee"));
        assertThat(verified.edit("claire", newPhone).aggregate().details()).isEqualTo(newPhone);
        var corrected = verified.correct(renamed, "Anne Roux", CORRECTED_AT);
        assertThat(corrected.aggregate().details().name()).isEqualTo("CHU de Rouen");
        assertThat(corrected.aggregate().isVerified()).isTrue();
        assertThat(corrected.events()).last().isInstanceOfSatisfying(EstablishmentCorrected.class,
                e -> assertThat(e).extracting(c -> c.establishment().name(), EstablishmentCorrected::correctedBy)
                        .containsExactly("CHU de Rouen", "Anne Roux"));
        var pending = Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate();
        assertThat(pending.edit("claire", renamed).aggregate().details().name()).isEqualTo("CHU de Rouen");
    }

    @Test
    void theArsCorrectionsAreKeptNewestFirstWithWhoChangedWhichFieldsAndWhen() {
        var verified = Fixtures.verifiedEhpad();
        var moved = new Details(EHPAD_ROUEN.name(), EHPAD_ROUEN.legalStatus(), EHPAD_ROUEN.category(), "12 quai de Southampton",
                "76351", EHPAD_ROUEN.ght(), EHPAD_ROUEN.phone());
        var renamed = new Details("EHPAD du Port", moved.legalStatus(), moved.category(), moved.address(), moved.communeInsee(),
                moved.ght(), moved.phone());

        var once = verified.correct(moved, "Anne Roux", CORRECTED_AT).aggregate();
        var twice = once.correct(renamed, "Paul Martin", CORRECTED_AT.plusSeconds(3600)).aggregate();

        assertThat(twice.corrections()).containsExactly(
                new Correction("Paul Martin", CORRECTED_AT.plusSeconds(3600), List.of("name")),
                new Correction("Anne Roux", CORRECTED_AT, List.of("address", "communeInsee")));
        assertThat(twice.decision()).isEqualTo(verified.decision());
        var unchanged = twice.correct(renamed, "Paul Martin", CORRECTED_AT.plusSeconds(7200));
        assertThat(unchanged.aggregate()).isEqualTo(twice);
        assertThat(unchanged.events()).isEmpty();
    }
}
