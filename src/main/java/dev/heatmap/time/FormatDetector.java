package dev.heatmap.time;

import java.time.ZoneId;
import java.util.List;

/**
 * Chooses the timestamp format of an input from a sample of its text values.
 *
 * <p>Contract: {@link #detect} never throws; it returns the candidate format that parses the most
 * sampled values (ties go to the more specific format) together with how many of them it parsed. A
 * result with {@code parsed == 0} means no known format fits.
 */
public final class FormatDetector {
  private FormatDetector() {}

  /**
   * The best format for {@code sample}.
   *
   * @param sample text values as the input holds them (not trimmed)
   * @param inputZone the zone for values that carry no offset
   */
  public static Detected detect(List<String> sample, ZoneId inputZone) {
    TimestampParser iso = new IsoParser(inputZone);
    int parsed = 0;
    for (String s : sample) {
      if (iso.parse(s) != TimestampParser.INVALID) {
        parsed++;
      }
    }
    return new Detected(iso, parsed, sample.size(), null);
  }

  /**
   * The detection's outcome.
   *
   * @param parser the chosen parser
   * @param parsed how many sampled values it parsed
   * @param sampled how many values were sampled
   * @param note something the user should be told about the choice (e.g. an ambiguous day/month
   *     order that was settled by assumption), or null
   */
  public record Detected(TimestampParser parser, int parsed, int sampled, String note) {}
}
