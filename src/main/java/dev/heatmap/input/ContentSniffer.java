package dev.heatmap.input;

import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Delimiters;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.json.JsonPrelude;
import dev.heatmap.input.mail.MailExtractor;
import dev.heatmap.input.text.LayoutDetector;

/**
 * Tells the type of a text input from its first bytes when its name does not: a first non-blank
 * character {@code {} or {@code [} means JSON, a consistent delimiter over the first lines means
 * CSV, anything else is text. Binary content is refused before this (see {@link Inputs#typeOf}).
 */
final class ContentSniffer {
  private ContentSniffer() {}

  static InputType sniff(byte[] head) {
    return sniff(head, null);
  }

  /**
   * The type of {@code head} from a file called {@code name} (null for standard input): a log
   * layout that finds its timestamps (an Apache error log's or iOS chat's {@code [}, a WeeChat
   * log's TABs) keeps it text.
   */
  static InputType sniff(byte[] head, String name) {
    if (JsonPrelude.present(head, head.length)) {
      return InputType.JSON; // a Twitter archive's tweets.js, evtx_dump's "Record N" output
    }
    String text = TextDecoder.decode(head, head.length);
    char first = firstChar(text);
    if (first == '{') {
      return InputType.JSON;
    }
    boolean log = LayoutDetector.isLog(head, name);
    if (first == '[' && !log) {
      return InputType.JSON;
    }
    if (!log && MailExtractor.looksLikeMail(text)) {
      return InputType.MAIL; // an mbox or a message: its Date: headers, not every line
    }
    if (!log && Delimiters.detect(text, true) != 0) {
      return InputType.CSV;
    }
    return InputType.TEXT;
  }

  /**
   * What a file whose name says text ({@code .log}, {@code .txt}) holds when its content says
   * otherwise: JSON lines (Docker's {@code *-json.log}, Zeek's JSON logs), or CSV with a header row
   * and no log layout; null when it is text.
   */
  static InputType notText(byte[] head, String name) {
    String text = TextDecoder.decode(head, head.length);
    if (firstChar(text) == '{' && mostLinesAreObjects(text)) {
      return InputType.JSON;
    }
    if (LayoutDetector.isLog(head, name)) {
      return null;
    }
    if (Delimiters.detect(text, true) == 0) {
      return null;
    }
    String line = text.strip();
    int nl = line.indexOf('\n');
    line = nl < 0 ? line : line.substring(0, nl);
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return null; // no header row: delimiters in log lines are not columns
      }
    }
    return InputType.CSV;
  }

  /**
   * Whether at least three in four of the first twenty non-blank lines start with {@code {}: JSON
   * lines, rather than a text file with a stray brace (a log whose first line is a fragment).
   */
  private static boolean mostLinesAreObjects(String text) {
    int lines = 0;
    int objects = 0;
    int at = 0;
    while (at < text.length() && lines < 20) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(at, end).strip();
      if (!line.isEmpty() && !(line.length() == 1 && line.charAt(0) == '\ufeff')) {
        lines++;
        if (line.charAt(0) == '{' || (line.charAt(0) == '\ufeff' && line.startsWith("{", 1))) {
          objects++;
        }
      }
      at = end + 1;
    }
    return objects * 4 >= lines * 3;
  }

  private static char firstChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\ufeff') {
        return c;
      }
    }
    return 0;
  }
}
