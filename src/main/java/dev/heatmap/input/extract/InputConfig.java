package dev.heatmap.input.extract;

import dev.heatmap.core.TimestampJudge;
import java.util.Objects;

/**
 * How inputs are read.
 *
 * @param type the forced input type, or {@code null} to detect it per input
 * @param field which value is the timestamp ({@code --field}), or null to detect it
 * @param groupBy which value names the group ({@code --group-by}), or null for no groups
 * @param sheet the workbook sheet to read, by name or 1-based index, or null for the first sheet
 *     with a timestamp column
 * @param delimiter the CSV delimiter, or null to detect it
 * @param noHeader whether CSV files and sheets have no header row
 * @param maxLineLength the longest line or CSV record, in characters, that is read before the file
 *     is given up as not what it claims to be
 * @param judge how sampled values are judged as timestamps when a field is chosen (the time
 *     layer's, handed in by the caller)
 * @param year the year of the first line of a log whose dates have none ({@code --year}), or null
 *     to take it from the file's modification time
 * @param regex {@code --regex}: finds the timestamp in each text line (its group {@code ts}, else
 *     its first group, else the whole match), or null to detect the layout
 * @param countField {@code --count-field}: pre-aggregated input, each record counting the number of
 *     events in this field at its timestamp; null when each record is one event
 * @param bucketSeconds {@code --bucket}: how far apart a pre-aggregated input's timestamps are (900
 *     or 3600 seconds), or 0 to detect it from their values
 */
public record InputConfig(
    InputType type,
    FieldSpec field,
    FieldSpec groupBy,
    String sheet,
    Character delimiter,
    boolean noHeader,
    int maxLineLength,
    TimestampJudge judge,
    Integer year,
    java.util.regex.Pattern regex,
    FieldSpec countField,
    int bucketSeconds) {
  /** The default {@link #maxLineLength}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  public InputConfig {
    Objects.requireNonNull(judge, "judge");
    if (maxLineLength < 16) {
      throw new IllegalArgumentException("the maximum line length must be at least 16");
    }
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new IllegalArgumentException("a quote or line break cannot be the delimiter");
    }
    if (year != null && (year < 1 || year > 9999)) {
      throw new IllegalArgumentException("the year must be between 1 and 9999");
    }
    if (bucketSeconds != 0 && bucketSeconds != 900 && bucketSeconds != 3600) {
      throw new IllegalArgumentException("a bucket is 15 minutes or an hour");
    }
    if (bucketSeconds != 0 && countField == null) {
      throw new IllegalArgumentException("a bucket is only for pre-aggregated input");
    }
  }

  /**
   * The seconds of a {@code --bucket} value: 900 for {@code 15m} (or {@code 15min}), 3600 for
   * {@code 1h} (or {@code 60m}).
   *
   * @throws IllegalArgumentException naming the values taken
   */
  public static int bucketSeconds(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    switch (v) {
      case "15m", "15min", "15":
        return 900;
      case "1h", "60m", "60min", "60":
        return 3600;
      default:
        throw new IllegalArgumentException(
            "--bucket must be 15m or 1h (the spacing of the input's timestamps), not '"
                + value
                + "'");
    }
  }

  /** A configuration with no {@code --year} and no {@code --regex}. */
  public InputConfig(
      InputType type,
      FieldSpec field,
      FieldSpec groupBy,
      String sheet,
      Character delimiter,
      boolean noHeader,
      int maxLineLength,
      TimestampJudge judge) {
    this(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        null,
        null,
        null,
        0);
  }

  /** A configuration with no {@code --count-field}. */
  public InputConfig(
      InputType type,
      FieldSpec field,
      FieldSpec groupBy,
      String sheet,
      Character delimiter,
      boolean noHeader,
      int maxLineLength,
      TimestampJudge judge,
      Integer year,
      java.util.regex.Pattern regex) {
    this(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        null,
        0);
  }

  /** This configuration with {@code --count-field}: each record counts that many events. */
  public InputConfig withCountField(FieldSpec countField, int bucketSeconds) {
    return new InputConfig(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        countField,
        bucketSeconds);
  }

  /** This configuration with the year of year-less logs' first line forced ({@code --year}). */
  public InputConfig withYear(Integer year) {
    return new InputConfig(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        countField,
        bucketSeconds);
  }

  /** This configuration with {@code --regex}. */
  public InputConfig withRegex(java.util.regex.Pattern regex) {
    return new InputConfig(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        countField,
        bucketSeconds);
  }

  /** Detect everything, judging sampled values with {@code judge}. */
  public static InputConfig auto(TimestampJudge judge) {
    return new InputConfig(null, null, null, null, null, false, DEFAULT_MAX_LINE_LENGTH, judge);
  }

  /** This configuration with {@code type} forced. */
  public InputConfig withType(InputType type) {
    return new InputConfig(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        countField,
        bucketSeconds);
  }

  /** This configuration with the timestamp and group fields given. */
  public InputConfig withFields(FieldSpec field, FieldSpec groupBy) {
    return new InputConfig(
        type,
        field,
        groupBy,
        sheet,
        delimiter,
        noHeader,
        maxLineLength,
        judge,
        year,
        regex,
        countField,
        bucketSeconds);
  }
}
