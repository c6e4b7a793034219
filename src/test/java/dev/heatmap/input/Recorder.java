package dev.heatmap.input;

import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import java.util.ArrayList;
import java.util.List;

/** A sink that writes down every record it is given, one line each, for exact assertions. */
public final class Recorder implements RecordSink {
  public final List<String> events = new ArrayList<>();

  @Override
  public void text(CharSequence value, String group, long line) {
    events.add(line + " text " + value + suffix(group));
  }

  @Override
  public void number(double value, String group, long line) {
    events.add(line + " number " + value + suffix(group));
  }

  @Override
  public void wallTime(long wallEpochSecond, String group, long line) {
    events.add(line + " wall " + java.time.Instant.ofEpochSecond(wallEpochSecond) + suffix(group));
  }

  @Override
  public void skip(String group, long line, SkipReason reason, String detail) {
    events.add(line + " skip " + reason + suffix(group));
  }

  private static String suffix(String group) {
    return group == null ? "" : " [" + group + "]";
  }

  /** The events whose kind is {@code kind} (text, number, wall, skip). */
  List<String> only(String kind) {
    List<String> out = new ArrayList<>();
    for (String e : events) {
      if (e.split(" ")[1].equals(kind)) {
        out.add(e);
      }
    }
    return out;
  }
}
