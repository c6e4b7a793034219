package dev.heatmap.input.mail;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.LineReader;
import dev.heatmap.input.bytes.LineTooLongException;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.ExportProfile;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.text.TextExtractor;
import java.io.IOException;
import java.util.Locale;

/**
 * E-mail: an mbox mailbox (messages that each start with a {@code From } line after a blank line,
 * RFC 4155) or one message ({@code .eml}, RFC 5322). A record is a message; its time is its {@code
 * Date:} header (folded lines joined), its actor the address of its {@code From:} header. {@code
 * Received:} headers, the {@code From } separator's date and anything in a body (quoted replies,
 * forwarded messages' headers) are not events. A message without a {@code Date:} header is skipped
 * and counted.
 */
public final class MailExtractor implements Extractor {
  private static final int NONE = 0;
  private static final int DATE = 1;
  private static final int FROM = 2;
  private static final int GROUP = 3;

  private final InputConfig config;
  private final Diagnostics diagnostics;

  public MailExtractor(InputConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /** Whether the start of a text looks like mail: a {@code From } line or a header block. */
  public static boolean looksLikeMail(String text) {
    int start = 0;
    int headers = 0;
    boolean date = false;
    boolean first = true;
    while (start < text.length() && headers < 64) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (first && line.startsWith("From ")) {
        first = false;
        continue;
      }
      first = false;
      if (line.isEmpty()) {
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isHeaderName(line, colon)) {
        return false;
      }
      headers++;
      date |= line.regionMatches(true, 0, "Date:", 0, 5);
    }
    return date && headers >= 2;
  }

  private static boolean isHeaderName(String line, int colon) {
    for (int i = 0; i < colon; i++) {
      char c = line.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    String groupHeader = groupHeader();
    LineReader lines = new LineReader(TextDecoder.reader(input.stream()), config.maxLineLength());
    StringBuilder date = new StringBuilder();
    StringBuilder group = new StringBuilder();
    boolean mbox = false;
    boolean header = false;
    boolean seenDate = false;
    boolean seenGroup = false;
    boolean previousBlank = true;
    boolean any = false;
    int current = NONE;
    long dateLine = 0;
    long start = 0;
    long messages = 0;
    try {
      // Hot path: one reused line buffer, character comparisons, no regex.
      while (lines.next()) {
        char[] c = lines.chars();
        int n = lines.length();
        if (n > 0 && c[n - 1] == '\r') {
          n--;
        }
        boolean separator =
            n >= 5
                && c[0] == 'F'
                && c[1] == 'r'
                && c[2] == 'o'
                && c[3] == 'm'
                && c[4] == ' '
                && (previousBlank || !any);
        if (!any && n > 0) {
          any = true;
          mbox = separator;
          header = true;
          start = lines.number();
          if (mbox) {
            previousBlank = false;
            continue;
          }
        }
        if (mbox && separator && !header) {
          messages += finish(sink, date, seenDate, group, seenGroup, groupHeader, dateLine, start);
          date.setLength(0);
          group.setLength(0);
          seenDate = false;
          seenGroup = false;
          header = true;
          start = lines.number();
          previousBlank = false;
          continue;
        }
        previousBlank = n == 0;
        if (!header) {
          continue;
        }
        if (n == 0) {
          header = false;
          current = NONE;
          if (!mbox) {
            break; // one message: its body is not read
          }
          continue;
        }
        if (c[0] == ' ' || c[0] == '\t') {
          if (current == DATE) {
            date.append(' ').append(c, 0, n);
          } else if (current == GROUP || current == FROM) {
            group.append(' ').append(c, 0, n);
          }
          continue;
        }
        current = NONE;
        if (!seenDate && startsWith(c, n, "date:")) {
          seenDate = true;
          current = DATE;
          dateLine = lines.number();
          date.append(c, 5, n - 5);
        } else if (groupHeader != null && !seenGroup && startsWith(c, n, groupHeader)) {
          seenGroup = true;
          current = GROUP;
          group.append(c, groupHeader.length(), n - groupHeader.length());
        }
      }
    } catch (LineTooLongException e) {
      throw TextExtractor.tooLong(input, e.line(), config);
    }
    if (any) {
      messages += finish(sink, date, seenDate, group, seenGroup, groupHeader, dateLine, start);
    }
    if (mbox) {
      diagnostics.note(ExportProfile.MBOX.title() + ": Date: headers, " + messages + " messages");
    } else if (any) {
      diagnostics.note(ExportProfile.EML.title() + ": its Date: header");
    }
  }

  /** Hands one message on; returns 1. */
  private static int finish(
      RecordSink sink,
      StringBuilder date,
      boolean seenDate,
      StringBuilder group,
      boolean seenGroup,
      String groupHeader,
      long dateLine,
      long start) {
    String g = groupHeader == null ? null : seenGroup ? Groups.name(address(group)) : Groups.NONE;
    if (!seenDate || date.toString().isBlank()) {
      sink.skip(g, start, SkipReason.EMPTY, "no Date: header");
    } else {
      sink.text(date.toString().strip(), g, dateLine);
    }
    return 1;
  }

  /** The address of a From: value: what is inside angle brackets, else the value. */
  static String address(CharSequence value) {
    String v = value.toString().strip();
    int lt = v.lastIndexOf('<');
    int gt = v.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      return v.substring(lt + 1, gt).strip();
    }
    return v;
  }

  /** The header (lower case, with its colon) that names the group, or null when not grouping. */
  private String groupHeader() {
    FieldSpec g = config.groupBy();
    if (g == null) {
      return null;
    }
    String name = g.text().strip().toLowerCase(Locale.ROOT);
    if (name.equals("actor")) {
      name = "from";
    }
    return name.endsWith(":") ? name : name + ":";
  }

  private static boolean startsWith(char[] c, int n, String lowerPrefix) {
    if (n < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      if (Character.toLowerCase(c[i]) != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
