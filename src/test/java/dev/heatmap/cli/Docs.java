package dev.heatmap.cli;

import java.io.File;
import java.io.IOException;
import picocli.AutoComplete;
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
    AutoComplete.bash("heatmap", new File(args[0]), null, spec.commandLine());
    int code =
        ManPageGenerator.generateManPage(new File(args[1]), null, new boolean[0], false, spec);
    if (code != CommandLine.ExitCode.OK) {
      throw new IllegalStateException("the man page generator failed with exit code " + code);
    }
  }
}
