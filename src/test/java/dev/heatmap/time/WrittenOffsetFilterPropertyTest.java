package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WrittenOffset#mayCarry}, the byte path's quick test in front of {@link WrittenOffset#of},
 * never turns away a value in which {@code of} finds an offset: else records would silently lose
 * their written offset (and {@code --tz written} would draw them in the input zone).
 */
class WrittenOffsetFilterPropertyTest {
  @Property(tries = 20_000)
  void theFilterKeepsEveryValueWithAWrittenOffset(@ForAll("values") String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    if (WrittenOffset.of(value) != WrittenOffset.NONE) {
      assertTrue(WrittenOffset.mayCarry(b, 0, b.length), value);
    }
  }

  @Property(tries = 200)
  void valuesWithoutAnOffsetAreMostlyTurnedAwayCheaply(@ForAll("plain") String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    assertTrue(!WrittenOffset.mayCarry(b, 0, b.length), value);
  }

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> time =
        Arbitraries.of(
            "2024-03-01T09:15:00",
            "2024-03-01 09:15:00.123",
            "Tue, 5 Mar 2024 14:22:01",
            "Tue Mar 5 14:22:01 2024",
            "1709622000",
            "20240301T091500",
            "09:15",
            "2024-03-01");
    Arbitrary<String> offset =
        Arbitraries.of(
            "",
            "Z",
            "z",
            "+03:00",
            "-0530",
            "+08",
            " +0300",
            " GMT",
            " UTC",
            " EST",
            " +0300 (MSK)",
            "+3",
            "+03:0",
            "+030",
            "-",
            " ");
    Arbitrary<String> tail = Arbitraries.of("", " ", "  ", "\t");
    return Combinators.combine(time, offset, tail).as((t, o, s) -> t + o + s);
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.of(
        "2024-03-01T09:15:00", "2024-03-01 09:15:00.123456", "1709622000", "1709622000123");
  }
}
