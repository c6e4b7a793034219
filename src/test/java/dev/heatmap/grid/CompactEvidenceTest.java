package dev.heatmap.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.infer.TzInference;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A group's compact evidence, sparse or dense, saved or merged in any order, is the evidence of its
 * records: the same active quarter-hours, records per quarter-hour of the week and inference.
 */
class CompactEvidenceTest {
  private static void assertSame(TzEvidence a, TzEvidence b) {
    for (int y = TzEvidence.FIRST_YEAR; y <= TzEvidence.LAST_YEAR; y++) {
      assertArrayEquals(a.activeQuarters(y), b.activeQuarters(y), "year " + y);
    }
    assertArrayEquals(a.quarterRecords(), b.quarterRecords());
    assertEquals(a.total(), b.total());
  }

  @Test
  void sparseAndDenseFormsHoldTheRecordsExactly() {
    SplittableRandom r = new SplittableRandom(18);
    for (int n : new int[] {1, 40, CompactEvidence.SPARSE_MAX, 5_000}) {
      TzEvidence dense = new TzEvidence();
      CompactEvidence all = new CompactEvidence();
      CompactEvidence a = new CompactEvidence();
      CompactEvidence b = new CompactEvidence();
      for (int i = 0; i < n; i++) {
        // Some before 1970 and after 2100: counted per quarter-hour of the week, never as years.
        long t =
            i % 97 == 5
                ? -86_400L * r.nextInt(1, 400)
                : i % 89 == 3
                    ? 4_200_000_000L + r.nextInt(86_400)
                    : 1_600_000_000L + r.nextLong(9_000_000);
        dense.add(t);
        all.add(t);
        (i % 3 == 0 ? a : b).add(t);
      }
      assertSame(dense, all.evidence());
      a.merge(b);
      assertSame(dense, a.evidence());
      CompactEvidence saved =
          all.sparse()
              ? CompactEvidence.ofSparse(all.sparseQuarters(), all.sparseCounts())
              : CompactEvidence.ofDense(all.evidence());
      assertSame(dense, saved.evidence());
      assertEquals(TzInference.infer(dense), TzInference.infer(saved.evidence()));
    }
  }

  @Test
  void aSmallGroupStaysSparseAndABigOneTurnsDense() {
    CompactEvidence e = new CompactEvidence();
    for (int i = 0; i < CompactEvidence.SPARSE_MAX; i++) {
      e.add(1_700_000_000L + 900L * i);
      e.add(1_700_000_000L + 900L * i + 1); // the same quarter-hour: one active quarter, 2 records
    }
    assertTrue(e.sparse());
    assertEquals(CompactEvidence.SPARSE_MAX, e.sparseQuarters().length);
    assertEquals(2, e.sparseCounts()[0]);
    e.add(1_800_000_000L);
    assertFalse(e.sparse());
    assertNull(e.sparseQuarters());
    assertEquals(2L * CompactEvidence.SPARSE_MAX + 1, e.evidence().total());
  }

  @Test
  void weightedRecordsCountAsThatManyRecordsInOneQuarterHour() {
    CompactEvidence w = new CompactEvidence();
    w.add(1_700_000_100L, 7);
    TzEvidence e = new TzEvidence();
    for (int i = 0; i < 7; i++) {
      e.add(1_700_000_100L);
    }
    assertSame(e, w.evidence());
  }

  @Test
  void savedStateNoEvidenceCouldHaveIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CompactEvidence.ofSparse(new long[] {2, 1}, new long[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CompactEvidence.ofSparse(new long[] {1}, new long[] {0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CompactEvidence.ofSparse(new long[] {1}, new long[] {1, 2}));
  }
}
