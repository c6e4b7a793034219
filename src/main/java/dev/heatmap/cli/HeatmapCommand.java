package dev.heatmap.cli;

import dev.heatmap.Analysis;
import dev.heatmap.Diagnostics;
import dev.heatmap.ExitCode;
import dev.heatmap.HeatmapException;
import dev.heatmap.SkipReason;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.TzInference;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.ZoneGuess;
import dev.heatmap.input.ReadProgress;
import dev.heatmap.input.Source;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Report;
import dev.heatmap.render.Terminal;
import dev.heatmap.time.TimeConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code heatmap [OPTIONS] [FILE...]}: the command line, and the only place that knows argv. */
@Command(
    name = "heatmap",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    abbreviateSynopsis = true,
    description = {
      "Counts timestamps into a day-of-week × hour grid and writes a pattern-of-life report.",
      "Reads FILEs, or standard input when no FILE is given or FILE is -."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nGeneral:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:an input or processing problem (missing or unreadable file, no timestamp found)",
      "2:a usage error"
    },
    // Worked examples, one per common task; each line fits 80 columns. Picocli formats these
    // lines, so a literal percent sign is written %%. Every line is indented so that the man page
    // generator's AsciiDoc keeps them as literal text, as typed.
    footerHeading = "%nExamples:%n",
    footer = {
      "  Chat logs (ContiLeaks-style Jabber JSON; type and field are detected):",
      "    heatmap example_data/jabber/*.json -o jabber.html",
      "",
      "  A CSV export, counting the column named created_at:",
      "    heatmap --field created_at events.csv -o events.html",
      "",
      "  Timestamps from a pipeline on standard input (here, git commit times):",
      "    git log --format=%%aI | heatmap --tz Europe/Berlin",
      "",
      "  One heatmap per sender, the 10 busiest (a Matrix export, epoch milliseconds):",
      "    heatmap --field origin_server_ts --group-by sender --top 10 room.json \\",
      "        -o senders.html",
      "",
      "  Which time zone does the actor live in?",
      "    heatmap --infer-tz example_data/isoon.txt",
      "",
      "  The grid in China Standard Time, as Markdown for a CI job summary:",
      "    heatmap --tz Asia/Shanghai example_data/isoon.txt -f markdown",
      "",
      "  More: man heatmap, and the README."
    })
final class HeatmapCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  @Parameters(paramLabel = "FILE", description = "Input files; - reads standard input.")
  private List<String> files = new ArrayList<>();

  @ArgGroup(validate = false, heading = "%nInput:%n", order = 1)
  private InputOptions input = new InputOptions();

  @ArgGroup(validate = false, heading = "%nTime:%n", order = 2)
  private TimeOptions time = new TimeOptions();

  @ArgGroup(validate = false, heading = "%nOutput:%n", order = 3)
  private OutputOptions output = new OutputOptions();

  @ArgGroup(validate = false, heading = "%nAnalysis:%n", order = 4)
  private AnalysisOptions analysisOptions = new AnalysisOptions();

  @Option(names = "--debug", description = "Show stack traces for errors.", order = 10)
  private boolean debug;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress line on stderr (default: when stderr is a terminal and reading takes"
              + " more than a second).",
      order = 12)
  private Boolean progress;

  HeatmapCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  boolean debug() {
    return debug;
  }

  @Override
  public Integer call() {
    // Check everything the user typed before reading any input.
    OutputTarget target = output.target(stdout);
    OutputFormat format = output.format(target);
    RenderOptions renderOptions =
        output.renderOptions(
            target,
            stdout == System.out && ColorChoice.stdoutIsTerminal(),
            System.getenv(),
            analysisOptions.normalize());
    TimeConfig timeConfig = time.toConfig(analysisOptions.inferTz());
    int top = analysisOptions.top();
    DayOfWeek weekStart = time.weekStart();
    boolean hour12 = time.hour12();
    List<Source> sources = sources();
    target.refuseOverwriting(sources);

    Progress progress =
        Progress.wanted(this.progress, stderr)
            ? new Progress(
                stderr,
                totalBytes(sources),
                stderr == System.err && Progress.stderrIsTerminal(),
                Progress.DELAY_MILLIS)
            : null;
    Analysis analysis =
        new Analysis(
            input.toConfig(analysisOptions.groupBy()),
            timeConfig,
            Analysis.Parallelism.auto(),
            progress == null ? ReadProgress.NONE : progress);
    ExitCode[] status = {ExitCode.OK};
    Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
    try {
      analysis.readAll(
          sources,
          result -> {
            Runnable print = () -> status[0] = status[0].worst(report(result));
            if (progress == null) {
              print.run();
            } else {
              progress.print(print);
            }
            result.diagnostics().skips().forEach((reason, n) -> skips.merge(reason, n, Long::sum));
          });
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    summarize(skips);
    if (analysisOptions.strict() && !skips.isEmpty()) {
      stderr.println("heatmap: --strict: records were skipped");
      status[0] = status[0].worst(ExitCode.INPUT);
    }
    if (analysis.tally().overall().total() == 0) {
      if (status[0] != ExitCode.OK) {
        return status[0].code();
      }
      stderr.println("heatmap: no timestamp found in " + Terminal.clean(describe(sources)));
      return ExitCode.INPUT.code();
    }
    ZoneGuess inference = null;
    WeekHourGrid inferredGrid = null;
    if (analysisOptions.inferTz()) {
      TzEvidence evidence = analysis.tally().evidence();
      inference = TzInference.infer(evidence);
      if (inference.best() != null) {
        int offset = ZoneOffset.of(inference.best()).getTotalSeconds();
        inferredGrid = TzInference.redraw(evidence, offset, analysis.tally().overall());
      }
    }
    Report report =
        new Report(
            output.title(target),
            timeConfig.zoneLabel(),
            analysis.tally().overall(),
            analysis.tally().groups(top),
            weekStart,
            hour12,
            inference,
            inferredGrid);
    target.write(out -> format.renderer(renderOptions).render(report, out));
    return status[0].code();
  }

  /** One line saying how many records were skipped and why, when any were. */
  private void summarize(Map<SkipReason, Long> skips) {
    if (skips.isEmpty()) {
      return;
    }
    long total = 0;
    StringBuilder why = new StringBuilder();
    for (Map.Entry<SkipReason, Long> e : skips.entrySet()) {
      total += e.getValue();
      why.append(why.length() == 0 ? "" : ", ").append(e.getValue()).append(' ');
      why.append(e.getKey().label());
    }
    stderr.println(
        "heatmap: skipped " + total + (total == 1 ? " record (" : " records (") + why + ")");
  }

  /** Prints what went wrong with one input; returns the exit status it calls for. */
  private ExitCode report(Analysis.FileResult result) {
    Diagnostics d = result.diagnostics();
    for (String n : d.notes()) {
      stderr.println("heatmap: " + Terminal.clean(n));
    }
    for (String m : d.messages()) {
      stderr.println("heatmap: " + Terminal.clean(m));
    }
    if (d.dropped() > 0) {
      stderr.println(
          "heatmap: "
              + Terminal.clean(d.source())
              + ": "
              + d.dropped()
              + " more problems not shown");
    }
    if (!result.failed()) {
      return ExitCode.OK;
    }
    stderr.println("heatmap: " + Terminal.clean(result.error().getMessage()));
    if (debug && result.error().getCause() != null) {
      result.error().getCause().printStackTrace(stderr);
    }
    return result.error().exitCode();
  }

  /** The bytes of all inputs, for the progress line; -1 when standard input is one of them. */
  private static long totalBytes(List<Source> sources) {
    long total = 0;
    for (Source s : sources) {
      if (s.isStdin()) {
        return -1;
      }
      try {
        total += java.nio.file.Files.size(s.path());
      } catch (java.io.IOException e) {
        // a missing file adds nothing; reading it reports it
      }
    }
    return total;
  }

  private List<Source> sources() {
    List<Source> list = new ArrayList<>();
    if (files.isEmpty()) {
      if (stdin == System.in && Tty.stdinIsTerminal()) {
        throw HeatmapException.usage("no input: name a FILE, or pipe timestamps to standard input");
      }
      list.add(Source.stdin(stdin));
      return list;
    }
    boolean stdinUsed = false;
    for (String f : files) {
      if (f.equals("-")) {
        if (stdinUsed) {
          throw HeatmapException.usage("standard input (-) can be named only once");
        }
        stdinUsed = true;
        list.add(Source.stdin(stdin));
      } else {
        list.add(Source.file(Path.of(f)));
      }
    }
    return list;
  }

  private static String describe(List<Source> sources) {
    return sources.size() == 1 ? sources.get(0).name() : sources.size() + " inputs";
  }
}
