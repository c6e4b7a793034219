package dev.heatmap.cli;

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
    return CommandLineFactory.create(in, out, err).execute(args);
  }
}
