package dev.heatmap.grid.calendar;

import java.time.LocalDate;

/**
 * A run of consecutive local days far quieter than the actor's weekday pattern predicts (see {@link
 * DayModel} for the rule).
 *
 * @param from the first day
 * @param to the last day
 * @param events the events seen over the run
 * @param expected the events the weekday pattern predicts over the run
 * @param p how likely a run this quiet is by chance (the test's p-value)
 */
public record QuietStretch(LocalDate from, LocalDate to, long events, double expected, double p) {
  /** The run's length in days. */
  public int days() {
    return (int) (to.toEpochDay() - from.toEpochDay() + 1);
  }
}
