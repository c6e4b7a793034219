package dev.heatmap.spark;

import java.io.Serializable;

/**
 * The overall grid, zone evidence and written offsets of many inputs: the job's {@code
 * treeAggregate} value.
 */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState overall;
  final EvidenceState evidence;

  /** The written offsets' counts ({@code WrittenOffsets#counts}). */
  final long[] written;

  Totals(GridState overall, EvidenceState evidence, long[] written) {
    this.overall = overall;
    this.evidence = evidence;
    this.written = written;
  }

  static Totals empty(boolean inferTz) {
    return new Totals(
        GridState.empty(),
        inferTz ? EvidenceState.empty() : null,
        new dev.heatmap.grid.WrittenOffsets().counts());
  }

  Totals add(Counted c) {
    return merge(new Totals(c.overall, c.evidence, c.written));
  }

  Totals merge(Totals o) {
    EvidenceState e =
        evidence == null ? o.evidence : o.evidence == null ? evidence : evidence.merge(o.evidence);
    long[] w = written.clone();
    for (int i = 0; i < w.length; i++) {
      w[i] += o.written[i];
    }
    return new Totals(overall.merge(o.overall), e, w);
  }
}
