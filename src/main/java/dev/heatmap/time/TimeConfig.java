package dev.heatmap.time;

import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.TimeFormats;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How timestamps are read and where they are counted.
 *
 * @param inputZone the zone of values that carry no offset
 * @param zone the zone the grid is drawn in
 * @param timeFormat the forced timestamp pattern ({@code --time-format}, strftime or java.time), or
 *     null to detect the format per input
 * @param epochUnit the forced unit of epoch numbers, or null to choose it by magnitude
 * @param since the first instant counted, in epoch seconds ({@link Long#MIN_VALUE}: no limit)
 * @param until the first instant no longer counted ({@link Long#MAX_VALUE}: no limit)
 * @param inferTz whether to gather the evidence for {@code --infer-tz}
 * @param inputZoneAssumed whether {@code inputZone} is the default rather than the user's choice:
 *     then reading a value that carries no offset is a caution
 * @param drawWritten {@code --tz written}: each record whose text carries a UTC offset is drawn at
 *     that offset (the writer's wall clock), the others in {@code zone}
 */
public record TimeConfig(
    ZoneId inputZone,
    ZoneId zone,
    String timeFormat,
    EpochUnit epochUnit,
    long since,
    long until,
    boolean inferTz,
    boolean inputZoneAssumed,
    boolean drawWritten) {
  public TimeConfig {
    Objects.requireNonNull(inputZone, "inputZone");
    Objects.requireNonNull(zone, "zone");
    if (since >= until) {
      throw new IllegalArgumentException("since must be before until");
    }
    if (timeFormat != null) {
      TimeFormats.compile(timeFormat, inputZone); // a bad pattern is a usage error, now
    }
  }

  /** A configuration that draws every record in {@code zone}. */
  public TimeConfig(
      ZoneId inputZone,
      ZoneId zone,
      String timeFormat,
      EpochUnit epochUnit,
      long since,
      long until,
      boolean inferTz,
      boolean inputZoneAssumed) {
    this(inputZone, zone, timeFormat, epochUnit, since, until, inferTz, inputZoneAssumed, false);
  }

  /** A configuration whose input zone was chosen by the caller. */
  public TimeConfig(
      ZoneId inputZone,
      ZoneId zone,
      String timeFormat,
      EpochUnit epochUnit,
      long since,
      long until,
      boolean inferTz) {
    this(inputZone, zone, timeFormat, epochUnit, since, until, inferTz, false);
  }

  /** Detected formats, no range, no inference. */
  public TimeConfig(ZoneId inputZone, ZoneId zone) {
    this(inputZone, zone, null, null, Long.MIN_VALUE, Long.MAX_VALUE, false);
  }

  public static TimeConfig utc() {
    return new TimeConfig(ZoneOffset.UTC, ZoneOffset.UTC);
  }

  /** The zone's name as reports label it: {@code UTC}, an IANA id, or an offset like +05:30. */
  public String zoneLabel() {
    return drawWritten ? WRITTEN_LABEL : Zones.label(zone);
  }

  /** How reports name the zone of {@code --tz written}. */
  public static final String WRITTEN_LABEL = "as written";

  /** Whether {@code epochSecond} lies in [since, until). */
  public boolean inRange(long epochSecond) {
    return epochSecond >= since && epochSecond < until;
  }
}
