package dev.heatmap.spark;

import dev.heatmap.grid.TzEvidence;
import java.io.Serializable;

/**
 * {@link TzEvidence} as it travels between Spark tasks and the driver: the OR-able bit sets of
 * active UTC quarter-hours, one per year that has any, and the records per quarter-hour of the
 * week; merged through the evidence's own {@link TzEvidence#merge}.
 */
final class EvidenceState implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int YEARS = TzEvidence.LAST_YEAR - TzEvidence.FIRST_YEAR + 1;

  private final long[][] years;
  private final long[] records;
  private final long total;

  private EvidenceState(TzEvidence e) {
    this.years = new long[YEARS][];
    for (int y = 0; y < YEARS; y++) {
      years[y] = e.activeQuarters(TzEvidence.FIRST_YEAR + y);
    }
    this.records = e.quarterRecords();
    this.total = e.total();
  }

  static EvidenceState of(TzEvidence e) {
    return new EvidenceState(e);
  }

  static EvidenceState empty() {
    return new EvidenceState(new TzEvidence());
  }

  TzEvidence evidence() {
    return TzEvidence.of(years, records, total);
  }

  EvidenceState merge(EvidenceState other) {
    TzEvidence e = evidence();
    e.merge(other.evidence());
    return new EvidenceState(e);
  }
}
