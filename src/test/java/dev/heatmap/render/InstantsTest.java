package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Instants#iso} writes what {@link Instant#toString} writes. */
class InstantsTest {
  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        -1,
        1,
        86_399,
        86_400,
        951_782_400, // 2000-02-29
        1_704_104_100,
        4_102_444_800L, // 2100-01-01
        -62_167_219_200L, // 0000-01-01T00:00:00Z
        -62_167_219_201L,
        253_402_300_799L, // 9999-12-31T23:59:59Z
        253_402_300_800L, // +10000-01-01T00:00:00Z
        Long.MAX_VALUE / 1000,
        -Long.MAX_VALUE / 1000
      })
  void likeInstantToString(long epochSecond) {
    assertEquals(Instant.ofEpochSecond(epochSecond).toString(), Instants.iso(epochSecond));
  }

  @Property
  void likeInstantToStringAnywhere(
      @ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long epochSecond) {
    if (epochSecond != WeekHourGrid.NONE) {
      assertEquals(Instant.ofEpochSecond(epochSecond).toString(), Instants.iso(epochSecond));
    }
  }

  @Test
  void everyDayFrom1900To2200() {
    for (long day = -25_567; day < 84_007; day++) {
      for (long second : new long[] {day * 86_400, day * 86_400 + 86_399}) {
        assertEquals(Instant.ofEpochSecond(second).toString(), Instants.iso(second));
      }
    }
  }

  @Test
  void noneIsNull() {
    assertNull(Instants.iso(WeekHourGrid.NONE));
  }
}
