package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * What the grid counts, for any input: every record is either counted or skipped, the total is
 * exactly the valid ones, and the zone the grid is drawn in moves records between cells (to the
 * cell java.time puts them in) but never changes how many there are.
 */
class GridTotalPropertyTest {
  /** Years 1 to 9999, the range a timestamp may name. */
  private static final long MIN = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();

  private static final long MAX = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** One input line: a timestamp, or text that no timestamp format can read. */
  record Line(String text, boolean valid) {}

  @Property(tries = 60)
  void theTotalIsTheValidRecordsAndEveryOtherIsSkipped(
      @ForAll @Size(min = 1, max = 60) List<@From("lines") Line> lines, @ForAll boolean asJsonLines)
      throws IOException {
    StringBuilder in = new StringBuilder();
    long valid = 0;
    for (Line l : lines) {
      valid += l.valid() ? 1 : 0;
      if (asJsonLines) {
        // A line of junk is a malformed JSON line half the time, a string that is no time else.
        in.append(
            l.valid() || l.text().length() % 2 == 0
                ? "{\"ts\":\"" + l.text() + "\"}"
                : "{\"ts\": " + l.text());
      } else {
        in.append(l.text());
      }
      in.append('\n');
    }
    // A file, so that its name says JSON lines however many lines are broken.
    Path file = Files.createTempFile("lines", asJsonLines ? ".jsonl" : ".txt");
    Cli r;
    try {
      Files.writeString(file, in);
      r =
          asJsonLines
              ? Cli.run(file.toString(), "--field", "ts", "-f", "json")
              : Cli.run(file.toString(), "-f", "json");
    } finally {
      Files.delete(file);
    }

    if (valid == 0) {
      assertEquals(1, r.exitCode(), r.err());
      return;
    }
    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> report = JsonFields.of(r.out());
    assertEquals(Long.toString(valid), report.get("total"), in.toString());
    assertEquals(Long.toString(lines.size() - valid), report.get("skipped"), in.toString());
    assertEquals(valid, sum(counts(r.out())));
  }

  @Property(tries = 60)
  void changingTheZoneMovesCountsButNeverTheTotal(
      @ForAll @Size(min = 1, max = 40) List<@From("instants") Long> instants,
      @ForAll("zones") ZoneId zone) {
    StringBuilder in = new StringBuilder();
    for (long t : instants) {
      in.append(ISO.format(Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC))).append('\n');
    }

    Cli utc = Cli.run(utf8(in.toString()), "-f", "json", "--tz", "UTC");
    Cli there = Cli.run(utf8(in.toString()), "-f", "json", "--tz", zone.getId());

    assertEquals(0, utc.exitCode(), utc.err());
    assertEquals(0, there.exitCode(), there.err());
    assertEquals(JsonFields.of(utc.out()).get("total"), JsonFields.of(there.out()).get("total"));
    assertEquals(Integer.toString(instants.size()), JsonFields.of(there.out()).get("total"));
    assertEquals(expected(instants, ZoneOffset.UTC), counts(utc.out()));
    assertEquals(expected(instants, zone), counts(there.out()), "cells as java.time puts them");
  }

  /** The grid java.time draws: day of week (Monday first) by hour, in {@code zone}. */
  private static List<List<Long>> expected(List<Long> instants, ZoneId zone) {
    long[][] grid = new long[7][24];
    for (long t : instants) {
      ZonedDateTime z = Instant.ofEpochSecond(t).atZone(zone);
      grid[z.getDayOfWeek().getValue() - 1][z.getHour()]++;
    }
    List<List<Long>> rows = new ArrayList<>();
    for (long[] row : grid) {
      List<Long> r = new ArrayList<>();
      for (long v : row) {
        r.add(v);
      }
      rows.add(r);
    }
    return rows;
  }

  @Provide
  Arbitrary<Line> lines() {
    Arbitrary<Line> valid =
        instants()
            .map(t -> new Line(ISO.format(Instant.ofEpochSecond(t).atOffset(offset(t))), true));
    // No digit, so no format can read it; never blank, so it is a record.
    Arbitrary<Line> junk =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars(" :-/.,TZ<>&'{}[]\u00e9\u4e2d")
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(s -> !s.isBlank())
            .map(s -> new Line(s.replace("\"", ""), false));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(2, junk));
  }

  /** Offsets vary with the instant so that the written wall times differ from UTC's. */
  private static ZoneOffset offset(long t) {
    return ZoneOffset.ofTotalSeconds((int) Math.floorMod(t, 73L) * 1800 - 18 * 3600);
  }

  @Provide
  Arbitrary<Long> instants() {
    // Mostly recent times, where the zone rules change often; sometimes anywhere in 1..9999.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            3, Arbitraries.longs().between(-2_208_988_800L, 4_102_444_800L)), // 1900..2100
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(MIN + 86400, MAX - 86400)));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
  }

  private static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static long sum(List<List<Long>> grid) {
    long n = 0;
    for (List<Long> row : grid) {
      for (long v : row) {
        n += v;
      }
    }
    return n;
  }

  /** The report's {@code counts}: 7 rows of 24. */
  static List<List<Long>> counts(String json) {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME
            && p.currentName().equals("counts")
            && p.getParsingContext().getParent().inRoot()) {
          p.nextToken();
          List<List<Long>> rows = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_ARRAY) {
            List<Long> row = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              row.add(p.getLongValue());
            }
            rows.add(row);
          }
          return rows;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no counts in " + json);
  }
}
