package dev.heatmap.cli;

import dev.heatmap.HeatmapException;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Template;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import picocli.CommandLine.Option;

/** The command line's output options: where the report goes, in which format, how it looks. */
final class OutputOptions {
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

  OutputTarget target(PrintStream stdout) {
    return OutputTarget.of(output, stdout);
  }

  /** The format: {@code -f}, else the output file's extension, else text for standard output. */
  OutputFormat format(OutputTarget target) {
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

  RenderOptions renderOptions() {
    return new RenderOptions(template == null ? Template.builtIn() : Template.fromFile(template));
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
