package dev.heatmap.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The group cap once folded every name past it into "(other)", so a dominant group seen late was
 * hidden. Now the smallest groups fold to make room, and every bound the tally states holds against
 * the exact counts, whatever the order of the records.
 */
class TallyCapTest {
  private static final int CAP = 32;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyStatedBoundHoldsAgainstTheExactCounts(long seed) {
    Random random = new Random(seed);
    Tally tally = new Tally(ZoneOffset.UTC, false, false, CAP);
    Map<String, Long> exact = new HashMap<>();
    int names = 40 + random.nextInt(400);
    for (int i = 0; i < 20_000; i++) {
      // A skewed stream: a few heavy names among many light ones, arriving in any order.
      String name =
          random.nextInt(4) == 0
              ? "heavy" + random.nextInt(3)
              : "n" + (int) (names * Math.pow(random.nextDouble(), 2));
      tally.instant(1_700_000_000L + i * 60L, name);
      exact.merge(name, 1L, Long::sum);
    }
    List<Tally.Group> groups = tally.groups();
    Set<String> kept = new HashSet<>();
    long other = 0;
    for (Tally.Group g : groups) {
      if (g.name().equals(Tally.OTHER)) {
        other = g.grid().total();
        continue;
      }
      kept.add(g.name());
      long truth = exact.get(g.name());
      assertTrue(g.grid().total() <= truth, g.name());
      assertTrue(truth <= g.grid().total() + g.missingAtMost(), g.name());
    }
    assertTrue(kept.size() <= CAP);
    long sum = 0;
    for (Tally.Group g : groups) {
      sum += g.grid().total();
    }
    assertEquals(20_000, sum);
    Tally.GroupCap cap = tally.cap(groups);
    assertNotNull(cap);
    long outside = 0;
    for (Map.Entry<String, Long> e : exact.entrySet()) {
      if (!kept.contains(e.getKey())) {
        outside += e.getValue();
        assertTrue(e.getValue() <= cap.foldedAtMost(), e.getKey());
      }
    }
    assertTrue(outside <= other);
    for (int h = 0; h < 3; h++) {
      assertTrue(kept.contains("heavy" + h), "a heavy name is never folded away");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 31})
  void aLateDominantGroupIsCountedExactly(int before) {
    Tally tally = new Tally(ZoneOffset.UTC, false, false, CAP);
    for (int i = 0; i < CAP * before; i++) {
      tally.instant(1_700_000_000L + i, "one" + i);
    }
    for (int i = 0; i < 1000; i++) {
      tally.instant(1_700_000_000L + i, "late");
    }
    Tally.Group top = tally.groups(1).get(0);
    assertEquals("late", top.name());
    assertEquals(1000, top.grid().total());
    assertEquals(0, top.missingAtMost());
    assertTrue(tally.cap(tally.groups(1)).certain());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aRecountCountsTheGivenNamesExactly(int early) {
    Tally first = new Tally(ZoneOffset.UTC, false, false, CAP);
    Tally second = Tally.recounting(ZoneOffset.UTC, false, false, false, List.of("late"));
    for (Tally t : List.of(first, second)) {
      for (int i = 0; i < early; i++) {
        t.instant(1_700_000_000L, "late"); // seen early, folded away with the light names
      }
      for (int i = 0; i < CAP * 3; i++) {
        for (int k = 0; k < early; k++) {
          t.instant(1_700_000_000L + i, "one" + i);
        }
      }
      for (int i = 0; i < 500; i++) {
        t.instant(1_700_000_000L + i, "late");
      }
    }
    Tally.Group fromFirst = first.groups(1).get(0);
    assertEquals(500, fromFirst.grid().total());
    assertEquals(early, fromFirst.missingAtMost());
    Tally.GroupCap doubt = first.cap(first.groups(1));
    assertEquals(1, doubt.inexact());
    assertTrue(!doubt.certain());

    second.carryFoldings(first);
    Tally.Group fromSecond = second.groups(1).get(0);
    assertEquals(500 + early, fromSecond.grid().total());
    assertEquals(0, fromSecond.missingAtMost());
    assertTrue(second.cap(second.groups(1)).certain());
    assertTrue(second.cap(second.groups(1)).recounted());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, CAP})
  void underTheCapNothingIsSaid(int names) {
    Tally tally = new Tally(ZoneOffset.UTC, false, false, CAP);
    for (int i = 0; i < names; i++) {
      tally.instant(1_700_000_000L, "g" + i);
    }
    assertNull(tally.cap(tally.groups(0)));
    assertEquals(names, tally.groups(0).size());
  }
}
