package dev.heatmap.render;

/**
 * How many colours the text report may use. The command line decides (terminal or not, {@code
 * NO_COLOR}, {@code --color}); the renderer only obeys, so it never looks at the process.
 */
public enum ColorDepth {
  /** Plain characters, no escape codes. */
  NONE,
  /** The xterm 256-colour palette ({@code ESC[38;5;Nm}). */
  ANSI256,
  /** 24-bit colour ({@code ESC[38;2;R;G;Bm}). */
  TRUECOLOR
}
