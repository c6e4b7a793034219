package dev.heatmap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time only: writes the shell completion script (bash and zsh) and the man page's AsciiDoc
 * from the command's grouped model, the one help prints. The pom runs {@link #main} at
 * prepare-package; it is a test class so that nothing of picocli-codegen ships in the jar, and it
 * is in the command's package so that it reaches the model without making it public.
 *
 * <p>Usage: {@code Docs COMPLETION_SCRIPT MAN_PAGE_DIR}.
 */
public final class Docs {
  private Docs() {}

  /** The grouped model: the options under their help topics. */
  public static CommandSpec spec() {
    return new CommandLine(HeatmapCommand.spec(null, true)).getCommandSpec();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Docs COMPLETION_SCRIPT MAN_PAGE_DIR");
    }
    CommandSpec spec = spec();
    Files.writeString(Path.of(args[0]), CompletionScript.of(spec), UTF_8);
    int code =
        ManPageGenerator.generateManPage(new File(args[1]), null, new boolean[0], false, spec);
    if (code != CommandLine.ExitCode.OK) {
      throw new IllegalStateException("the man page generator failed with exit code " + code);
    }
    Path page = Path.of(args[1], "heatmap.adoc");
    Files.writeString(page, manPage(Files.readString(page, UTF_8)), UTF_8);
  }

  /** What the man page says of the environment: the variables heatmap and its launcher read. */
  static final String ENVIRONMENT =
      """
      // tag::heatmap-man-section-environment[]
      == Environment

      *HEATMAP_OPTS*::
        Options for the Java virtual machine that runs heatmap, such as `-Xmx2g` for a larger heap.

      *JAVA_HOME*::
        The Java installation to run heatmap with; else `java` from the `PATH`.

      *NO_COLOR*::
        When set to anything, the terminal heatmap is not coloured unless `--color always` is given.

      *TERM*::
        `dumb` turns the colour off, as `NO_COLOR` does.

      *COLORTERM*::
        `truecolor` or `24bit` draws the colour in 24-bit; else the 256-colour palette is used.

      // end::heatmap-man-section-environment[]

      """;

  /**
   * The generated page as a man page reads: the exit codes under EXIT STATUS, an ENVIRONMENT
   * section, and no footer line telling the reader to see the page they are reading.
   */
  static String manPage(String adoc) {
    String out = adoc.replace("==  Exit codes:", "== Exit status");
    out = out.replaceAll("(?m)^ *More: man heatmap, and the README\\.\\n", "");
    String footer = "// tag::picocli-generated-man-section-footer[]";
    int at = out.indexOf(footer);
    if (at < 0 || !out.contains("== Exit status")) {
      throw new IllegalStateException("the man page generator's layout changed: " + adoc);
    }
    return out.substring(0, at) + ENVIRONMENT + out.substring(at);
  }
}
