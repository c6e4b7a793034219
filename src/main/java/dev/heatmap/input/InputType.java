package dev.heatmap.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats heatmap reads, and the registry that picks an {@link Extractor} for each. */
public enum InputType {
  TEXT("text", new String[] {".txt", ".log"});

  private final String id;
  private final String[] extensions;

  InputType(String id, String[] extensions) {
    this.id = id;
    this.extensions = extensions;
  }

  /** The name used on the command line ({@code --type text}). */
  public String id() {
    return id;
  }

  /** A new extractor for this format. */
  public Extractor extractor() {
    switch (this) {
      case TEXT:
        return new TextExtractor();
      default:
        throw new AssertionError(this);
    }
  }

  /** The type a file name's extension names, or {@code null}; a trailing {@code .gz} is ignored. */
  public static InputType byFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    for (InputType t : values()) {
      for (String ext : t.extensions) {
        if (lower.endsWith(ext)) {
          return t;
        }
      }
    }
    return null;
  }

  /** The type named {@code id} (case-insensitive), or {@code null}. */
  public static InputType byId(String id) {
    for (InputType t : values()) {
      if (t.id.equalsIgnoreCase(id)) {
        return t;
      }
    }
    return null;
  }

  /** Every type's command-line name, comma-separated, for messages that list the choices. */
  public static String names() {
    return Arrays.stream(values()).map(InputType::id).collect(Collectors.joining(", "));
  }
}
