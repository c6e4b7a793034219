package dev.heatmap.time;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How timestamps are read and where they are counted.
 *
 * @param inputZone the zone of values that carry no offset
 * @param zone the zone the grid is drawn in
 */
public record TimeConfig(ZoneId inputZone, ZoneId zone) {
  public TimeConfig {
    Objects.requireNonNull(inputZone, "inputZone");
    Objects.requireNonNull(zone, "zone");
  }

  public static TimeConfig utc() {
    return new TimeConfig(ZoneOffset.UTC, ZoneOffset.UTC);
  }

  /** The zone's name as reports label it: {@code UTC}, an IANA id, or an offset like +05:30. */
  public String zoneLabel() {
    return Zones.label(zone);
  }
}
