package dev.heatmap.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.heatmap.grid.calendar.DayCounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cap on groups counted day by day ({@link Tally#MAX_DAY_GROUPS}): the first ones seen get
 * their rows, later ones none, and a merged row is every event of its group or absent.
 */
class TallyDayGroupsTest {
  static final long DAY = LocalDate.of(2021, 3, 1).toEpochDay();

  static Tally tally() {
    return new Tally(ZoneOffset.UTC, false, true);
  }

  /** One event of {@code group} at noon of day {@code DAY + offset}. */
  static void event(Tally t, String group, int offset) {
    t.instant((DAY + offset) * 86_400 + 43_200, group);
  }

  static DayCounts days(Tally t, String group) {
    List<Tally.Group> all = t.groups(0);
    List<Tally.Group> one = new ArrayList<>();
    for (Tally.Group g : all) {
      if (g.name().equals(group)) {
        one.add(g);
      }
    }
    assertEquals(1, one.size(), group + " among " + all);
    return t.groupDays(one).get(0);
  }

  @Test
  void theFirstGroupsSeenAreCountedDayByDayAndTheRestAreNot() {
    Tally t = tally();
    for (int g = 0; g <= Tally.MAX_DAY_GROUPS; g++) {
      event(t, "g" + g, g);
      event(t, "g" + g, g + 1);
    }
    event(t, "g0", 5);
    DayCounts first = days(t, "g0");
    assertEquals(1, first.count(DAY));
    assertEquals(1, first.count(DAY + 1));
    assertEquals(1, first.count(DAY + 5));
    assertNotNull(days(t, "g" + (Tally.MAX_DAY_GROUPS - 1)));
    assertNull(days(t, "g" + Tally.MAX_DAY_GROUPS), "past the cap: no row");
    // The overall counts still hold every event.
    long total = 0;
    for (long[] c : new long[][] {t.days().counts(t.days().first(), t.days().last())}) {
      for (long n : c) {
        total += n;
      }
    }
    assertEquals(2L * (Tally.MAX_DAY_GROUPS + 1) + 1, total);
  }

  @Test
  void aGroupOneWorkerDidNotCountHasNoRowAfterTheMerge() {
    Tally a = tally();
    event(a, "x", 0);
    event(a, "y", 0);
    Tally b = tally();
    for (int g = 0; g < Tally.MAX_DAY_GROUPS; g++) {
      event(b, "f" + g, 1);
    }
    event(b, "x", 2); // b is full: x is seen but not counted by day
    event(b, "y", 2);
    Tally merged = tally();
    merged.merge(a);
    merged.merge(b);
    assertNull(days(merged, "x"), "x would miss the event b did not count");
    assertNull(days(merged, "y"));
    // The slots x and y gave up went to b's first groups, which b counted whole.
    assertEquals(1, days(merged, "f0").count(DAY + 1));
    assertEquals(1, days(merged, "f1").count(DAY + 1));
    assertEquals(2, merged.days().count(DAY));
    assertEquals(Tally.MAX_DAY_GROUPS, merged.days().count(DAY + 1));
    assertEquals(2, merged.days().count(DAY + 2));
  }

  @Test
  void rowsMergeExactlyWhenEveryWorkerCountedTheGroup() {
    Tally a = tally();
    event(a, "x", 0);
    event(a, "x", 3);
    Tally b = tally();
    event(b, "x", 3);
    event(b, "z", 4);
    Tally merged = tally();
    merged.merge(a);
    merged.merge(b);
    DayCounts x = days(merged, "x");
    assertEquals(1, x.count(DAY));
    assertEquals(2, x.count(DAY + 3));
    assertEquals(0, x.count(DAY + 4));
    assertEquals(1, days(merged, "z").count(DAY + 4));
  }

  @Test
  void theOtherRowIsLeftOutWhenAGroupFoldedIntoItWasNotCounted() {
    Tally t = tally();
    for (int g = 0; g <= Tally.MAX_DAY_GROUPS; g++) {
      event(t, "g" + (100 + g), 0);
    }
    event(t, "g100", 1); // the largest group
    List<Tally.Group> shown = t.groups(1); // g100 and (other), which holds every other group
    assertEquals(List.of(Tally.OTHER, "g100"), shown.stream().map(Tally.Group::name).toList());
    List<DayCounts> rows = t.groupDays(shown);
    assertNull(rows.get(0), "(other) holds a group that was not counted day by day");
    assertEquals(2, rows.get(1).count(DAY) + rows.get(1).count(DAY + 1));
    // With every folded group counted, (other) has its row: their sum.
    Tally few = tally();
    event(few, "a", 0);
    event(few, "a", 0);
    event(few, "b", 1);
    event(few, "c", 1);
    List<Tally.Group> two = few.groups(1);
    assertEquals(List.of("a", Tally.OTHER), two.stream().map(Tally.Group::name).toList());
    assertEquals(2, few.groupDays(two).get(1).count(DAY + 1));
  }
}
