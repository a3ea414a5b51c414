package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundRobinAssignmentTests {

    private static final List<String> ACTIVE = List.of("asha", "ravi", "sara");

    @Test
    void firstTurnGoesToTheFirstReviewer() {
        assertThat(RoundRobinAssignment.following(null, ACTIVE)).contains("asha");
    }

    @Test
    void turnsWalkTheListAndWrapAround() {
        assertThat(RoundRobinAssignment.following("asha", ACTIVE)).contains("ravi");
        assertThat(RoundRobinAssignment.following("ravi", ACTIVE)).contains("sara");
        assertThat(RoundRobinAssignment.following("sara", ACTIVE)).contains("asha");
    }

    @Test
    void aReviewerWhoLeftThePoolDoesNotSkewTheTurn() {
        // "mohan" went on leave after his turn: the next one after him in order takes the next turn.
        assertThat(RoundRobinAssignment.following("mohan", ACTIVE)).contains("ravi");
    }

    @Test
    void noActiveReviewerMeansNoAssignee() {
        assertThat(RoundRobinAssignment.following("asha", List.of())).isEqualTo(Optional.empty());
    }
}
