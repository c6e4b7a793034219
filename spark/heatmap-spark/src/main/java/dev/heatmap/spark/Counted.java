package dev.heatmap.spark;

import dev.heatmap.Analysis;
import dev.heatmap.Diagnostics;
import dev.heatmap.SkipReason;
import dev.heatmap.grid.Tally;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one Spark task counted from one input: its grids (overall and per group, never folded), its
 * zone evidence, and what the CLI would have printed about it.
 */
final class Counted implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState overall;
  final EvidenceState evidence;
  final LinkedHashMap<String, GridState> groups = new LinkedHashMap<>();
  final FileReport report;

  Counted(InputFile file, Analysis.FileResult result, Tally tally) {
    this.overall = GridState.of(tally.overall());
    this.evidence = tally.evidence() == null ? null : EvidenceState.of(tally.evidence());
    for (Tally.Group g : tally.groups()) {
      groups.put(g.name(), GridState.of(g.grid()));
    }
    this.report = new FileReport(file.index(), result);
  }

  /** What the driver prints about one input, in input order. */
  static final class FileReport implements Serializable {
    private static final long serialVersionUID = 1L;

    final int index;
    final String source;
    final List<String> notes;
    final List<String> cautions;
    final List<String> messages;
    final long dropped;
    final long[] skips = new long[SkipReason.values().length];
    final String error;
    final int exitCode;
    final String trace;

    FileReport(int index, Analysis.FileResult result) {
      Diagnostics d = result.diagnostics();
      this.index = index;
      this.source = d.source();
      this.notes = new ArrayList<>(d.notes());
      this.cautions = new ArrayList<>(d.cautions());
      this.messages = new ArrayList<>(d.messages());
      this.dropped = d.dropped();
      for (Map.Entry<SkipReason, Long> e : d.skips().entrySet()) {
        skips[e.getKey().ordinal()] += e.getValue();
      }
      if (result.failed()) {
        this.error = result.error().getMessage();
        this.exitCode = result.error().exitCode().code();
        Throwable cause = result.error().getCause();
        if (cause != null) {
          StringWriter w = new StringWriter();
          cause.printStackTrace(new PrintWriter(w));
          this.trace = w.toString();
        } else {
          this.trace = null;
        }
      } else {
        this.error = null;
        this.exitCode = 0;
        this.trace = null;
      }
    }
  }
}
