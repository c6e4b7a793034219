package dev.heatmap.cli;

import dev.heatmap.Analysis;
import dev.heatmap.Diagnostics;
import dev.heatmap.ExitCode;
import dev.heatmap.HeatmapException;
import dev.heatmap.input.InputConfig;
import dev.heatmap.input.Source;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.Report;
import dev.heatmap.render.Template;
import dev.heatmap.render.Terminal;
import dev.heatmap.time.TimeConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    description = {
      "Counts timestamps into a day-of-week × hour grid and writes a pattern-of-life report.",
      "Reads FILEs, or standard input when no FILE is given or FILE is -."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:an input or processing problem (missing or unreadable file, no timestamp found)",
      "2:a usage error"
    })
final class HeatmapCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  @Parameters(paramLabel = "FILE", description = "Input files; - reads standard input.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the report to PATH (- for standard output, the default).")
  private String output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "Report format: ${COMPLETION-CANDIDATES}. Default: from the -o extension, else text.",
      completionCandidates = FormatNames.class)
  private String format;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Report title. Default: the output file's name, else \"Activity heatmap\".")
  private String title;

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description = "HTML template to fill instead of the built-in one (see README).")
  private Path template;

  @Option(names = "--debug", description = "Show stack traces for errors.")
  private boolean debug;

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
    OutputTarget target = OutputTarget.of(output, stdout);
    OutputFormat outputFormat = outputFormat(target);
    Template tpl = template == null ? Template.builtIn() : Template.fromFile(template);
    List<Source> sources = sources();

    TimeConfig time = TimeConfig.utc();
    Analysis analysis = new Analysis(InputConfig.auto(), time);
    ExitCode status = ExitCode.OK;
    for (Source source : sources) {
      Analysis.FileResult result = analysis.read(source);
      report(result.diagnostics());
      if (result.failed()) {
        stderr.println("heatmap: " + Terminal.clean(result.error().getMessage()));
        if (debug && result.error().getCause() != null) {
          result.error().getCause().printStackTrace(stderr);
        }
        status = status.worst(result.error().exitCode());
      }
    }
    if (analysis.tally().overall().total() == 0) {
      if (status != ExitCode.OK) {
        return status.code();
      }
      stderr.println("heatmap: no timestamp found in " + describe(sources));
      return ExitCode.INPUT.code();
    }
    Report report =
        new Report(reportTitle(target), time.zoneLabel(), analysis.tally().overall(), List.of());
    target.write(out -> outputFormat.renderer(tpl).render(report, out));
    return status.code();
  }

  private void report(Diagnostics d) {
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

  private OutputFormat outputFormat(OutputTarget target) {
    if (format != null) {
      OutputFormat f = OutputFormat.byId(format);
      if (f == null) {
        throw HeatmapException.usage(
            "unknown format '" + format + "': choose one of " + OutputFormat.names());
      }
      return f;
    }
    if (target.isStdout()) {
      return OutputFormat.TEXT;
    }
    OutputFormat byName = OutputFormat.byFileName(target.file().getFileName().toString());
    if (byName == null) {
      throw HeatmapException.usage(
          "cannot tell the format from '"
              + target.file().getFileName()
              + "': name it with -f ("
              + OutputFormat.names()
              + ")");
    }
    return byName;
  }

  private String reportTitle(OutputTarget target) {
    if (title != null) {
      return title;
    }
    if (target.isStdout()) {
      return "Activity heatmap";
    }
    String name = target.file().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "Activity heatmap" : stem;
  }

  private static String describe(List<Source> sources) {
    return sources.size() == 1 ? sources.get(0).name() : sources.size() + " inputs";
  }

  /** The format names, for help and completion. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      for (OutputFormat f : OutputFormat.values()) {
        add(f.id());
      }
    }
  }
}
