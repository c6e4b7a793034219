package dev.heatmap.time;

import dev.heatmap.Diagnostics;
import dev.heatmap.SkipReason;
import dev.heatmap.input.RecordSink;
import java.time.ZoneId;

/**
 * Turns the raw values of one input into instants: parses text with the input's timestamp format,
 * reads wall times in the input zone, and reports what it could not use to the input's {@link
 * Diagnostics}. One resolver serves one input (one worker of it).
 */
public final class TimeResolver implements RecordSink {
  private final TimestampParser parser;
  private final LocalTimes inputZone;
  private final InstantSink out;
  private final Diagnostics diagnostics;

  public TimeResolver(ZoneId inputZone, InstantSink out, Diagnostics diagnostics) {
    this.parser = new IsoParser(inputZone);
    this.inputZone = LocalTimes.of(inputZone);
    this.out = out;
    this.diagnostics = diagnostics;
  }

  @Override
  public void text(CharSequence value, String group, long line) {
    long t = parser.parse(value);
    if (t == TimestampParser.INVALID) {
      reject(group, line, SkipReason.NOT_A_TIMESTAMP, value);
    } else {
      out.instant(t, group);
    }
  }

  @Override
  public void number(double value, String group, long line) {
    EpochUnit unit = Double.isFinite(value) ? EpochUnit.guess(value) : null;
    if (unit == null) {
      reject(group, line, SkipReason.OUT_OF_RANGE, Double.toString(value));
    } else {
      out.instant(unit.toEpochSecond(value), group);
    }
  }

  @Override
  public void wallTime(long wallEpochSecond, String group, long line) {
    out.instant(inputZone.toEpochSecond(wallEpochSecond), group);
  }

  @Override
  public void skip(String group, long line, SkipReason reason, String detail) {
    diagnostics.skip(reason, line, detail);
    out.skipped(group);
  }

  private void reject(String group, long line, SkipReason reason, CharSequence value) {
    diagnostics.skip(reason, line, quote(value));
    out.skipped(group);
  }

  /** The value as messages show it: quoted and cut short. Escaping for the terminal is cli's. */
  static String quote(CharSequence value) {
    String s = value.length() > 60 ? value.subSequence(0, 60) + "…" : value.toString();
    return '"' + s + '"';
  }
}
