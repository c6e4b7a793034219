package dev.heatmap.grid.infer;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "which time zone does this actor live in?": candidate UTC offsets ranked by how
 * well the activity fits a working life there, best first.
 *
 * @param best the best offset ({@code +08:00}), or null when the data say nothing
 * @param candidates the ranked candidates, best first
 * @param warning a plain warning when the data are too few or too flat to trust, else null
 * @param dst what the dates say about daylight saving time for the best candidate (it is kept, as
 *     in some zone; it is not; the data cannot tell), or null when no zone of that offset keeps it
 */
public record ZoneGuess(String best, List<Candidate> candidates, String warning, String dst) {
  public ZoneGuess {
    candidates = List.copyOf(candidates);
  }

  /** A guess with nothing to say about daylight saving time. */
  public ZoneGuess(String best, List<Candidate> candidates, String warning) {
    this(best, candidates, warning, null);
  }

  /**
   * One candidate offset.
   *
   * @param offset the offset as {@code ±HH:MM}
   * @param score how well the activity fits, higher is better (comparable within one guess): the
   *     posterior probability of this offset, 0 to 1
   * @param zones IANA zones that show this offset for most of the data's time, best-fitting first
   * @param dstFit of {@code zones}, those whose daylight-saving rules fit the dates' evidence
   */
  public record Candidate(String offset, double score, List<String> zones, List<String> dstFit) {
    public Candidate {
      Objects.requireNonNull(offset, "offset");
      zones = List.copyOf(zones);
      dstFit = List.copyOf(dstFit);
    }
  }
}
