package dev.heatmap.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Report;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run concluded from counts made elsewhere (a Spark job's merged tasks) ends as the run that
 * counted them itself: the same closing lines, status and report.
 */
class ConcludeTest {
  private static HeatmapRun.Request request(List<Source> sources, boolean strict) {
    TimeConfig time =
        new TimeConfig(
            ZoneId.of("UTC"),
            ZoneId.of("Asia/Shanghai"),
            null,
            null,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            true);
    return new HeatmapRun.Request(
        sources,
        InputConfig.auto(FormatDetector.JUDGE),
        time,
        "t",
        20,
        DayOfWeek.MONDAY,
        false,
        true,
        strict,
        Analysis.Parallelism.SEQUENTIAL,
        ReadProgress.NONE);
  }

  private static byte[] json(Report r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputFormat.JSON.renderer(RenderOptions.defaults()).render(r, out);
    return out.toByteArray();
  }

  @Test
  void concludingFromSavedCountsIsRunningThem() throws Exception {
    Source isoon = Source.file(Path.of("example_data/isoon.txt"));
    HeatmapRun.Request request = request(List.of(isoon), true);
    HeatmapRun.Outcome ran = HeatmapRun.run(request, r -> {});

    // The same input counted by a "task" and concluded from what it saved.
    Tally tally = new Tally(ZoneId.of("Asia/Shanghai"), true, Integer.MAX_VALUE);
    Analysis.FileResult r =
        new Analysis(request.input(), request.time()).read(Source.file(isoon.path()), tally);
    WeekHourGrid g = tally.overall();
    WeekHourGrid saved =
        WeekHourGrid.of(g.counts(), g.total(), g.skipped(), g.filtered(), g.first(), g.last());
    TzEvidence e = tally.evidence();
    long[][] years = new long[TzEvidence.LAST_YEAR - TzEvidence.FIRST_YEAR + 1][];
    for (int y = 0; y < years.length; y++) {
      years[y] = e.activeQuarters(TzEvidence.FIRST_YEAR + y);
    }
    Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
    skips.putAll(r.diagnostics().skips());
    HeatmapRun.Outcome concluded =
        HeatmapRun.conclude(
            request,
            ExitCode.OK,
            skips,
            saved,
            List.of(),
            TzEvidence.of(years, e.quarterRecords(), e.total()),
            List.of(),
            r.diagnostics().localTimes());
    assertEquals(ran.status(), concluded.status());
    assertEquals(ran.closing(), concluded.closing());
    // Counts saved elsewhere carry no written offsets (the Spark job does not save them yet): the
    // report says they were not counted rather than that there were none; given the task's
    // counts it is the run's, byte for byte.
    assertNull(concluded.report().writtenOffsets());
    assertArrayEquals(
        json(ran.report()),
        json(concluded.report().withWrittenOffsets(tally.writtenOffsets().entries())));
  }

  @Test
  void nothingCountedSaysWhereItLooked() {
    HeatmapRun.Outcome o =
        HeatmapRun.conclude(
            request(List.of(Source.file(Path.of("a.txt")), Source.file(Path.of("b.txt"))), false),
            ExitCode.OK,
            Map.of(SkipReason.EMPTY, 2L),
            new WeekHourGrid(),
            List.of(),
            new TzEvidence(),
            List.of("a.txt: a hint"));
    assertEquals(ExitCode.INPUT, o.status());
    assertNull(o.report());
    assertEquals(
        List.of(
            "skipped 2 records (2 empty value)", "no timestamp found in 2 inputs", "a.txt: a hint"),
        o.closing());
  }
}
