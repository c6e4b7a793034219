package dev.heatmap.cli;

import dev.heatmap.ExitCode;
import java.io.InputStream;
import java.io.PrintStream;

/** The {@code heatmap} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(System.in, System.out, System.err, args);
    System.out.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code; the only entry point tests
   * need. Nothing below this prints or exits.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    try {
      return CommandLineFactory.create(in, out, err).execute(args);
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
