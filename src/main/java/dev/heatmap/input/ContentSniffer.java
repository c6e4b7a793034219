package dev.heatmap.input;

import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Delimiters;
import dev.heatmap.input.extract.InputType;

/**
 * Tells the type of a text input from its first bytes when its name does not: a first non-blank
 * character {@code {} or {@code [} means JSON, a consistent delimiter over the first lines means
 * CSV, anything else is text. Binary content is refused before this (see {@link Inputs#typeOf}).
 */
final class ContentSniffer {
  private ContentSniffer() {}

  static InputType sniff(byte[] head) {
    String text = TextDecoder.decode(head, head.length);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return InputType.JSON;
      }
      if (!Character.isWhitespace(c)) {
        break;
      }
    }
    return Delimiters.detect(text, true) != 0 ? InputType.CSV : InputType.TEXT;
  }
}
