package dev.heatmap.render;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a report's cells show ({@code --normalize}). Every mode keeps the raw counts beside it: the
 * JSON {@code counts} stay counts, and summaries speak in events.
 */
public enum Normalize {
  /** Raw counts. */
  COUNT("count", "events", 0, 0),
  /** Percent of the grid's total. */
  PERCENT("percent", "% of all events", 4, 2),
  /** The fraction of the busiest cell, 0 to 1. */
  MAX("max", "fraction of the busiest hour", 4, 2),
  /**
   * Events per occurrence of that weekday-hour between the grid's first and last timestamp, so a
   * range that covers five Mondays and four Sundays does not favour Mondays.
   */
  RATE("rate", "events per hour", 4, 2);

  private final String id;
  private final String unit;
  private final int exactScale;
  private final int shownScale;

  Normalize(String id, String unit, int exactScale, int shownScale) {
    this.id = id;
    this.unit = unit;
    this.exactScale = exactScale;
    this.shownScale = shownScale;
  }

  /** The name on the command line ({@code --normalize rate}). */
  public String id() {
    return id;
  }

  /** What a cell's number means, for legends and axis titles. */
  String unit() {
    return unit;
  }

  /** Decimals written for machines (CSV, JSON). */
  int exactScale() {
    return exactScale;
  }

  /** Decimals shown to people (tables, tooltips). */
  int shownScale() {
    return shownScale;
  }

  /** The mode named {@code id}, or {@code null}. */
  public static Normalize byId(String id) {
    for (Normalize n : values()) {
      if (n.id.equalsIgnoreCase(id)) {
        return n;
      }
    }
    return null;
  }

  /** Every mode's name, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(Normalize::id).collect(Collectors.joining(", "));
  }
}
