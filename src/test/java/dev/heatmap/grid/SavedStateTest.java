package dev.heatmap.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.heatmap.grid.infer.TzInference;
import dev.heatmap.grid.infer.ZoneGuess;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Grids and zone evidence rebuilt from their saved state (as a Spark task sends them to the driver)
 * merge and infer exactly as the objects they were saved from.
 */
class SavedStateTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** Two halves of an office worker's year in Moscow, each counted into its own tally. */
  private static Tally[] halves() {
    Tally a = new Tally(MOSCOW, true);
    Tally b = new Tally(MOSCOW, true);
    SplittableRandom r = new SplittableRandom(18);
    long t = 1_640_995_200L; // 2022-01-01 UTC
    for (int i = 0; i < 20_000; i++) {
      t += 60 + r.nextInt(1800);
      int hourUtc = (int) ((t / 3600) % 24);
      if (hourUtc >= 6 && hourUtc < 15) { // 09:00-18:00 in Moscow
        (i % 2 == 0 ? a : b).instant(t, "g" + (i % 3));
      }
    }
    return new Tally[] {a, b};
  }

  private static WeekHourGrid saved(WeekHourGrid g) {
    return WeekHourGrid.of(g.counts(), g.total(), g.skipped(), g.filtered(), g.first(), g.last());
  }

  private static TzEvidence saved(TzEvidence e) {
    long[][] years = new long[TzEvidence.LAST_YEAR - TzEvidence.FIRST_YEAR + 1][];
    for (int y = 0; y < years.length; y++) {
      years[y] = e.activeQuarters(TzEvidence.FIRST_YEAR + y);
    }
    return TzEvidence.of(years, e.quarterRecords(), e.total());
  }

  @Test
  void aSavedGridMergesAsTheGridItWasSavedFrom() {
    Tally[] t = halves();
    t[0].overall().skip();
    t[1].overall().filter();
    WeekHourGrid direct = new WeekHourGrid();
    direct.merge(t[0].overall());
    direct.merge(t[1].overall());
    WeekHourGrid viaState = saved(t[0].overall());
    viaState.merge(saved(t[1].overall()));
    assertArrayEquals(direct.counts(), viaState.counts());
    assertEquals(direct.total(), viaState.total());
    assertEquals(1, viaState.skipped());
    assertEquals(1, viaState.filtered());
    assertEquals(direct.first(), viaState.first());
    assertEquals(direct.last(), viaState.last());
  }

  @Test
  void savedEvidenceInfersTheSameZoneAndRedrawsTheSameGrid() {
    Tally[] t = halves();
    TzEvidence direct = new TzEvidence();
    direct.merge(t[0].evidence());
    direct.merge(t[1].evidence());
    TzEvidence viaState = saved(t[0].evidence());
    viaState.merge(saved(t[1].evidence()));
    ZoneGuess a = TzInference.infer(direct);
    ZoneGuess b = TzInference.infer(viaState);
    assertEquals("+03:00", a.best());
    assertEquals(a, b);
    WeekHourGrid overall = new WeekHourGrid();
    overall.merge(t[0].overall());
    overall.merge(t[1].overall());
    int offset = ZoneOffset.of(a.best()).getTotalSeconds();
    assertArrayEquals(
        TzInference.redraw(direct, offset, overall).counts(),
        TzInference.redraw(viaState, offset, overall).counts());
  }

  @Test
  void evidenceOutsideTheYearsKeptHasNoSavedYear() {
    TzEvidence e = new TzEvidence();
    e.add(1_640_995_200L);
    assertNull(e.activeQuarters(1969));
    assertNull(e.activeQuarters(2021));
    assertEquals(1, Long.bitCount(e.activeQuarters(2022)[0]));
    assertNull(e.activeQuarters(2101));
  }

  @Test
  void stateThatNoGridCouldHaveIsRefused() {
    long[] cells = new long[WeekHourGrid.CELLS];
    cells[5] = 2;
    assertThrows(IllegalArgumentException.class, () -> WeekHourGrid.of(cells, 3, 0, 0, 1, 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> WeekHourGrid.of(cells, 2, 0, 0, WeekHourGrid.NONE, WeekHourGrid.NONE));
    assertThrows(IllegalArgumentException.class, () -> WeekHourGrid.of(new long[3], 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> WeekHourGrid.of(cells, 2, 0, 0, 9, 1));
    assertEquals(2, WeekHourGrid.of(cells, 2, 0, 0, 1, 9).count(0, 5));
    long[][] years = new long[TzEvidence.LAST_YEAR - TzEvidence.FIRST_YEAR + 1][];
    assertThrows(
        IllegalArgumentException.class,
        () -> TzEvidence.of(years, new long[TzEvidence.QUARTERS], 1));
    assertThrows(
        IllegalArgumentException.class, () -> TzEvidence.of(new long[2][], new long[1], 0));
  }

  @Test
  void anUncappedTallyNeverFoldsGroups() {
    Tally capped = new Tally(ZoneOffset.UTC, false, 3);
    Tally uncapped = new Tally(ZoneOffset.UTC, false, Integer.MAX_VALUE);
    for (int i = 0; i < 20_000; i++) {
      capped.instant(1_700_000_000L + i, "n" + i);
      uncapped.instant(1_700_000_000L + i, "n" + i);
    }
    assertEquals(true, capped.overflowed());
    assertEquals(4, capped.groups().size()); // three names and (other)
    assertEquals(false, uncapped.overflowed());
    assertEquals(20_000, uncapped.groups().size());
    assertThrows(IllegalArgumentException.class, () -> new Tally(ZoneOffset.UTC, false, 0));
  }
}
