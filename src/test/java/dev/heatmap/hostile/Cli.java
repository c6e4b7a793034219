package dev.heatmap.hostile;

import dev.heatmap.cli.Run;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * The command run in-process with captured streams, as a user's shell would run it: every argument
 * is an argument (unlike {@link Run#of(String, String...)}, whose first string is standard input).
 */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static Cli run(InputStream stdin, String... args) {
    Run r = Run.of(stdin, args);
    return new Cli(r.exitCode(), r.out(), r.err());
  }
}
