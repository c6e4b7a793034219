package dev.heatmap.spark;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.grid.Tally;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What one Spark task counted from one unit, a whole file or one byte range of it: its grids
 * (overall and per group, never folded), its zone evidence and days (overall and per group), and
 * its {@link Head}: what the driver needs to merge it with the file's other parts and to print what
 * the CLI would print.
 */
final class Counted implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The unit of a whole file, in {@link Head#part}. */
  static final int WHOLE = -1;

  final GridState overall;
  final EvidenceState evidence;
  final DayState days;
  // The counts of the offsets written in the values (WrittenOffsets#counts).
  final long[] written;
  final LinkedHashMap<String, GroupState> groups = new LinkedHashMap<>();
  // For --emit-series: each group's events per UTC quarter-hour; null when not asked for.
  final LinkedHashMap<String, Series.State> series;
  // Pre-aggregated input: what every timestamp was a multiple of (Tally#bucketSeconds), or -1.
  final int spacing;
  final Head head;

  /** The CPU time the task's thread spent reading the unit, in nanoseconds (for --timings). */
  long cpuNanos;

  Counted(Tally tally, Head head) {
    this.overall = GridState.of(tally.overall());
    this.evidence = tally.evidence() == null ? null : EvidenceState.of(tally.evidence());
    this.days = DayState.of(tally.days());
    this.written = tally.writtenOffsets().counts();
    this.series = Series.of(tally.series());
    this.spacing = tally.weighted() ? tally.bucketSeconds() : -1;
    for (Tally.Group g : tally.groups()) {
      groups.put(
          g.name(),
          new GroupState(
              GridState.of(g.grid()),
              GroupEvidenceState.of(tally.compactEvidence(g.name())),
              DayState.of(tally.days(g.name()))));
    }
    this.head = head;
  }

  /** The unit's key among all the job's units: its file and part. */
  long key() {
    return key(head.file, head.part);
  }

  static long key(int file, int part) {
    return ((long) file << 32) | (part & 0xffff_ffffL);
  }

  /**
   * A unit's outcome without its counts.
   *
   * @param file the file's index in the listing
   * @param part {@link #WHOLE}, or the part's index
   * @param diagnostics its diagnostics: a whole file's, or a part's with its lines counted from the
   *     part's start (the first part's also holding the file's detection notes)
   * @param error why a whole file could not be read to its end, or null
   * @param read a part's outcome, or null for a whole file
   * @param cuts for the first part, where the file's parts start, and its end; else null
   * @param sample for the first part, what the timestamp format was chosen from (null: forced)
   * @param sampleFilled for the first part, whether its sample filled, so that the other parts can
   *     read with its format
   * @param counted how many timestamps the unit counted
   */
  record Head(
      int file,
      int part,
      Diagnostics diagnostics,
      Failure error,
      PartRead read,
      long[] cuts,
      List<String> sample,
      boolean sampleFilled,
      long counted)
      implements Serializable {
    static Head whole(int file, Diagnostics d, HeatmapException error, long counted) {
      return new Head(file, WHOLE, d, Failure.of(error), null, null, null, false, counted);
    }
  }

  /**
   * How reading one part went: {@link dev.heatmap.input.FileParts.Part}'s fields, or not read at
   * all (an I/O error, a layout the task could not set up again).
   */
  record PartRead(boolean read, boolean complete, long lines, long records, boolean any)
      implements Serializable {
    static final PartRead FAILED = new PartRead(false, false, 0, 0, false);

    boolean usable() {
      return read && complete;
    }
  }

  /** An input error as the driver prints it: message, exit code, and the cause for --debug. */
  record Failure(String message, ExitCode exitCode, String trace) implements Serializable {
    static Failure of(HeatmapException e) {
      if (e == null) {
        return null;
      }
      String trace = null;
      if (e.getCause() != null) {
        StringWriter w = new StringWriter();
        e.getCause().printStackTrace(new PrintWriter(w));
        trace = w.toString();
      }
      return new Failure(e.getMessage(), e.exitCode(), trace);
    }
  }
}
