package dev.heatmap.grid.infer;

/**
 * The families of daily life the inference knows, competing under a prior. Each ties activity to
 * local time of day in its own way, so each says something different about the offset: an office
 * day by its start, lunch and end; evening activity after a day job by the hour it starts and the
 * hour of bed; a late riser and the sleep-only life only by the position of the night; shift work
 * by shift changes on the hour. The priors are a judgment for the inputs an analyst brings (chat
 * and work logs of people at work): most are office days.
 */
public enum Life {
  OFFICE(0.78, "an office day"),
  EVENING(0.06, "evening activity after a day job"),
  LATE_RISER(0.04, "a late riser's day"),
  SHIFT(0.04, "shift work"),
  SLEEP_ONLY(0.08, "a day and a night");

  /** The prior weight (sums to 1 over the values). */
  final double prior;

  /** The family in words, for "ambiguous: an office day at +03:00 or ...". */
  public final String words;

  Life(double prior, String words) {
    this.prior = prior;
    this.words = words;
  }

  /** The family's JSON name: {@code office}, {@code late_riser}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
