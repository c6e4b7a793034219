package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.grid.Tally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later part of an input read in another process (a Spark task) reads with the format the first
 * part chose, from that part's sample alone; and its diagnostics travel and merge with their lines
 * moved.
 */
class FollowerTest {
  /** Day-first dates, told apart from month-first only by values past the 12th. */
  private static final String[] FIRST = new String[TimeResolver.SAMPLE + 200];

  static {
    for (int i = 0; i < FIRST.length; i++) {
      FIRST[i] = String.format("%02d/03/2024 %02d:00", 1 + i % 28, i % 24);
    }
  }

  @Test
  void aFollowerFromTheSampleReadsAsTheFirstPartChose() throws Exception {
    Tally first = new Tally(ZoneOffset.UTC);
    Diagnostics d = new Diagnostics("f");
    TimeResolver leader = new TimeResolver(TimeConfig.utc(), first, d);
    assertThrows(IllegalStateException.class, leader::sample);
    for (int i = 0; i < FIRST.length; i++) {
      leader.text(FIRST[i], null, i + 1);
    }
    leader.finish();
    assertEquals(true, leader.sampleFilled());
    List<String> sample = leader.sample();

    // "02/03/2024" is the 2nd of March for this input, whatever it would be alone.
    Tally later = new Tally(ZoneOffset.UTC);
    Diagnostics own = new Diagnostics("f");
    TimeResolver follower = TimeResolver.follower(TimeConfig.utc(), copy(sample), later, own);
    follower.text("02/03/2024 10:00", null, 1);
    follower.text("nonsense", null, 2);
    follower.finish();
    assertEquals(1, later.overall().total());
    assertEquals(1, later.overall().count(5, 10)); // Saturday 2 March 2024
    assertEquals(List.of(), own.notes()); // the first part's reader said what it chose

    // The follower's diagnostics, sent back and merged after the first part's lines.
    Diagnostics merged = copy(d);
    merged.merge(copy(own), FIRST.length);
    assertEquals(
        List.of("f:" + (FIRST.length + 2) + ": not a timestamp: \"nonsense\""), merged.messages());
    assertEquals(d.notes(), merged.notes());
  }

  @Test
  void aForcedFormatHasNoSample() {
    TimeConfig forced =
        new TimeConfig(
            ZoneOffset.UTC,
            ZoneOffset.UTC,
            "%d/%m/%Y %H:%M",
            null,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            false);
    TimeResolver leader = new TimeResolver(forced, new Tally(ZoneOffset.UTC), new Diagnostics("f"));
    assertNull(leader.sample());
    Tally later = new Tally(ZoneOffset.UTC);
    TimeResolver.follower(forced, null, later, new Diagnostics("f"))
        .text("02/03/2024 10:00", null, 1);
    assertArrayEquals(new long[] {1}, new long[] {later.overall().count(5, 10)});
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
