package dev.heatmap.input.text;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.Utf8Text;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Groups;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text lines read with {@code --regex}: the pattern (compiled once) is searched in each line; its
 * group {@code ts} (else its first group, else the whole match) is the timestamp, and a named group
 * can be the {@code --group-by} field. A line it does not match is skipped as not matching. This is
 * the one text path that runs a regex per line: the user asked for it.
 */
final class RegexScanner extends LineScanner {
  private final RecordSink sink;
  private final Matcher matcher;
  private final boolean namedTs;
  private final int ts;
  private final String groupName;
  private final Utf8Text view = new Utf8Text();

  RegexScanner(RecordSink sink, int maxLineLength, boolean whole, Pattern regex, FieldSpec group) {
    super(maxLineLength, whole);
    this.sink = sink;
    this.matcher = regex.matcher("");
    java.util.List<String> names = namedGroups(regex.pattern());
    this.namedTs = names.contains("ts");
    this.ts = matcher.groupCount() >= 1 ? 1 : 0;
    if (group != null && !names.contains(group.text())) {
      throw HeatmapException.usage(
          "--group-by "
              + group.text()
              + ": --regex has no group (?<"
              + group.text()
              + ">...)"
              + (names.isEmpty() ? "" : "; its named groups are " + String.join(", ", names)));
    }
    this.groupName = group == null ? null : group.text();
  }

  /** The names of the pattern's named groups, {@code (?<name>...)}, in order. */
  static java.util.List<String> namedGroups(String regex) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i + 3 < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' && regex.startsWith("?<", i + 1)) {
        int e = regex.indexOf('>', i + 3);
        char first = regex.charAt(i + 3);
        if (e > 0 && first != '=' && first != '!') {
          names.add(regex.substring(i + 3, e));
        }
      }
    }
    return names;
  }

  @Override
  public boolean line(byte[] b, int from, int to) {
    records++;
    matcher.reset(view.set(b, from, to));
    if (!matcher.find()) {
      sink.skip(null, lines, SkipReason.NOT_MATCHING, null);
      return true;
    }
    String g = groupName == null ? null : Groups.name(matcher.group(groupName));
    int s = namedTs ? matcher.start("ts") : matcher.start(ts);
    if (s < 0) {
      sink.skip(g, lines, SkipReason.EMPTY, null);
      return true;
    }
    int e = namedTs ? matcher.end("ts") : matcher.end(ts);
    sink.text(view.subSequence(s, e), g, lines);
    return true;
  }
}
