package dev.heatmap.spark;

import java.io.Serializable;

/**
 * The overall grid, zone evidence and days of many inputs: the job's {@code treeAggregate} value.
 */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState overall;
  final EvidenceState evidence;
  final DayState days;

  Totals(GridState overall, EvidenceState evidence, DayState days) {
    this.overall = overall;
    this.evidence = evidence;
    this.days = days;
  }

  static Totals empty(boolean inferTz) {
    return new Totals(GridState.empty(), inferTz ? EvidenceState.empty() : null, null);
  }

  Totals add(Counted c) {
    return merge(new Totals(c.overall, c.evidence, c.days));
  }

  Totals merge(Totals o) {
    EvidenceState e =
        evidence == null ? o.evidence : o.evidence == null ? evidence : evidence.merge(o.evidence);
    return new Totals(overall.merge(o.overall), e, DayState.merge(days, o.days));
  }
}
