package dev.heatmap.grid.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.time.ZoneBinner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TzInferenceTest {
  /** Whole-, half- and quarter-hour zones, with and without daylight saving time. */
  static final List<String> ZONES =
      List.of(
          "Asia/Shanghai",
          "Asia/Tokyo",
          "Europe/Moscow",
          "Africa/Lagos",
          "America/Sao_Paulo",
          "Asia/Kolkata",
          "Asia/Tehran",
          "Asia/Kabul",
          "Asia/Yangon",
          "Australia/Darwin",
          "Pacific/Marquesas",
          "Asia/Kathmandu",
          "Australia/Eucla",
          "Pacific/Chatham",
          "America/New_York",
          "America/Los_Angeles",
          "Europe/Berlin",
          "Europe/London",
          "Australia/Sydney",
          "Australia/Adelaide",
          "America/St_Johns",
          "Australia/Lord_Howe",
          "Pacific/Auckland");

  static final int ACTORS_PER_ZONE = 6;

  /** One synthetic actor's evidence, from a fixed seed. */
  static TzEvidence actor(String zone, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OfficeActor actor = new OfficeActor(random);
    TzEvidence e = new TzEvidence();
    LocalDate first = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500));
    actor.live(ZoneId.of(zone), first, 30 + random.nextInt(370), e::add);
    return e;
  }

  /** Where the true offset ranks, 0 = best; {@link TzInference#TOP} when not listed. */
  static int rank(String zone, TzEvidence e) {
    String truth = TzInference.offsetId(TzInference.majorOffset(ZoneId.of(zone), e));
    List<ZoneGuess.Candidate> candidates = TzInference.infer(e).candidates();
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).offset().equals(truth)) {
        return i;
      }
    }
    return TzInference.TOP;
  }

  @Test
  void syntheticOfficeActorsInManyZonesAreFound() {
    int best = 0;
    int top3 = 0;
    int n = 0;
    List<String> misses = new ArrayList<>();
    for (String zone : ZONES) {
      for (int k = 0; k < ACTORS_PER_ZONE; k++) {
        long seed = 1000L * ZONES.indexOf(zone) + k;
        int rank = rank(zone, actor(zone, seed));
        n++;
        best += rank == 0 ? 1 : 0;
        top3 += rank < 3 ? 1 : 0;
        if (rank >= 3) {
          misses.add(zone + " seed " + seed + " rank " + rank);
        }
      }
    }
    // Measured with these seeds: 73 of 138 best (53 %), 105 in the top three (76 %). The model
    // before issue 15 found 118 and 135 here: this generator puts every habit exactly on :00 or
    // :30, which a grid of habits on the hour and half hour fitted exactly; the tempered model
    // with habits on any quarter-hour trades that for calibration on varied actors (see
    // InferenceReport), and the odd zones are where it loses.
    assertTrue(top3 >= 0.72 * n, top3 + " of " + n + " in the top three; misses " + misses);
    assertTrue(best >= 0.48 * n, best + " of " + n + " best");
  }

  @Test
  void theISoonLeakComesOutInChinasOffset() throws IOException {
    TzEvidence e = new TzEvidence();
    for (String line : Files.readAllLines(Path.of("example_data/isoon.txt"))) {
      if (!line.isBlank()) {
        e.add(LocalDateTime.parse(line.strip().replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC));
      }
    }
    ZoneGuess g = TzInference.infer(e);
    assertEquals("+08:00", g.best());
    assertEquals("Asia/Shanghai", g.candidates().get(0).zones().get(0));
    assertTrue(g.candidates().get(0).dstFit().contains("Asia/Shanghai"));
    assertEquals(List.of("+08:00", "+07:00", "+09:00"), offsets(g).subList(0, 3));
    assertNull(g.warning());
  }

  @ParameterizedTest
  @CsvSource({
    "America/New_York, 0, moves with daylight saving time",
    "Europe/Berlin, 1, moves with daylight saving time",
    "Asia/Shanghai, 2, keeps its UTC hours all year",
    "America/Phoenix, 3, keeps its UTC hours all year",
  })
  void aFullYearTellsWhetherDaylightSavingTimeIsKept(String zone, long seed, String dst) {
    SplittableRandom random = new SplittableRandom(seed);
    OfficeActor actor = new OfficeActor(random);
    TzEvidence e = new TzEvidence();
    actor.live(ZoneId.of(zone), LocalDate.of(2023, 1, 2), 364, e::add);
    ZoneGuess g = TzInference.infer(e);
    assertTrue(g.dst().contains(dst), g.dst());
    ZoneGuess.Candidate first = g.candidates().get(0);
    assertTrue(first.dstFit().contains(zone) || !first.zones().contains(zone), first.toString());
  }

  @Test
  void aNewYorkYearFitsNewYorksRulesNotAFixedOffset() {
    TzEvidence e = new TzEvidence();
    new OfficeActor(new SplittableRandom(42))
        .live(ZoneId.of("America/New_York"), LocalDate.of(2023, 1, 2), 364, e::add);
    ZoneGuess g = TzInference.infer(e);
    ZoneGuess.Candidate nyCandidate =
        g.candidates().stream()
            .filter(c -> c.zones().contains("America/New_York"))
            .findFirst()
            .get();
    assertTrue(nyCandidate.dstFit().contains("America/New_York"), nyCandidate.toString());
    assertTrue(!nyCandidate.dstFit().contains("America/Panama"), nyCandidate.toString());
  }

  @Test
  void workThatSwitchesOnAtAQuarterPastTheUtcHourPointsToAQuarterHourZone() {
    // 09:00-17:00 in Kathmandu is 03:15-11:15 UTC; a long, regular record makes the edges plain.
    TzEvidence e = new TzEvidence();
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
    SplittableRandom random = new SplittableRandom(7);
    for (LocalDate d = LocalDate.of(2023, 1, 2);
        d.isBefore(LocalDate.of(2023, 7, 1));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        for (int m = 9 * 60; m < 17 * 60; m += 1 + random.nextInt(10)) {
          if (m < 12 * 60 + 30 || m >= 13 * 60 + 30) {
            e.add(d.atTime(m / 60, m % 60).atZone(kathmandu).toEpochSecond());
          }
        }
      }
    }
    assertEquals("+05:45", TzInference.infer(e).best());
  }

  @Test
  void tooFewRecordsGiveNoGuessAndSayWhy() {
    TzEvidence e = new TzEvidence();
    for (int i = 0; i < 10; i++) {
      e.add(1_700_000_000L + i * 3600L);
    }
    ZoneGuess g = TzInference.infer(e);
    assertNull(g.best());
    assertEquals(List.of(), g.candidates());
    assertEquals(
        "only 10 active quarter-hours: at least 24 are needed to guess a time zone, and 200 to"
            + " trust the guess",
        g.warning());
  }

  @Test
  void fewRecordsGiveAGuessWithAWarning() {
    TzEvidence e = actor("Europe/Berlin", 5);
    TzEvidence small = new TzEvidence();
    // The first 100 distinct quarter-hours of a real-looking actor.
    SplittableRandom random = new SplittableRandom(5);
    new OfficeActor(random)
        .live(ZoneId.of("Europe/Berlin"), LocalDate.of(2023, 3, 6), 4, small::add);
    ZoneGuess g = TzInference.infer(small);
    assertTrue(g.best() != null);
    assertTrue(g.warning().contains("below 200 the guess is unreliable"), g.warning());
    assertNull(TzInference.infer(e).warning());
  }

  @Test
  void activityAroundTheClockIsTooFlat() {
    TzEvidence e = new TzEvidence();
    SplittableRandom random = new SplittableRandom(3);
    long start = 1_700_000_000L;
    for (int i = 0; i < 5000; i++) {
      e.add(start + random.nextLong(120 * 86400L));
    }
    String warning = TzInference.infer(e).warning();
    assertTrue(
        warning.contains("the activity is spread around the clock: its quietest 6 hours"), warning);
    assertTrue(warning.contains("a working life leaves under 15%"), warning);
  }

  @Test
  void theEvidenceIsASetSoOrderAndSplittingDoNotMatter() {
    List<Long> instants = new ArrayList<>();
    new OfficeActor(new SplittableRandom(11))
        .live(ZoneId.of("Asia/Tokyo"), LocalDate.of(2022, 5, 1), 90, instants::add);
    TzEvidence sorted = new TzEvidence();
    instants.forEach(sorted::add);
    TzEvidence a = new TzEvidence();
    TzEvidence b = new TzEvidence();
    java.util.Collections.shuffle(instants, new java.util.Random(1));
    for (int i = 0; i < instants.size(); i++) {
      (i % 2 == 0 ? a : b).add(instants.get(i));
    }
    a.merge(b);
    assertEquals(sorted.summary().count(), a.summary().count());
    assertArrayEquals(sorted.summary().active(), a.summary().active());
    assertEquals(sorted.total(), a.total());
    assertEquals(TzInference.infer(sorted), TzInference.infer(a));
  }

  @ParameterizedTest
  @CsvSource({"+08:00", "-03:30", "+05:45", "+00:00"})
  void theRedrawnGridIsTheGridInThatOffset(String offset) {
    List<Long> instants = new ArrayList<>();
    new OfficeActor(new SplittableRandom(13))
        .live(ZoneId.of("Europe/Berlin"), LocalDate.of(2023, 3, 20), 30, instants::add);
    TzEvidence e = new TzEvidence();
    WeekHourGrid overall = new WeekHourGrid();
    WeekHourGrid expected = new WeekHourGrid();
    ZoneBinner utc = new ZoneBinner(ZoneOffset.UTC);
    ZoneBinner there = new ZoneBinner(ZoneOffset.of(offset));
    for (long t : instants) {
      e.add(t);
      overall.add(utc.cell(t), t);
      expected.add(there.cell(t), t);
    }
    WeekHourGrid redrawn = TzInference.redraw(e, ZoneOffset.of(offset).getTotalSeconds(), overall);
    assertArrayEquals(expected.counts(), redrawn.counts());
    assertEquals(expected.total(), redrawn.total());
    assertEquals(overall.first(), redrawn.first());
    assertEquals(overall.last(), redrawn.last());
  }

  @Test
  void everyOffsetInUseIsACandidateIncludingTheOddOnes() {
    List<Integer> inUse = TzInference.offsetsInUse(2024);
    for (String offset :
        List.of(
            "+05:30", "+05:45", "+09:30", "+03:30", "-03:30", "-09:30", "+08:45", "+12:45",
            "+13:45", "+14:00", "-11:00", "+00:00", "-02:30", "+10:30")) {
      assertTrue(inUse.contains(ZoneOffset.of(offset).getTotalSeconds()), offset);
    }
  }

  private static List<String> offsets(ZoneGuess g) {
    return g.candidates().stream().map(ZoneGuess.Candidate::offset).toList();
  }
}
