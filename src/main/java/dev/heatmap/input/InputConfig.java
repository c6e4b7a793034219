package dev.heatmap.input;

/**
 * How inputs are read.
 *
 * @param type the forced input type, or {@code null} to detect it per input
 */
public record InputConfig(InputType type) {
  /** Detect everything. */
  public static InputConfig auto() {
    return new InputConfig(null);
  }
}
