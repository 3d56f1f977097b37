package fr.renfortrh.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln-_", "", "a\tb", "Hélène Dupré", "soins 🏥", "a\u0000b",
            "a\rb", "a\nb", "\u0085", "\u007f", "\u0378", "\ud83c", "\u2028", "text/html;q=0.9, */*"})
    void headersAreJudgedExactlyAsSpringSecuritysOwnRulesJudgeThem(String text) {
        assertThat(SecurityConfiguration.assignedAndNotControl(text, false))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
        assertThat(SecurityConfiguration.assignedAndNotControl(text, true))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
    }
}
