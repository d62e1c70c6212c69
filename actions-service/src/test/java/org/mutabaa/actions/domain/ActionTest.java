package org.mutabaa.actions.domain;

import org.junit.jupiter.api.Test;
import org.mutabaa.platform.domain.ConflictException;
import org.mutabaa.platform.domain.InvalidFieldException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An action's status is written by the action alone, by its workflow's rules. */
class ActionTest {

    static final OffsetDateTime MONDAY = OffsetDateTime.of(2027, 3, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime TUESDAY = MONDAY.plusDays(1);

    @Test
    void doneRecordsWhenAndReopeningClearsIt() {
        Action action = new Action();

        assertThat(action.moveTo(Action.Status.DONE, null, MONDAY)).isEqualTo(Action.Status.OPEN);
        assertThat(action.completedAt).isEqualTo(MONDAY);
        assertThat(action.updatedAt).isEqualTo(MONDAY);

        assertThat(action.moveTo(Action.Status.IN_PROGRESS, "the evidence was incomplete", TUESDAY))
                .isEqualTo(Action.Status.DONE);
        assertThat(action.status).isEqualTo(Action.Status.IN_PROGRESS);
        assertThat(action.statusReason).isEqualTo("the evidence was incomplete");
        assertThat(action.completedAt).isNull();
        assertThat(action.updatedAt).isEqualTo(TUESDAY);
    }

    @Test
    void aMoveTheWorkflowForbidsIsAConflictAndChangesNothing() {
        Action action = new Action();
        action.moveTo(Action.Status.CANCELLED, "no longer needed", MONDAY);

        assertThatThrownBy(() -> action.moveTo(Action.Status.OPEN, "again", TUESDAY))
                .isInstanceOf(ConflictException.class)
                .hasMessage("an action that is CANCELLED cannot become OPEN; it is final");
        assertThatThrownBy(() -> action.moveTo(Action.Status.CANCELLED, null, TUESDAY))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the action is already CANCELLED");
        assertThat(action.status).isEqualTo(Action.Status.CANCELLED);
        assertThat(action.statusReason).isEqualTo("no longer needed");
        assertThat(action.updatedAt).isEqualTo(MONDAY);
    }

    @Test
    void aMoveThatMustSayWhyIsRefusedWithoutAReasonAndChangesNothing() {
        Action action = new Action();
        assertThatThrownBy(() -> action.moveTo(Action.Status.BLOCKED, "  ", MONDAY))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("reason: is required for BLOCKED");
        assertThat(action.status).isEqualTo(Action.Status.OPEN);
        assertThat(action.updatedAt).isNull();

        action.moveTo(Action.Status.DONE, " ", MONDAY);
        assertThat(action.statusReason).as("a blank reason where none is due is no reason").isNull();
        assertThatThrownBy(() -> action.moveTo(Action.Status.OPEN, null, TUESDAY))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("reason: is required to reopen a done action");
        assertThat(action.status).isEqualTo(Action.Status.DONE);
    }

    @Test
    void aForbiddenMoveIsAConflictBeforeAMissingReason() {
        Action action = new Action();
        action.moveTo(Action.Status.CANCELLED, "no longer needed", MONDAY);
        assertThatThrownBy(() -> action.moveTo(Action.Status.BLOCKED, null, TUESDAY))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void itsDecisionCancelsOnlyWhatIsPendingAndGivesBackOnlyWhatItCancelled() {
        Action done = new Action();
        done.moveTo(Action.Status.DONE, null, MONDAY);
        assertThatThrownBy(() -> done.cancelForDecision("the decision was revoked", TUESDAY))
                .isInstanceOf(ConflictException.class);
        assertThat(done.status).isEqualTo(Action.Status.DONE);
        assertThatThrownBy(() -> done.restoreForDecision(TUESDAY)).isInstanceOf(ConflictException.class);

        Action open = new Action();
        assertThat(open.cancelForDecision("the decision was revoked", MONDAY)).isEqualTo(Action.Status.OPEN);
        assertThat(open.status).isEqualTo(Action.Status.CANCELLED);
        assertThat(open.statusReason).isEqualTo("the decision was revoked");
        assertThat(open.restoreForDecision(TUESDAY)).isEqualTo(Action.Status.CANCELLED);
        assertThat(open.status).isEqualTo(Action.Status.OPEN);
        assertThat(open.statusReason).isNull();
        assertThat(open.updatedAt).isEqualTo(TUESDAY);
    }
}
