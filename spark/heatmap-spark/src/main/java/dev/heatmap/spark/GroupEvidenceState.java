package dev.heatmap.spark;

import dev.heatmap.grid.CompactEvidence;
import java.io.Serializable;

/**
 * One group's zone evidence ({@link CompactEvidence}) as it travels between Spark tasks and the
 * driver: its active UTC quarter-hours with their record counts while it is small, the dense {@link
 * EvidenceState} past that; merged through the evidence's own {@link CompactEvidence#merge}.
 */
final class GroupEvidenceState implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] quarters;
  private final long[] records;
  private final EvidenceState dense;

  private GroupEvidenceState(CompactEvidence e) {
    if (e.sparse()) {
      this.quarters = e.sparseQuarters();
      this.records = e.sparseCounts();
      this.dense = null;
    } else {
      this.quarters = null;
      this.records = null;
      this.dense = EvidenceState.of(e.evidence());
    }
  }

  /** The state of {@code e}, or null when there is none (not inferring). */
  static GroupEvidenceState of(CompactEvidence e) {
    return e == null ? null : new GroupEvidenceState(e);
  }

  CompactEvidence evidence() {
    return dense != null
        ? CompactEvidence.ofDense(dense.evidence())
        : CompactEvidence.ofSparse(quarters, records);
  }

  /** The evidence of both, either of which may be null (no evidence). */
  static GroupEvidenceState merge(GroupEvidenceState a, GroupEvidenceState b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    CompactEvidence e = a.evidence();
    e.merge(b.evidence());
    return new GroupEvidenceState(e);
  }
}
