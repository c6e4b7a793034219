package dev.heatmap.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Usage help whose text wraps at spaces only, and not at the spaces of a quoted example such as
 * {@code '%Y-%m-%d %H:%M:%S'}. Picocli wraps at every line-break opportunity of Unicode's rules,
 * which fall inside the tokens a reader must copy whole: {@code '%H:%M:%S'} was split after a
 * colon, {@code 0-23} after its hyphen, {@code (?<ts>...)} after its question mark. Only help
 * builds this (a run never loads it).
 */
final class WordWrappedHelp extends CommandLine.Help {
  WordWrappedHelp(CommandSpec spec, ColorScheme colors) {
    super(spec, colors);
  }

  @Override
  public Layout createDefaultLayout() {
    return wordWrapped(super.createDefaultLayout(), colorScheme());
  }

  @Override
  public Layout createDefaultLayout(
      List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
    return wordWrapped(super.createDefaultLayout(options, positionals, scheme), scheme);
  }

  private static Layout wordWrapped(Layout layout, ColorScheme scheme) {
    TextTable table = layout.textTable();
    SpaceWrappedTable words = new SpaceWrappedTable(scheme, table.columns());
    words.indentWrappedLines = table.indentWrappedLines;
    words.setAdjustLineBreaksForWideCJKCharacters(table.isAdjustLineBreaksForWideCJKCharacters());
    return new Layout(scheme, words, layout.optionRenderer(), layout.parameterRenderer());
  }

  /**
   * A text table that splits a long value at its spaces, one line per row, before picocli sees it.
   */
  static final class SpaceWrappedTable extends TextTable {
    SpaceWrappedTable(ColorScheme scheme, Column[] columns) {
      super(scheme, columns);
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
      Column c = columns()[col];
      String plain = value.plainString();
      int room = c.width - c.indent;
      if (c.overflow != Column.Overflow.WRAP
          || plain.length() <= room
          || plain.indexOf('\n') >= 0
          || isAdjustLineBreaksForWideCJKCharacters()
              && value.getCJKAdjustedLength() != plain.length()) {
        return super.putValue(row, col, value);
      }
      Cell last = null;
      int start = 0;
      int r = row;
      while (start < plain.length()) {
        int width = last == null ? room : room - indentWrappedLines;
        int end = Math.min(plain.length(), start + width);
        if (end < plain.length()) {
          int space = lastBreak(plain, start, end);
          // A word longer than the column: leave it to picocli, which must break it somewhere.
          end = space > start ? space : plain.length();
        }
        Text piece = value.substring(start, end);
        if (last != null) {
          addEmptyRow();
          r = rowCount() - 1;
          piece = value.substring(0, 0).concat(" ".repeat(indentWrappedLines)).concat(piece);
        }
        last = super.putValue(r, col, piece);
        start = end;
        while (start < plain.length() && plain.charAt(start) == ' ') {
          start++;
        }
      }
      return last;
    }

    /**
     * The last space at or before {@code end} and after {@code start} that is outside single quotes
     * (a quote opens after a space or an opening bracket and closes before a space or a punctuation
     * mark), or -1.
     */
    static int lastBreak(String text, int start, int end) {
      int best = -1;
      boolean quoted = false;
      for (int i = 0; i <= end && i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '\'') {
          char before = i == 0 ? ' ' : text.charAt(i - 1);
          if (!quoted && (before == ' ' || before == '(')) {
            quoted = true;
          } else if (quoted) {
            quoted = false;
          }
        } else if (ch == ' ' && !quoted && i > start) {
          best = i;
        }
      }
      return best;
    }
  }
}
