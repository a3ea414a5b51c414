package io.backops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PanTests {

    @ParameterizedTest
    @ValueSource(strings = {"ABCPR1234", "abcpr1234k", "ABCPR12345", "1BCPR1234K", "ABCPR1234KK", ""})
    void malformedPanIsRefused(String value) {
        assertThat(Pan.isValid(value)).isFalse();
        assertThatThrownBy(() -> new Pan(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fourthLetterTellsAnIndividual() {
        assertThat(new Pan("ABCPR1234K").isIndividual()).isTrue();
        assertThat(new Pan("ABCCR1234K").isIndividual()).isFalse();
    }

    @Test
    void onlyTheLastFourCharactersShow() {
        assertThat(new Pan("ABCPR1234K").masked()).isEqualTo("******234K");
        assertThat(new Pan("ABCPR1234K")).hasToString("******234K");
        assertThat(Pan.mask(null)).isEqualTo("****");
    }
}
