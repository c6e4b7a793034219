package dev.heatmap.spark;

import java.io.Serializable;

/**
 * The overall grid, zone evidence, days and written offsets of many inputs: the job's {@code
 * treeAggregate} value.
 */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState overall;
  final EvidenceState evidence;
  final DayState days;
  // Pre-aggregated input: what every unit's timestamps were a multiple of, or -1 (none was).
  final int spacing;

  /** The written offsets' counts ({@code WrittenOffsets#counts}). */
  final long[] written;

  Totals(GridState overall, EvidenceState evidence, DayState days, int spacing, long[] written) {
    this.overall = overall;
    this.evidence = evidence;
    this.days = days;
    this.spacing = spacing;
    this.written = written;
  }

  static Totals empty(boolean inferTz) {
    return new Totals(
        GridState.empty(),
        inferTz ? EvidenceState.empty() : null,
        null,
        -1,
        new dev.heatmap.grid.WrittenOffsets().counts());
  }

  Totals add(Counted c) {
    return merge(new Totals(c.overall, c.evidence, c.days, c.spacing, c.written));
  }

  Totals merge(Totals o) {
    EvidenceState e =
        evidence == null ? o.evidence : o.evidence == null ? evidence : evidence.merge(o.evidence);
    int s = spacing < 0 ? o.spacing : o.spacing < 0 ? spacing : Math.min(spacing, o.spacing);
    long[] w = written.clone();
    for (int i = 0; i < w.length; i++) {
      w[i] += o.written[i];
    }
    return new Totals(overall.merge(o.overall), e, DayState.merge(days, o.days), s, w);
  }
}
