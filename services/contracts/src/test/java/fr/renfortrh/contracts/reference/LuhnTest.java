package fr.renfortrh.contracts.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LuhnTest {

    @Test
    void theCheckDigitCompletesANumberThatThenPassesAndAnyOtherLastDigitFails() {
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.checkDigit("1000345678")).isEqualTo(6);
        assertThat(Luhn.isValid("10003456786")).isTrue();
        assertThat(Luhn.isValid("10003456787")).isFalse();
    }

    @Test
    void aCorsicanFinessCountsItsDepartmentAsTwenty() {
        assertThat(FinessKey.of("2A000001")).isEqualTo(FinessKey.of("20000001"));
        assertThat(FinessKey.complete("76000001")).hasSize(9).startsWith("76000001");
    }
}
