package dev.heatmap.core;

/** Why a record gave no counted timestamp; the stderr summary groups skipped records by these. */
public enum SkipReason {
  NOT_A_TIMESTAMP("not a timestamp"),
  OUT_OF_RANGE("out of range"),
  EMPTY("empty value"),
  MALFORMED("malformed record"),
  NOT_MATCHING("not matching --regex"),
  TRUNCATED("truncated data");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  /** A short lower-case phrase for messages. */
  public String label() {
    return label;
  }
}
