package dev.heatmap.cli;

import dev.heatmap.core.ExitCode;
import java.io.InputStream;
import java.io.PrintStream;

/** The {@code heatmap} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Picocli registers converters for the java.sql and java.time types as each CommandLine is
    // made, by reflection that initialises those classes (MonthDay builds a DateTimeFormatter,
    // Period compiles a regex): some 10 ms of a short run for types no option here has. This
    // property is picocli's own switch for that. Set here, for the process, rather than in run:
    // a program that calls run may use picocli itself. A value given with -D is left alone.
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    }
    StandardOutput out = StandardOutput.open();
    System.setOut(out);
    int code = run(System.in, out, System.err, args);
    out.flush();
    // What went to standard output outside the report (help, the version, the man page) is
    // checked here; the report itself is checked as it is written.
    java.io.IOException failed = StandardOutput.failure(out);
    if (failed != null && code == 0 && !StandardOutput.brokenPipe(failed)) {
      System.err.println("heatmap: standard output: " + StandardOutput.reason(failed));
      code = ExitCode.INPUT.code();
    }
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code; the only entry point tests
   * need. Nothing below this prints or exits.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(Environment.of(in, out, err), in, out, err, args);
  }

  /** Runs the command in the given environment (variables, which streams are terminals). */
  static int run(
      Environment env, InputStream in, PrintStream out, PrintStream err, String... args) {
    try {
      return CommandLineFactory.create(in, out, err, env).execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes Errors through; a hostile input must still end in one line, not a trace.
      err.println(
          "heatmap: out of memory; give the JVM more with HEATMAP_OPTS=-Xmx2g, or read fewer files"
              + " at once");
      return ExitCode.INPUT.code();
    } catch (StackOverflowError e) {
      err.println("heatmap: input nested too deeply to read");
      return ExitCode.INPUT.code();
    }
  }
}
