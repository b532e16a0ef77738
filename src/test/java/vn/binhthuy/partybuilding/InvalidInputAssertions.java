package vn.binhthuy.partybuilding;

import vn.binhthuy.partybuilding.base.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on input a service refuses. */
public final class InvalidInputAssertions {

    private InvalidInputAssertions() {
    }

    /** The action is refused as invalid input, with this message key. */
    public static void expectKey(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
