package dev.heatmap.cli;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.Directories;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Template;
import dev.heatmap.render.Terminal;
import dev.heatmap.run.Analysis;
import dev.heatmap.run.HeatmapRun;
import dev.heatmap.time.TimeConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParseResult;

/**
 * {@code heatmap [OPTIONS] [FILE...]}: the command line, and the only place that knows argv.
 *
 * <p>The picocli model is built with picocli's programmatic API rather than from annotations: a
 * short run would otherwise spend most of its start reflecting over annotations through generated
 * proxies. It is built in two shapes from the same option definitions ({@link #spec}): flat for
 * parsing, and with the options grouped under their topics for help, the man page and shell
 * completion. Argument groups are left out of the parsing model because picocli composes their
 * synopsis text as it builds them, tens of milliseconds that only help needs.
 */
final class HeatmapCommand implements Callable<Integer> {
  static final String DEBUG = "--debug";
  static final String QUIET = "--quiet";
  static final String PROGRESS = "--progress";

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;
  private final Environment env;
  private final CommandSpec spec;

  HeatmapCommand(InputStream stdin, PrintStream stdout, PrintStream stderr, Environment env) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
    this.spec = spec(this, false);
  }

  /** The flat model this command is parsed with; picocli calls {@link #call} after parsing. */
  CommandSpec spec() {
    return spec;
  }

  /**
   * The command's picocli model, with {@code command} as what runs it (null when the model is only
   * for help or documentation).
   *
   * @param grouped whether the options are in argument groups, one per help topic (Input, Time,
   *     Output, Analysis), as help and the man page show them; else all at the top level, for
   *     parsing. The options, their order and everything help shows of them are the same.
   */
  static CommandSpec spec(HeatmapCommand command, boolean grouped) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, new Instances());
    spec.name("heatmap").versionProvider(new Version());
    // The topic options take the last of repeated values, as they did as argument groups, which
    // picocli never held to one value; --debug, --progress, --help and --version refuse a repeat
    // through their OnlyOnce preprocessor instead of this setting.
    spec.parser().overwrittenOptionsAllowed(true);
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .abbreviateSynopsis(true)
        .description(
            "Counts timestamps into a day-of-week × hour grid and writes a pattern-of-life report.",
            "Reads FILEs, or standard input when no FILE is given or FILE is -.")
        .parameterListHeading("%nArguments:%n")
        .optionListHeading("%nGeneral:%n")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes())
        .footerHeading("%nExamples:%n")
        // Worked examples, one per common task; each line fits 80 columns. Picocli formats these
        // lines, so a literal percent sign is written %%. Every line is indented so that the man
        // page generator's AsciiDoc keeps them as literal text, as typed.
        .footer(
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
            "  More: man heatmap, and the README.");
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("FILE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .arity("0..*")
            .description("Input files; - reads standard input.")
            .build());
    topic(spec, grouped, "%nInput:%n", 1, InputOptions.options());
    topic(spec, grouped, "%nTime:%n", 2, TimeOptions.options());
    topic(spec, grouped, "%nOutput:%n", 3, OutputOptions.options());
    topic(spec, grouped, "%nAnalysis:%n", 4, AnalysisOptions.options());
    spec.addOption(
        OptionSpec.builder(DEBUG)
            .type(boolean.class)
            .description("Show stack traces for errors.")
            .order(10)
            .preprocessor(new OnlyOnce())
            .build());
    spec.addOption(
        OptionSpec.builder("-q", QUIET)
            .type(boolean.class)
            .description(
                "Print only problems on stderr: no notes on the detected format, key or column.")
            .order(11)
            .preprocessor(new OnlyOnce())
            .build());
    spec.addOption(
        OptionSpec.builder(PROGRESS)
            .type(Boolean.class)
            .negatable(true)
            .description(
                "Show a progress line on stderr (default: when stderr is a terminal and reading"
                    + " takes more than a second).")
            .order(12)
            .preprocessor(new OnlyOnce())
            .build());
    // What picocli's mixinStandardHelpOptions would add, declared here to skip the mixin's
    // annotation processing.
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .description("Show this help message and exit.")
            .preprocessor(new OnlyOnce())
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .description("Print version information and exit.")
            .preprocessor(new OnlyOnce())
            .build());
    return spec;
  }

  /** Adds one help topic's options, as an argument group with its heading or one by one. */
  private static void topic(
      CommandSpec spec, boolean grouped, String heading, int order, OptionSpec[] options) {
    if (!grouped) {
      for (OptionSpec o : options) {
        spec.addOption(o);
      }
      return;
    }
    ArgGroupSpec.Builder group =
        ArgGroupSpec.builder().heading(heading).order(order).validate(false);
    for (OptionSpec o : options) {
      group.addArg(o);
    }
    spec.addArgGroup(group.build());
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "success");
    codes.put(
        "1", "an input or processing problem (missing or unreadable file, no timestamp found)");
    codes.put("2", "a usage error");
    return codes;
  }

  /**
   * Creates what picocli asks for: the list of FILE arguments, and anything else through picocli's
   * default factory, which is created only then. Creating that factory looks for Groovy's classes
   * first, a failed search of the class path that costs a short run milliseconds.
   */
  static final class Instances implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == List.class) {
        return cls.cast(new ArrayList<String>());
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /**
   * Refuses a second occurrence of its option with picocli's own message. Picocli's check for that
   * is off for the whole command (see {@link #spec}); an instance belongs to one option of one
   * model, which is parsed once.
   */
  static final class OnlyOnce implements IParameterPreprocessor {
    private boolean seen;

    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
      if (seen) {
        throw new OverwrittenOptionException(
            spec.commandLine(),
            arg,
            "option '" + ((OptionSpec) arg).longestName() + "' should be specified only once");
      }
      seen = true;
      return false;
    }
  }

  /** Whether {@code --debug} was given: errors then show their stack traces. */
  boolean debug() {
    ParseResult parsed = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
    return parsed != null && parsed.matchedOptionValue(DEBUG, false);
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    // Every option is parsed and checked here, once, before any input is read.
    InputOptions input = InputOptions.parse(parsed);
    TimeOptions time = TimeOptions.parse(parsed);
    OutputOptions output = OutputOptions.parse(parsed);
    AnalysisOptions analysisOptions = AnalysisOptions.parse(parsed);
    if (analysisOptions.inferTz() && input.bucketSeconds() > 900) {
      throw HeatmapException.usage(
          "--infer-tz needs buckets of 15 minutes or less, not --bucket 1h: in hour buckets the"
              + " activity's edges, which tell the zones apart, are lost");
    }
    boolean debug = debug();
    boolean quiet = parsed.matchedOptionValue(QUIET, false);
    if (parsed.matchedOptionValue(InputOptions.LIST_PROFILES, false)) {
      for (dev.heatmap.input.extract.ExportProfile p :
          dev.heatmap.input.extract.ExportProfile.values()) {
        stdout.println(p.describe());
      }
      return dev.heatmap.core.ExitCode.OK.code();
    }
    List<String> files = parsed.matchedPositionalValue(0, List.of());
    OutputTarget target = output.target(stdout);
    OutputFormat format = output.format(target);
    RenderOptions renderOptions =
        output.renderOptions(
            target, env.stdoutTerminal(), env.variables(), analysisOptions.normalize());
    if (format == OutputFormat.HTML && renderOptions.template() != Template.builtIn()) {
      for (String w : renderOptions.template().warnings()) {
        stderr.println("heatmap: warning: " + Terminal.clean(w));
      }
    }
    TimeConfig timeConfig = time.toConfig(analysisOptions.inferTz());
    List<Source> sources = sources(files);
    target.refuseOverwriting(sources);
    for (Diagnostics d : expansions) {
      for (String n : quiet ? d.cautions() : d.notes()) {
        stderr.println("heatmap: " + Terminal.clean(n));
      }
    }
    HeatmapRun.Request request =
        new HeatmapRun.Request(
            sources,
            input.toConfig(analysisOptions.groupBy()),
            timeConfig,
            output.title(target),
            analysisOptions.top(),
            time.weekStart(),
            time.hour12(),
            analysisOptions.inferTz(),
            analysisOptions.strict(),
            Analysis.Parallelism.auto(),
            ReadProgress.NONE,
            analysisOptions.calendar()
                ? HeatmapRun.CalendarMode.ON
                : format == OutputFormat.HTML && !analysisOptions.noCalendar()
                    ? HeatmapRun.CalendarMode.LONG_RANGES
                    : HeatmapRun.CalendarMode.OFF);

    Boolean forced = parsed.matchedOptionValue(PROGRESS, null);
    Progress progress =
        Progress.wanted(forced, env.stderrTerminal())
            ? new Progress(stderr, totalBytes(sources), env.stderrTerminal(), Progress.DELAY_MILLIS)
            : null;
    HeatmapRun.Outcome outcome;
    try {
      outcome =
          HeatmapRun.run(
              progress == null ? request : request.withProgress(progress),
              result -> {
                boolean many = sources.size() > 1;
                if (progress == null) {
                  report(result, debug, quiet, many);
                } else {
                  progress.print(() -> report(result, debug, quiet, many));
                }
              });
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    for (String line : outcome.closing()) {
      stderr.println("heatmap: " + Terminal.clean(line));
    }
    if (outcome.report() != null) {
      target.write(out -> format.renderer(renderOptions).render(outcome.report(), out));
    }
    return outcome.status().code();
  }

  /**
   * Prints the notes and problems of one input, and its error when it failed. Of several inputs (a
   * folder, a glob), each file's notes (its layout or type, key, format, assumptions) are one line,
   * so that fifty files say fifty lines: {@code FILE: note; note; note}.
   */
  private void report(Analysis.FileResult result, boolean debug, boolean quiet, boolean many) {
    Diagnostics d = result.diagnostics();
    List<String> notes = d.noteLines(quiet, many);
    for (String n : notes) {
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
      return;
    }
    stderr.println("heatmap: " + Terminal.clean(result.error().getMessage()));
    if (debug && result.error().getCause() != null) {
      result.error().getCause().printStackTrace(stderr);
    }
  }

  /** The bytes of all inputs, for the progress line; -1 when standard input is one of them. */
  private static long totalBytes(List<Source> sources) {
    long total = 0;
    for (Source s : sources) {
      long size = s.size();
      if (size < 0) {
        return -1;
      }
      total += size;
    }
    return total;
  }

  private List<Source> sources(List<String> files) {
    List<Source> list = new ArrayList<>();
    if (files.isEmpty()) {
      if (env.stdinTerminal()) {
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
      } else if (Files.isDirectory(Path.of(f))) {
        Directories.Expansion e = Directories.expand(Path.of(f), f);
        list.addAll(e.sources());
        expansions.add(e.diagnostics());
      } else if (Source.isStream(Path.of(f))) {
        list.add(Source.stream(Path.of(f)));
      } else {
        list.add(Source.file(Path.of(f)));
      }
    }
    return list;
  }

  /** The notes on how directories named as inputs were read. */
  private final List<Diagnostics> expansions = new ArrayList<>();
}
