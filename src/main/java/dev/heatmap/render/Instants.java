package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;

/** How reports write instants: ISO-8601 in UTC, or null/"—" for none. */
final class Instants {
  private Instants() {}

  /** The instant as ISO-8601 UTC ({@code 2022-08-11T05:51:47Z}), or null for {@code NONE}. */
  static String iso(long epochSecond) {
    return epochSecond == WeekHourGrid.NONE ? null : Instant.ofEpochSecond(epochSecond).toString();
  }
}
