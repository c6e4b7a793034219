package dev.heatmap.spark;

import java.io.Serializable;

/** The overall grid and zone evidence of many inputs: the job's {@code treeAggregate} value. */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState overall;
  final EvidenceState evidence;

  Totals(GridState overall, EvidenceState evidence) {
    this.overall = overall;
    this.evidence = evidence;
  }

  static Totals empty(boolean inferTz) {
    return new Totals(GridState.empty(), inferTz ? EvidenceState.empty() : null);
  }

  Totals add(Counted c) {
    return merge(new Totals(c.overall, c.evidence));
  }

  Totals merge(Totals o) {
    EvidenceState e =
        evidence == null ? o.evidence : o.evidence == null ? evidence : evidence.merge(o.evidence);
    return new Totals(overall.merge(o.overall), e);
  }
}
