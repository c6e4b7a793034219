package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.render.Background;
import dev.heatmap.render.ColorDepth;
import dev.heatmap.render.Normalize;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.Plotly;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Scale;
import dev.heatmap.render.Template;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's output options, parsed once and validated: where the report goes, in which
 * format, how it looks. What needs the output target (the format from its extension, the title from
 * its name) or a file read (the template, an inlined Plotly) is derived by the methods.
 *
 * @param output the {@code -o} path as given, or null for standard output
 * @param format the {@code -f} format, or null to take it from the output's extension
 * @param title the {@code --title}, or null for the default
 * @param template the {@code --template} file, or null for the built-in one
 * @param color when to colour the text heatmap
 * @param plotlyJs the {@code --plotly-js} URL or file, or null for the pinned CDN copy
 * @param noPlotly whether the HTML report has no script at all
 * @param scale how values become shades ({@code --scale})
 * @param selfContained whether the HTML report inlines the bundled Plotly
 */
record OutputOptions(
    String output,
    OutputFormat format,
    String title,
    Path template,
    ColorChoice color,
    String plotlyJs,
    boolean noPlotly,
    Scale scale,
    boolean selfContained) {
  static final String OUTPUT = "--output";
  static final String FORMAT = "--format";
  static final String TITLE = "--title";
  static final String TEMPLATE = "--template";
  static final String COLOR = "--color";
  static final String PLOTLY_JS = "--plotly-js";
  static final String NO_PLOTLY = "--no-plotly";
  static final String SCALE = "--scale";
  static final String SELF_CONTAINED = "--self-contained";

  OutputOptions {
    if (noPlotly && plotlyJs != null) {
      throw HeatmapException.usage("--plotly-js and --no-plotly cannot be used together");
    }
    if (selfContained && (noPlotly || plotlyJs != null)) {
      throw HeatmapException.usage(
          "--self-contained cannot be used with " + (noPlotly ? NO_PLOTLY : PLOTLY_JS));
    }
  }

  /** The values given on the command line {@code parsed}, defaults for the others. */
  static OutputOptions parse(ParseResult parsed) {
    return new OutputOptions(
        parsed.matchedOptionValue(OUTPUT, null),
        parsed.matchedOptionValue(FORMAT, null),
        parsed.matchedOptionValue(TITLE, null),
        parsed.matchedOptionValue(TEMPLATE, null),
        parsed.matchedOptionValue(COLOR, ColorChoice.AUTO),
        parsed.matchedOptionValue(PLOTLY_JS, null),
        parsed.matchedOptionValue(NO_PLOTLY, false),
        parsed.matchedOptionValue(SCALE, Scale.LINEAR),
        parsed.matchedOptionValue(SELF_CONTAINED, false));
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder("-o", OUTPUT)
          .paramLabel("PATH")
          .type(String.class)
          .description("Write the report to PATH (- for standard output, the default).")
          .build(),
      OptionSpec.builder("-f", FORMAT)
          .paramLabel("FORMAT")
          .type(OutputFormat.class)
          .converters(new OptionValue(OptionValue.Kind.FORMAT))
          .description(
              "Report format: ${COMPLETION-CANDIDATES}. Default: from the -o extension, else"
                  + " text.")
          .completionCandidates(OptionValue.names(OptionValue.Kind.FORMAT))
          .build(),
      OptionSpec.builder(SCALE)
          .paramLabel("SCALE")
          .type(Scale.class)
          .converters(new OptionValue(OptionValue.Kind.SCALE))
          .completionCandidates(OptionValue.names(OptionValue.Kind.SCALE))
          .description(
              "How the cells' values become shades, in every format: linear (default), log, or"
                  + " quantile (by rank), so that one burst does not wash out the rest.")
          .build(),
      OptionSpec.builder(TITLE)
          .paramLabel("TEXT")
          .type(String.class)
          .description("Report title. Default: the output file's name, else \"Activity heatmap\".")
          .build(),
      OptionSpec.builder(TEMPLATE)
          .paramLabel("FILE")
          .type(Path.class)
          .description("HTML template to fill instead of the built-in one (see README).")
          .build(),
      OptionSpec.builder(COLOR)
          .paramLabel("WHEN")
          .type(ColorChoice.class)
          .converters(new OptionValue(OptionValue.Kind.COLOR))
          .completionCandidates(OptionValue.names(OptionValue.Kind.COLOR))
          .description(
              "Colour the text heatmap: auto (default: on a terminal, unless NO_COLOR is set),"
                  + " always, never.")
          .build(),
      OptionSpec.builder(PLOTLY_JS)
          .paramLabel("URL|FILE")
          .type(String.class)
          .description(
              "Load Plotly in the HTML report from an http(s) URL (an internal mirror) or inline a"
                  + " local FILE, instead of the pinned CDN build.")
          .build(),
      OptionSpec.builder(SELF_CONTAINED)
          .type(boolean.class)
          .description(
              "Inline the Plotly build that ships in heatmap (the cartesian bundle, about 1.3 MB) so"
                  + " that the HTML report draws its charts with no network at all.")
          .build(),
      OptionSpec.builder(NO_PLOTLY)
          .type(boolean.class)
          .description("Write an HTML report without Plotly and without any script: tables only.")
          .build()
    };
  }

  OutputTarget target(PrintStream stdout) {
    return OutputTarget.of(output, stdout);
  }

  /** The format: {@code -f}, else the output file's extension, else text for standard output. */
  OutputFormat format(OutputTarget target) {
    if (format != null) {
      return format;
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

  /** The title: {@code --title}, else the output file's name without extension. */
  String title(OutputTarget target) {
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

  /**
   * How to draw the report.
   *
   * @param target where it goes
   * @param stdoutIsTerminal whether the process's standard output is a terminal
   * @param env the environment, for {@code NO_COLOR}, {@code TERM} and {@code COLORTERM}
   * @param n what the cells show (the analysis option)
   */
  RenderOptions renderOptions(
      OutputTarget target, boolean stdoutIsTerminal, Map<String, String> env, Normalize n) {
    ColorDepth depth = color.resolve(target.isStdout() && stdoutIsTerminal, env);
    Template t = template == null ? Template.builtIn() : Template.fromFile(template);
    return new RenderOptions(
        t, n, depth, plotly(), scale, Background.fromColorFgBg(env.get("COLORFGBG")));
  }

  private Plotly plotly() {
    if (noPlotly) {
      return Plotly.none();
    }
    if (selfContained) {
      try {
        return Plotly.bundled();
      } catch (IllegalStateException e) {
        throw HeatmapException.input("--self-contained: " + e.getMessage());
      }
    }
    if (plotlyJs == null) {
      return Plotly.pinned();
    }
    String lower = plotlyJs.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      try {
        return Plotly.fromUrl(plotlyJs);
      } catch (IllegalArgumentException e) {
        throw HeatmapException.usage("--plotly-js " + plotlyJs + ": " + e.getMessage());
      }
    }
    Path file = Path.of(plotlyJs);
    String code;
    try {
      code = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw HeatmapException.usage(
          "--plotly-js " + plotlyJs + ": no such file (give an http(s) URL or a local file)");
    } catch (IOException e) {
      throw HeatmapException.input(plotlyJs + ": cannot read Plotly: " + e.getMessage(), e);
    }
    try {
      return Plotly.inline(code);
    } catch (IllegalArgumentException e) {
      throw HeatmapException.input(plotlyJs + ": " + e.getMessage());
    }
  }
}
