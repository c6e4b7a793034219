package dev.heatmap.time;

import dev.heatmap.time.parse.LocalTimes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The hand-made zone arithmetic agrees with java.time for any instant and any zone. */
class ZonePropertiesTest {
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  @Property(tries = 3000)
  void theGridCellIsTheOneZonedDateTimeGives(
      @ForAll @LongRange(min = -4_000_000_000L, max = 7_000_000_000L) long epochSecond,
      @ForAll("zones") String zone) {
    ZoneId id = ZoneId.of(zone);
    ZonedDateTime z = Instant.ofEpochSecond(epochSecond).atZone(id);
    int expected = (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
    if (new ZoneBinner(id).cell(epochSecond) != expected) {
      throw new AssertionError(z + " gave " + new ZoneBinner(id).cell(epochSecond));
    }
  }

  @Property(tries = 500)
  void aRunOfNearbyInstantsThroughOneBinnerAgreesToo(
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long start, @ForAll("zones") String zone) {
    ZoneId id = ZoneId.of(zone);
    ZoneBinner binner = new ZoneBinner(id); // its cache is exercised across transitions
    for (long t = start; t < start + 400 * 86400L; t += 7919) {
      ZonedDateTime z = Instant.ofEpochSecond(t).atZone(id);
      int expected = (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
      if (binner.cell(t) != expected) {
        throw new AssertionError(z.toString());
      }
    }
  }

  @Property(tries = 3000)
  void wallTimesResolveAsJavaTimeDoesInGapsAndOverlaps(
      @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long wall,
      @ForAll("zones") String zone) {
    ZoneId id = ZoneId.of(zone);
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC);
    long expected = ldt.atZone(id).toEpochSecond();
    if (LocalTimes.of(id).toEpochSecond(wall) != expected) {
      throw new AssertionError(ldt + " in " + zone);
    }
  }

  @Property(tries = 300)
  void wallTimesNearTransitionsResolveAsJavaTimeDoes(
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long near, @ForAll("zones") String zone) {
    ZoneId id = ZoneId.of(zone);
    var transition = id.getRules().nextTransition(Instant.ofEpochSecond(near));
    Assume.that(transition != null);
    LocalTimes local = LocalTimes.of(id);
    long at = transition.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
    for (long wall = at - 7200; wall <= at + 7200; wall += 300) {
      LocalDateTime ldt = LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC);
      if (local.toEpochSecond(wall) != ldt.atZone(id).toEpochSecond()) {
        throw new AssertionError(ldt + " in " + zone);
      }
    }
  }
}
