package dev.heatmap.cli;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.render.Terminal;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Builds the picocli {@link CommandLine} with the exit codes, the error handlers and the streams
 * set, so that every error path goes through one place.
 */
final class CommandLineFactory {
  private CommandLineFactory() {}

  static CommandLine create(InputStream in, PrintStream out, PrintStream err, Environment env) {
    HeatmapCommand command = new HeatmapCommand(in, out, err, env);
    CommandLine cl = new CommandLine(command.spec(), new HeatmapCommand.Instances());
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setHelpFactory(new GroupedHelp());
    Errors errors = new Errors(command);
    cl.setExitCodeExceptionMapper(errors);
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    return cl;
  }

  /**
   * What every error ends in: one line on stderr (two for a usage error) and its exit code.
   *
   * <p>A class rather than lambdas: the class-data-sharing archive cannot keep a lambda that
   * implements one of picocli's interfaces (picocli's class files are of Java 5, which the archive
   * keeps only while nothing links them as it is written, and archiving a lambda does), so each
   * lambda cost the start loading and verifying those interfaces from the jar and spinning the
   * lambda's class.
   */
  static final class Errors
      implements CommandLine.IExitCodeExceptionMapper,
          CommandLine.IParameterExceptionHandler,
          CommandLine.IExecutionExceptionHandler {
    private final HeatmapCommand command;

    Errors(HeatmapCommand command) {
      this.command = command;
    }

    @Override
    public int getExitCode(Throwable e) {
      return e instanceof HeatmapException he
          ? he.exitCode().code()
          : e instanceof CommandLine.ParameterException
              ? ExitCode.USAGE.code()
              : ExitCode.INPUT.code();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      PrintWriter w = ex.getCommandLine().getErr();
      w.println("heatmap: " + Terminal.clean(message(ex)));
      w.println("Try 'heatmap --help' for more information.");
      return ExitCode.USAGE.code();
    }

    /**
     * Picocli's message in the form of the tool's own (lower-case first word), with the options an
     * unknown one was probably meant to be.
     */
    private static String message(CommandLine.ParameterException ex) {
      if (ex.getCause() instanceof HeatmapException he) {
        // An option value its converter (OptionValue) refused, in the converter's words.
        return he.getMessage();
      }
      String m = String.valueOf(ex.getMessage());
      if (ex instanceof CommandLine.UnmatchedArgumentException u) {
        for (String arg : u.getUnmatched()) {
          if (arg.startsWith("-") && arg.length() > 1) {
            List<String> near = OptionSuggestions.of(ex.getCommandLine().getCommandSpec(), arg);
            String name = arg.indexOf('=') > 0 ? arg.substring(0, arg.indexOf('=')) : arg;
            return "unknown option '"
                + name
                + "'"
                + (near.isEmpty() ? "" : ": did you mean " + String.join(", ", near) + "?");
          }
        }
      }
      if (m.length() > 1
          && Character.isUpperCase(m.charAt(0))
          && Character.isLowerCase(m.charAt(1))) {
        m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
      }
      return m;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine commandLine, ParseResult parseResult) {
      if (ex instanceof OutputTarget.ReaderGone) {
        return ExitCode.OK.code();
      }
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
    }
  }

  /**
   * Usage help from the grouped model, with the options under their topics: the command is parsed
   * with a flat one (see {@link HeatmapCommand}), which only this builds on.
   */
  static final class GroupedHelp implements CommandLine.IHelpFactory {
    @Override
    public CommandLine.Help create(CommandSpec parsed, CommandLine.Help.ColorScheme colors) {
      CommandSpec grouped = HeatmapCommand.spec(null, true);
      // The width the parsed model was given (a terminal's, or a test's) holds for help too.
      grouped
          .usageMessage()
          .width(parsed.usageMessage().width())
          .autoWidth(parsed.usageMessage().autoWidth());
      return new WordWrappedHelp(grouped, colors);
    }
  }
}
