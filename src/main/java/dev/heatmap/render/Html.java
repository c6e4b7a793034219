package dev.heatmap.render;

/** Escaping for the places untrusted text lands in an HTML page. */
final class Html {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Html() {}

  /**
   * Escapes text for HTML element content and quoted attribute values; control characters other
   * than tab and line breaks become U+FFFD.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n', '\r' -> sb.append(c);
        default -> {
          // Controls are never meant to be seen and HTML forbids them: show a replacement mark.
          boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
          sb.append(control ? '\ufffd' : c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Escapes a string as a JSON string literal that is also safe inside an HTML {@code <script>}:
   * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become {@code \}u escapes, so neither {@code
   * </script>} nor {@code <!--} can appear.
   */
  static String jsString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            // By hand rather than String.format, whose first use costs a short run milliseconds.
            sb.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
