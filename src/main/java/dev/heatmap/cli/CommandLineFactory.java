package dev.heatmap.cli;

import dev.heatmap.ExitCode;
import dev.heatmap.HeatmapException;
import dev.heatmap.render.Terminal;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the picocli {@link CommandLine} with the exit codes, the error handlers and the streams
 * set, so that every error path goes through one place.
 */
final class CommandLineFactory {
  private CommandLineFactory() {}

  static CommandLine create(InputStream in, PrintStream out, PrintStream err) {
    HeatmapCommand command = new HeatmapCommand(in, out, err);
    CommandLine cl = new CommandLine(command.spec());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setHelpFactory(new GroupedHelp());
    cl.setExitCodeExceptionMapper(
        e ->
            e instanceof HeatmapException he
                ? he.exitCode().code()
                : e instanceof CommandLine.ParameterException
                    ? ExitCode.USAGE.code()
                    : ExitCode.INPUT.code());
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter w = ex.getCommandLine().getErr();
          w.println("heatmap: " + Terminal.clean(ex.getMessage()));
          w.println("Try 'heatmap --help' for more information.");
          return ExitCode.USAGE.code();
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter w = commandLine.getErr();
          if (ex instanceof HeatmapException he) {
            w.println("heatmap: " + Terminal.clean(he.getMessage()));
            if (he.exitCode() == ExitCode.USAGE) {
              w.println("Try 'heatmap --help' for more information.");
            }
            if (command.debug() && he.getCause() != null) {
              he.getCause().printStackTrace(w);
            }
            w.flush();
            return he.exitCode().code();
          }
          w.println("heatmap: internal error: " + Terminal.clean(String.valueOf(ex)));
          if (command.debug()) {
            ex.printStackTrace(w);
          } else {
            w.println("Run again with --debug for details.");
          }
          w.flush();
          return ExitCode.INPUT.code();
        });
    return cl;
  }

  /**
   * Usage help from the grouped model, with the options under their topics: the command is parsed
   * with a flat one (see {@link HeatmapCommand}), which only this builds on.
   */
  static final class GroupedHelp implements CommandLine.IHelpFactory {
    @Override
    public CommandLine.Help create(CommandSpec parsed, CommandLine.Help.ColorScheme colors) {
      return new CommandLine.Help(HeatmapCommand.spec(null, true), colors);
    }
  }
}
