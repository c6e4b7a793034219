package dev.heatmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The start tags of an HTML document as a browser's tokenizer finds them (HTML Living Standard,
 * §13.2.5), reduced to what an injection would change: each tag's name and its attribute names.
 * Script and style contents are raw text up to their end tag, title and textarea contents escapable
 * raw text, comments and doctypes skipped; a {@code <!--} inside a script (which would switch the
 * tokenizer into its escaped states) is reported as a tag named {@code !script-comment} so a test
 * sees it.
 */
final class HtmlTags {
  private HtmlTags() {}

  /** One start tag: its lower-case name and sorted attribute names. */
  record Tag(String name, List<String> attributes) {}

  static List<Tag> of(String html) {
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      char c = html.charAt(lt + 1);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (c == '!' || c == '?') {
        int end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
      } else if (c == '/') {
        int end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
      } else if (isAsciiLetter(c)) {
        i = startTag(html, lt + 1, tags);
      } else {
        i = lt + 1;
      }
    }
    return tags;
  }

  private static int startTag(String html, int at, List<Tag> tags) {
    int n = html.length();
    int i = at;
    while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
      i++;
    }
    String name = html.substring(at, i).toLowerCase(Locale.ROOT);
    TreeSet<String> attrs = new TreeSet<>();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        i++;
        break;
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int s = i;
      i++;
      while (i < n
          && !isSpace(html.charAt(i))
          && html.charAt(i) != '/'
          && html.charAt(i) != '>'
          && html.charAt(i) != '=') {
        i++;
      }
      attrs.add(html.substring(s, i).toLowerCase(Locale.ROOT));
      while (i < n && isSpace(html.charAt(i))) {
        i++;
      }
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(html.charAt(i))) {
          i++;
        }
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          int close = html.indexOf(html.charAt(i), i + 1);
          i = close < 0 ? n : close + 1;
        } else {
          while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
        }
      }
    }
    tags.add(new Tag(name, List.copyOf(attrs)));
    if (name.equals("script")
        || name.equals("style")
        || name.equals("title")
        || name.equals("textarea")) {
      int end = endTag(html, i, name);
      if (name.equals("script") && html.substring(i, end).contains("<!--")) {
        tags.add(new Tag("!script-comment", List.of()));
      }
      return end;
    }
    return i;
  }

  /** Where the raw text of element {@code name} that starts at {@code from} ends. */
  private static int endTag(String html, int from, String name) {
    String lower = html.toLowerCase(Locale.ROOT);
    int i = from;
    while (true) {
      int at = lower.indexOf("</" + name, i);
      if (at < 0) {
        return html.length();
      }
      int after = at + 2 + name.length();
      if (after >= html.length()
          || isSpace(html.charAt(after))
          || html.charAt(after) == '/'
          || html.charAt(after) == '>') {
        return at;
      }
      i = after;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
