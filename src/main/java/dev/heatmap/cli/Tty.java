package dev.heatmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's own standard streams are terminals. */
final class Tty {
  private Tty() {}

  /**
   * Whether standard input is a terminal. The launcher tells us ({@code HEATMAP_STDIN_TTY}, from
   * {@code [ -t 0 ]}); without it, Linux's /proc says where fd 0 points.
   */
  static boolean stdinIsTerminal() {
    String fromLauncher = System.getenv("HEATMAP_STDIN_TTY");
    if (fromLauncher != null) {
      return fromLauncher.equals("1");
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
