package dev.heatmap.input.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A field as the user names it with {@code --field} or {@code --group-by}; each format reads the
 * spelling its own way: a header name or 1-based index (CSV), a key, dotted path or JSON Pointer
 * (JSON), a header name or column letter (Excel).
 *
 * @param text the spelling as given
 */
public record FieldSpec(String text) {
  public FieldSpec {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a field name cannot be empty");
    }
  }

  /** The 0-based column a 1-based index names, or -1 when the text is not a positive number. */
  public int index() {
    if (text.length() > 7) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v - 1;
  }

  /** The 0-based column a spreadsheet column letter names (A, Z, AA, XFD), or -1. */
  public int column() {
    if (text.isEmpty() || text.length() > 3) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      v = v * 26 + (c - 'A' + 1);
    }
    return v - 1;
  }

  /** Whether this is a JSON Pointer ({@code /event/created}), anchored at each root value. */
  public boolean isPointer() {
    return text.charAt(0) == '/';
  }

  /**
   * The key segments: a pointer's unescaped tokens, a dotted path's parts, or the key itself. Every
   * segment of a dotted path is non-empty, else the whole text is one key.
   */
  public List<String> segments() {
    List<String> out = new ArrayList<>();
    if (isPointer()) {
      for (String token : text.substring(1).split("/", -1)) {
        out.add(token.replace("~1", "/").replace("~0", "~"));
      }
      return out;
    }
    if (text.indexOf('.') > 0 && !text.endsWith(".") && !text.contains("..")) {
      for (String part : text.split("\\.")) {
        out.add(part);
      }
      return out;
    }
    out.add(text);
    return out;
  }

  /** The text as a case-insensitive header key. */
  public String headerKey() {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text;
  }
}
