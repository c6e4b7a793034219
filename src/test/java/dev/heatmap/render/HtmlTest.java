package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Html}'s escapes, character by character. */
class HtmlTest {
  /** What {@link Html#jsString} writes for one character, spelled the slow, obvious way. */
  static String expectedJs(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default ->
          c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
              ? String.format(Locale.ROOT, "\\u%04x", (int) c)
              : String.valueOf(c);
    };
  }

  @Test
  void jsStringEscapesEveryCharacterAsJsonThatCannotEndAScriptElement() {
    for (int i = 0; i <= 0xffff; i++) {
      char c = (char) i;
      assertEquals("\"" + expectedJs(c) + "\"", Html.jsString(String.valueOf(c)), "U+" + i);
    }
    String js = Html.jsString("</script><!-- x -->\u2028&");
    assertEquals("\"\\u003c/script\\u003e\\u003c!-- x --\\u003e\\u2028\\u0026\"", js);
    assertFalse(js.contains("<"));
  }
}
