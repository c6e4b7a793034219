package dev.heatmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong while reading one input: the first few problems with their location, and how many
 * records were skipped for each reason. Deep code records here; the command line decides what to
 * print. Not thread-safe; {@link #merge} combines the diagnostics of parallel workers.
 */
public final class Diagnostics {
  /** How many located messages are kept per input; the rest are only counted. */
  public static final int MAX_MESSAGES = 10;

  private final String source;
  private final List<String> messages = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long dropped;
  private final Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);

  public Diagnostics(String source) {
    this.source = source;
  }

  /** The name of the input, as messages show it. */
  public String source() {
    return source;
  }

  /**
   * Records a skipped record. {@code line} is 1-based, or 0 when unknown; {@code detail} is an
   * untrusted value or explanation that the caller has not escaped.
   */
  public void skip(SkipReason reason, long line, String detail) {
    skips.merge(reason, 1L, Long::sum);
    if (messages.size() < MAX_MESSAGES) {
      messages.add(location(line, 0) + reason.label() + (detail == null ? "" : ": " + detail));
    } else {
      dropped++;
    }
  }

  /** Records a problem that is not a skipped record (a warning about the input). */
  public void warn(long line, int column, String what) {
    if (messages.size() < MAX_MESSAGES) {
      messages.add(location(line, column) + what);
    } else {
      dropped++;
    }
  }

  private String location(long line, int column) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").toString();
  }

  /**
   * Records a choice the tool made for this input that the user should be told about (the field or
   * format it detected). Notes are not problems; they are kept whatever their number.
   */
  public void note(String what) {
    notes.add(source + ": " + what);
  }

  /** The notes, each {@code file: what}, unescaped. */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** Adds the problems of another worker over the same input. */
  public void merge(Diagnostics other) {
    for (String m : other.messages) {
      if (messages.size() < MAX_MESSAGES) {
        messages.add(m);
      } else {
        dropped++;
      }
    }
    dropped += other.dropped;
    other.skips.forEach((k, v) -> skips.merge(k, v, Long::sum));
  }

  /** The kept messages, each {@code file[:line[:col]]: what}, unescaped. */
  public List<String> messages() {
    return Collections.unmodifiableList(messages);
  }

  /** How many further messages were not kept. */
  public long dropped() {
    return dropped;
  }

  /** Skipped records by reason, in the enum's order. */
  public Map<SkipReason, Long> skips() {
    return Collections.unmodifiableMap(skips);
  }

  public long skipped() {
    long n = 0;
    for (long v : skips.values()) {
      n += v;
    }
    return n;
  }
}
