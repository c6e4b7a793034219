package dev.heatmap.cli;

import dev.heatmap.render.ColorDepth;
import java.util.Map;

/**
 * {@code --color auto|always|never}, and how {@code auto} decides from the facts of the run: colour
 * only on a terminal, never when {@code NO_COLOR} is set (https://no-color.org) or {@code TERM} is
 * {@code dumb}; 24-bit when {@code COLORTERM} says so, else the 256-colour palette.
 */
enum ColorChoice {
  AUTO,
  ALWAYS,
  NEVER;

  /**
   * The colours to use.
   *
   * @param toTerminal whether the report goes to standard output and that is a terminal
   * @param env the environment ({@code NO_COLOR}, {@code TERM}, {@code COLORTERM})
   */
  ColorDepth resolve(boolean toTerminal, Map<String, String> env) {
    return switch (this) {
      case NEVER -> ColorDepth.NONE;
      case ALWAYS -> depth(env);
      case AUTO -> {
        String noColor = env.get("NO_COLOR");
        boolean off =
            !toTerminal
                || (noColor != null && !noColor.isEmpty())
                || "dumb".equals(env.get("TERM"));
        yield off ? ColorDepth.NONE : depth(env);
      }
    };
  }

  private static ColorDepth depth(Map<String, String> env) {
    String ct = env.get("COLORTERM");
    return ct != null && (ct.equalsIgnoreCase("truecolor") || ct.equalsIgnoreCase("24bit"))
        ? ColorDepth.TRUECOLOR
        : ColorDepth.ANSI256;
  }

  /** The choice named {@code id}, or {@code null}. */
  static ColorChoice byId(String id) {
    for (ColorChoice c : values()) {
      if (c.name().equalsIgnoreCase(id)) {
        return c;
      }
    }
    return null;
  }
}
