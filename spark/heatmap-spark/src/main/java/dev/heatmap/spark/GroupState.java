package dev.heatmap.spark;

import java.io.Serializable;

/**
 * What the job keeps of one group: its grid, its zone evidence (with {@code --infer-tz}) and its
 * events per local day (with the calendar); what {@code reduceByKey} merges.
 */
final class GroupState implements Serializable {
  private static final long serialVersionUID = 1L;

  final GridState grid;
  final GroupEvidenceState evidence;
  final DayState days;

  GroupState(GridState grid, GroupEvidenceState evidence, DayState days) {
    this.grid = grid;
    this.evidence = evidence;
    this.days = days;
  }

  long total() {
    return grid.total();
  }

  GroupState merge(GroupState o) {
    return new GroupState(
        grid.merge(o.grid),
        GroupEvidenceState.merge(evidence, o.evidence),
        DayState.merge(days, o.days));
  }

  /** The merge of both without the evidence: for the groups folded into "(other)". */
  GroupState mergeWithoutEvidence(GroupState o) {
    return new GroupState(grid.merge(o.grid), null, DayState.merge(days, o.days));
  }
}
