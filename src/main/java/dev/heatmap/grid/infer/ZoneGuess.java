package dev.heatmap.grid.infer;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "which time zone does this actor live in?": candidate UTC offsets ranked by how
 * well the activity fits a daily life there, best first, with the habits found for the best.
 *
 * @param best the best offset ({@code +08:00}), or null when the data say nothing
 * @param candidates the ranked candidates, best first
 * @param warning a plain warning when the data are too few or too flat to trust, or the answer is
 *     ambiguous or contradicted by the second opinion, else null
 * @param dst what the dates say about daylight saving time for the best candidate (it is kept, as
 *     in some zone; it is not; the data cannot tell), or null when no zone of that offset keeps it
 * @param explanation why the best candidate won, or null when there is no best
 */
public record ZoneGuess(
    String best, List<Candidate> candidates, String warning, String dst, Explanation explanation) {
  public ZoneGuess {
    candidates = List.copyOf(candidates);
  }

  /** A guess with no explanation. */
  public ZoneGuess(String best, List<Candidate> candidates, String warning, String dst) {
    this(best, candidates, warning, dst, null);
  }

  /** A guess with nothing to say about daylight saving time. */
  public ZoneGuess(String best, List<Candidate> candidates, String warning) {
    this(best, candidates, warning, null, null);
  }

  /**
   * Why the best candidate won, in the analyst's words.
   *
   * @param confidence {@code likely} (score ≥ 0.8), {@code plausible} (≥ 0.5) or {@code ambiguous};
   *     from the calibrated score bands of the harness
   * @param life the family of life that fits best ({@code office}, {@code evening}, ...)
   * @param window the local working window found: {@code work 09:15–18:00, lunch 13:00–14:00, quiet
   *     23:30–07:00, rest days Saturday, Sunday}
   * @param restDays the rest days found, in words ({@code Friday, Saturday}; {@code none})
   * @param ambiguity when two readings are close, both in words ({@code ambiguous: an office day at
   *     +03:00 or evening activity after a day job at -04:00}), else null
   * @param secondOpinion the offset the quiet-window position alone gives (the middle of the
   *     quietest eight hours taken as 03:30 local), or null when the activity has no quiet window
   * @param agrees whether the second opinion is within an hour of the best candidate
   */
  public record Explanation(
      String confidence,
      String life,
      String window,
      String restDays,
      String ambiguity,
      String secondOpinion,
      boolean agrees) {}

  /**
   * One candidate offset.
   *
   * @param offset the offset as {@code ±HH:MM}
   * @param score how well the activity fits, higher is better (comparable within one guess): the
   *     posterior probability of this offset, 0 to 1
   * @param zones IANA zones that show this offset for most of the data's time, best-fitting first
   * @param dstFit of {@code zones}, those whose daylight-saving rules fit the dates' evidence
   * @param life the family of life that fits best at this offset, or null
   * @param window the local working window found at this offset, or null
   */
  public record Candidate(
      String offset,
      double score,
      List<String> zones,
      List<String> dstFit,
      String life,
      String window) {
    public Candidate {
      Objects.requireNonNull(offset, "offset");
      zones = List.copyOf(zones);
      dstFit = List.copyOf(dstFit);
    }

    /** A candidate with no habits to show. */
    public Candidate(String offset, double score, List<String> zones, List<String> dstFit) {
      this(offset, score, zones, dstFit, null, null);
    }
  }
}
