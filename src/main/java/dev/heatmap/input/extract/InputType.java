package dev.heatmap.input.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats heatmap reads; {@code input.Inputs} is the registry of their extractors. */
public enum InputType {
  TEXT("text", ".txt", ".log"),
  CSV("csv", ".csv", ".tsv"),
  JSON("json", ".json", ".jsonl", ".ndjson"),
  EXCEL("excel", ".xlsx", ".xlsm", ".xls"),
  MAIL("mail", ".mbox", ".eml", ".mbx");

  private final String id;
  private final String[] extensions;

  InputType(String id, String... extensions) {
    this.id = id;
    this.extensions = extensions;
  }

  /** The name used on the command line ({@code --type csv}). */
  public String id() {
    return id;
  }

  /** The type a file name's extension names, or {@code null}; a trailing {@code .gz} is ignored. */
  public static InputType byFileName(String name) {
    String lower = stripGz(name);
    for (InputType t : values()) {
      for (String ext : t.extensions) {
        if (lower.endsWith(ext)) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * What a file name says the file is when that is a spreadsheet format heatmap does not read ("an
   * Excel binary workbook (.xlsb)"), else null.
   */
  public static String unsupportedExtension(String name) {
    String lower = stripGz(name);
    if (lower.endsWith(".xlsb")) {
      return "an Excel binary workbook (.xlsb)";
    }
    if (lower.endsWith(".ods")) {
      return "an OpenDocument spreadsheet (.ods)";
    }
    if (lower.endsWith(".numbers")) {
      return "an Apple Numbers spreadsheet (.numbers)";
    }
    return null;
  }

  private static String stripGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** Whether a file name's extension says JSON lines ({@code .jsonl}, {@code .ndjson}). */
  public static boolean isJsonLinesName(String name) {
    String lower = stripGz(name);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /** Whether a file name's extension says tab-separated ({@code .tsv}). */
  public static boolean isTsvName(String name) {
    return stripGz(name).endsWith(".tsv");
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
