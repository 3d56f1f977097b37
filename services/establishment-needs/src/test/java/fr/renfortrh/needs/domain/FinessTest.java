package fr.renfortrh.needs.domain;

import fr.renfortrh.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinessTest {

    @Test
    void aNumberWithTheRightKeyIsAcceptedAndNormalised() {
        assertThat(Finess.validate("finess", "76 078 0007")).isEqualTo("760780007");
        assertThat(Finess.validate("finess", "2a0000123")).isEqualTo("2A0000123");
    }

    @Test
    void aWrongKeyOrAMalformedNumberIsRefusedOnItsField() {
        for (String wrong : new String[]{"760780008", "76078000", "7607800071", "ZZ0000001", ""}) {
            assertThatThrownBy(() -> Finess.validate("finess", wrong))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("finess"));
        }
    }
}
