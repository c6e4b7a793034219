package dev.heatmap.render;

/** Escaping for text and attribute values in an XML document (the SVG report). */
final class Xml {
  private Xml() {}

  /**
   * Escapes {@code & < > " '} and replaces every character XML 1.0 forbids (C0 controls other than
   * tab, newline and CR; U+FFFE, U+FFFF; unpaired surrogates) with U+FFFD, so any string gives
   * well-formed XML.
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
        case '\'' -> sb.append("&apos;");
        case '\t', '\n', '\r' -> sb.append(' ');
        default -> {
          if (c < 0x20 || c == '\ufffe' || c == '\uffff') {
            sb.append('\ufffd');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append('\ufffd');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
