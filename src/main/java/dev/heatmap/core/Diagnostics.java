package dev.heatmap.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong while reading one input: the first few problems with their location, and how many
 * records were skipped for each reason. Deep code records here; the command line decides what to
 * print. Not thread-safe; {@link #merge} combines the diagnostics of parallel workers. A worker
 * that reads a part of a file counts lines from the start of its part; the merge moves its messages
 * to the file's line numbers, so messages are kept with their line and rendered when asked for.
 * Serializable, so that the diagnostics of a part read in another process (a Spark task) merge as
 * those of a worker thread do.
 */
public final class Diagnostics implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many located messages are kept per input; the rest are only counted. */
  public static final int MAX_MESSAGES = 10;

  private final String source;
  private final List<Message> messages = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> cautions = new ArrayList<>();
  private int doubts;
  // Values the detected format could not read that another format did: by that format's name, how
  // many and the first line; and the detected format's name.
  private final Map<String, long[]> rereads = new java.util.LinkedHashMap<>();
  private String rereadFrom;
  private long dropped;
  private boolean localTimes;
  private String hint;
  // Counts by SkipReason ordinal: a skipped record costs an increment, not a boxed map update.
  private final long[] skips = new long[SkipReason.values().length];

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
    skips[reason.ordinal()]++;
    if (messages.size() < MAX_MESSAGES) {
      messages.add(
          new Message(
              new Location(source, line, 0),
              detail == null ? reason.label() : reason.label() + ": " + detail));
    } else {
      dropped++;
    }
  }

  /**
   * Records what to tell the user should the input give no timestamp at all: what its first line
   * looks like and the command to try next. Said only then, by the command line.
   */
  public void hint(String what) {
    hint = what;
  }

  /** The {@link #hint}, or null. */
  public String hint() {
    return hint;
  }

  /** Records a problem that is not a skipped record (a warning about the input). */
  public void warn(long line, int column, String what) {
    if (messages.size() < MAX_MESSAGES) {
      messages.add(new Message(new Location(source, line, column), what));
    } else {
      dropped++;
    }
  }

  /** One kept message: where and what. */
  private record Message(Location where, String what) implements Serializable {}

  /**
   * Records a choice the tool made for this input that the user should be told about (the field or
   * format it detected). Notes are not problems; they are kept whatever their number.
   */
  public void note(String what) {
    notes.add(source + ": " + what);
  }

  /**
   * Records a note that asks the user to check a choice (a guess between readings, no format that
   * fits): shown even when plain notes are not.
   */
  public void caution(String what) {
    note(what);
    cautions.add(notes.get(notes.size() - 1));
  }

  /**
   * Records a caution about a choice that may have made the grid wrong (a date-only column, keys
   * that disagree, many records without a value): {@code --strict} fails the run on it.
   */
  public void doubt(String what) {
    caution(what);
    doubts++;
  }

  /** How many of the cautions are {@link #doubt}s. */
  public int doubts() {
    return doubts;
  }

  /**
   * Records a value at {@code line} that the detected format {@code detected} could not read and
   * format {@code used} did: counted, and said once per input (see {@link #rereads}).
   */
  public void reread(String detected, String used, long line) {
    rereadFrom = detected;
    long[] n = rereads.get(used);
    if (n == null) {
      rereads.put(used, new long[] {1, line});
    } else {
      n[0]++;
    }
  }

  /** The detected format that values were {@link #reread} from, or null when none was. */
  public String rereadFrom() {
    return rereadFrom;
  }

  /**
   * The values read in another format than the detected one: by that format's name, {@code [count,
   * first line]}, in the order first met.
   */
  public Map<String, long[]> rereads() {
    Map<String, long[]> copy = new java.util.LinkedHashMap<>();
    rereads.forEach((k, v) -> copy.put(k, v.clone()));
    return Collections.unmodifiableMap(copy);
  }

  /** Records that some values carried no UTC offset and were read in the input zone. */
  public void readLocalTimes() {
    localTimes = true;
  }

  /** Whether some values carried no UTC offset and were read in the input zone. */
  public boolean localTimes() {
    return localTimes;
  }

  /** The notes, each {@code file: what}, unescaped. */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** The notes that are cautions, in the same order and form. */
  public List<String> cautions() {
    return Collections.unmodifiableList(cautions);
  }

  /**
   * The lines to print of this input's notes ({@link #cautions} only when {@code quiet}). Of one
   * input of several ({@code oneOfMany}: a folder, a glob), they are one line, {@code FILE: note;
   * note; note}, so that fifty files say fifty lines. The CLI and the Spark job print the same.
   */
  public List<String> noteLines(boolean quiet, boolean oneOfMany) {
    List<String> lines = quiet ? cautions() : notes();
    if (!oneOfMany || lines.size() < 2) {
      return lines;
    }
    String prefix = source + ": ";
    StringBuilder line = new StringBuilder(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String n = lines.get(i);
      line.append("; ").append(n.startsWith(prefix) ? n.substring(prefix.length()) : n);
    }
    return List.of(line.toString());
  }

  /** Adds the problems and notes of another worker over the same input, after this one's. */
  public void merge(Diagnostics other) {
    merge(other, 0);
  }

  /**
   * Adds the problems and notes of a worker that read a later part of the same input, counting its
   * lines from 1 at the start of its part: its line numbers move down by {@code lineShift}, the
   * number of lines before that part. Merging the parts in file order keeps the first messages of
   * the whole file.
   */
  public void merge(Diagnostics other, long lineShift) {
    for (Message m : other.messages) {
      if (messages.size() < MAX_MESSAGES) {
        messages.add(new Message(m.where().shifted(lineShift), m.what()));
      } else {
        dropped++;
      }
    }
    dropped += other.dropped;
    localTimes |= other.localTimes;
    if (hint == null) {
      hint = other.hint;
    }
    notes.addAll(other.notes);
    cautions.addAll(other.cautions);
    doubts += other.doubts;
    if (other.rereadFrom != null) {
      rereadFrom = other.rereadFrom;
      for (Map.Entry<String, long[]> e : other.rereads.entrySet()) {
        long[] n = rereads.get(e.getKey());
        if (n == null) {
          rereads.put(e.getKey(), new long[] {e.getValue()[0], e.getValue()[1] + lineShift});
        } else {
          n[0] += e.getValue()[0];
        }
      }
    }
    for (int i = 0; i < skips.length; i++) {
      skips[i] += other.skips[i];
    }
  }

  /** The kept messages, each {@code file[:line[:col]]: what}, unescaped. */
  public List<String> messages() {
    List<String> list = new ArrayList<>(messages.size());
    for (Message m : messages) {
      list.add(m.where().message(m.what()));
    }
    return Collections.unmodifiableList(list);
  }

  /** How many further messages were not kept. */
  public long dropped() {
    return dropped;
  }

  /** Skipped records by reason, in the enum's order. */
  public Map<SkipReason, Long> skips() {
    Map<SkipReason, Long> map = new EnumMap<>(SkipReason.class);
    for (SkipReason r : SkipReason.values()) {
      if (skips[r.ordinal()] > 0) {
        map.put(r, skips[r.ordinal()]);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  public long skipped() {
    long n = 0;
    for (long v : skips) {
      n += v;
    }
    return n;
  }
}
