package dev.heatmap.grid.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.grid.Tally;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events per local day: counted in the tally's zone, merged exactly, kept per group. */
class DayCountsTest {
  static final long JAN_1_2024 = LocalDate.of(2024, 1, 1).toEpochDay() * 86_400L;

  @Test
  void daysAreLocalDaysInTheTallysZone() {
    Tally t = new Tally(ZoneId.of("Asia/Shanghai"), false, true);
    t.instant(JAN_1_2024 + 15 * 3600 + 59 * 60, null); // 23:59 in Shanghai: still 1 January
    t.instant(JAN_1_2024 + 16 * 3600, null); // 00:00 on 2 January in Shanghai
    t.instant(JAN_1_2024 - 3600, null); // 07:00 on 1 January in Shanghai
    DayCounts d = t.days();
    assertEquals(LocalDate.of(2024, 1, 1), d.first());
    assertEquals(LocalDate.of(2024, 1, 2), d.last());
    assertArrayEquals(new long[] {2, 1}, d.counts(d.first(), d.last()));
  }

  @Test
  void mergingTwoWorkersIsCountingThemInOne() {
    Tally whole = new Tally(ZoneOffset.UTC, false, true);
    Tally a = new Tally(ZoneOffset.UTC, false, true);
    Tally b = new Tally(ZoneOffset.UTC, false, true);
    for (int i = 0; i < 1000; i++) {
      long at = JAN_1_2024 - 400 * 86_400L + i * 86_400L * 3 / 2 + i * 37;
      String group = i % 3 == 0 ? "x" : "y";
      whole.instant(at, group);
      (i < 500 ? b : a).instant(at, group);
    }
    a.merge(b);
    LocalDate from = whole.days().first();
    LocalDate to = whole.days().last();
    assertEquals(from, a.days().first());
    assertEquals(to, a.days().last());
    assertArrayEquals(whole.days().counts(from, to), a.days().counts(from, to));
    List<Tally.Group> groups = whole.groups(1); // "y", then "x" folded into (other)
    List<DayCounts> w = whole.groupDays(groups);
    List<DayCounts> m = a.groupDays(a.groups(1));
    assertEquals(2, w.size());
    for (int g = 0; g < 2; g++) {
      assertArrayEquals(w.get(g).counts(from, to), m.get(g).counts(from, to));
    }
    long total = 0;
    for (DayCounts d : w) {
      for (long n : d.counts(from, to)) {
        total += n;
      }
    }
    assertEquals(1000, total);
  }

  @Test
  void aYearBoundaryAndALeapDay() {
    DayCounts d = new DayCounts();
    d.add(LocalDate.of(2023, 12, 31).toEpochDay());
    d.add(LocalDate.of(2024, 2, 29).toEpochDay());
    d.add(LocalDate.of(2024, 12, 31).toEpochDay());
    d.add(LocalDate.of(1969, 12, 31).toEpochDay());
    assertEquals(1, d.outside());
    long[] c = d.counts(d.first(), d.last());
    assertEquals(367, c.length);
    assertEquals(1, c[0]);
    assertEquals(1, c[60]);
    assertEquals(1, c[366]);
    assertEquals(1, d.count(LocalDate.of(2024, 2, 29).toEpochDay()));
  }
}
