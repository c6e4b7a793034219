package dev.heatmap.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command reads of its surroundings, read once in {@link Main} and passed in: the
 * environment variables and which of the standard streams are terminals. Nothing else in the
 * command reads {@code System.getenv} or probes a stream.
 *
 * @param variables the environment ({@code NO_COLOR}, {@code TERM}, {@code COLORTERM}, …)
 * @param stdinTerminal whether standard input is a terminal (then with no FILE there is no input)
 * @param stdoutTerminal whether standard output is a terminal (colour, by default)
 * @param stderrTerminal whether standard error is a terminal (the progress line, by default)
 */
record Environment(
    Map<String, String> variables,
    boolean stdinTerminal,
    boolean stdoutTerminal,
    boolean stderrTerminal) {
  Environment {
    variables = Map.copyOf(variables);
  }

  /** No variables and no terminals: what a test or an embedding program gets by default. */
  static final Environment NONE = new Environment(Map.of(), false, false, false);

  /**
   * The process's environment, for the streams given: a stream counts as a terminal only when it is
   * the process's own and that is a terminal, so a caller's captured stream never is.
   */
  static Environment of(InputStream in, PrintStream out, PrintStream err) {
    Map<String, String> env = System.getenv();
    return new Environment(
        env,
        in == System.in && terminal(env.get("HEATMAP_STDIN_TTY"), 0),
        out == System.out && terminal(null, 1),
        err == System.err && terminal(env.get("HEATMAP_STDERR_TTY"), 2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. The launcher tells for standard input and
   * error ({@code HEATMAP_STDIN_TTY} and {@code HEATMAP_STDERR_TTY}, from {@code [ -t N ]});
   * without that, Linux's /proc says where the descriptor points, and elsewhere {@link
   * System#console()} stands in for standard output.
   */
  private static boolean terminal(String fromLauncher, int fd) {
    if (fromLauncher != null) {
      return fromLauncher.equals("1");
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return fd == 1 && System.console() != null;
    }
  }
}
