package dev.heatmap.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Build-time only: the shell completion script for bash and zsh, written from the command's picocli
 * model, the table that parses the command line and prints help, so that no option is listed twice.
 *
 * <p>What each option's value completes to is read from the model: its completion candidates where
 * it has them (formats, input types, units, modes), IANA zone names where its type is {@link
 * ZoneId}, files where its type is {@link Path} or its label names a file or path ({@code FILE},
 * {@code PATH}, {@code URL|FILE}), and nothing for free text (a title, a field name). FILE
 * arguments complete to files, and so does everything after {@code --}.
 *
 * <p>picocli's own generator was replaced because its script answered every word that was not an
 * option with an empty list, so that {@code heatmap example_data/ja<TAB>} and {@code -o REA<TAB>}
 * completed nothing.
 */
final class CompletionScript {
  private CompletionScript() {}

  /** What the word after an option completes to. */
  private static final String FILES = "@files";

  private static final String ZONES = "@zones";
  private static final String NONE = "@none";

  /** The script for the command {@code spec}. */
  static String of(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    Map<String, List<String>> byValue = new LinkedHashMap<>();
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      List<String> own = new ArrayList<>(List.of(o.names()));
      if (o.negatable()) {
        for (String n : o.names()) {
          if (n.startsWith("--")) {
            own.add(spec.negatableOptionTransformer().makeNegative(n, spec));
          }
        }
      }
      names.addAll(own);
      if (o.arity().max() > 0) {
        byValue.computeIfAbsent(valueKind(o), k -> new ArrayList<>()).addAll(own);
      }
    }
    StringBuilder cases = new StringBuilder();
    for (Map.Entry<String, List<String>> e : byValue.entrySet()) {
      cases
          .append("    ")
          .append(String.join("|", e.getValue()))
          .append(") REPLY='")
          .append(e.getKey())
          .append("' ;;\n");
    }
    return TEMPLATE
        .replace("@OPTIONS@", String.join(" ", names))
        .replace("@ZONES@", wrap(zoneNames()))
        .replace("@CASES@", cases.toString());
  }

  /** What an option's value completes to: a list of words, or one of the @ kinds. */
  static String valueKind(OptionSpec o) {
    List<String> words = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(words::add);
    }
    if (!words.isEmpty()) {
      for (String w : words) {
        if (!w.matches("[A-Za-z0-9_.+-]+")) {
          throw new IllegalStateException(o.longestName() + ": cannot complete '" + w + "'");
        }
      }
      return String.join(" ", words);
    }
    if (o.type() == ZoneId.class) {
      return ZONES;
    }
    String label = o.paramLabel();
    if (o.type() == Path.class || label.matches("(.*\\|)?(FILE|PATH)(\\|.*)?")) {
      return FILES;
    }
    return NONE;
  }

  /**
   * The IANA names the JDK knows, as {@code --tz} reads them: region names (Europe/Moscow) and UTC;
   * the old SystemV names and the Etc/GMT±N names, whose signs are the reverse of what they look
   * like, are left out.
   */
  static List<String> zoneNames() {
    TreeSet<String> names = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.indexOf('/') > 0 && !id.startsWith("SystemV/") && !id.startsWith("Etc/")) {
        names.add(id);
      }
    }
    names.add("UTC");
    return new ArrayList<>(names);
  }

  /** {@code words}, a few to a line, for a single-quoted shell string. */
  private static String wrap(List<String> words) {
    StringBuilder sb = new StringBuilder();
    int line = 0;
    for (String w : words) {
      if (line > 0 && line + w.length() > 96) {
        sb.append('\n');
        line = 0;
      } else if (line > 0) {
        sb.append(' ');
        line++;
      }
      sb.append(w);
      line += w.length();
    }
    return sb.toString();
  }

  private static final String TEMPLATE =
      """
      # heatmap(1) tab completion for bash and zsh.
      #
      # Generated from heatmap's command model when heatmap is built: do not edit. Load it from
      # ~/.bashrc or ~/.zshrc with 'source PATH/TO/THIS/FILE' (zsh: it runs compinit when that has
      # not run yet), or put it in bash-completion's completions directory under the name heatmap.
      # Files complete for FILE arguments and for the options that name a file or path; values
      # complete for the options with a fixed set of them, and IANA zone names for the zone options.

      _heatmap_options='@OPTIONS@'

      _heatmap_zones='@ZONES@'

      # What the value of option $1 completes to, in REPLY: a list of words, @files, @zones, or
      # @none (free text); returns 1 when $1 is no option that takes a value.
      _heatmap_value() {
        case $1 in
      @CASES@    *) return 1 ;;
        esac
        return 0
      }

      if [ -n "${ZSH_VERSION-}" ]; then
        _heatmap() {
          local opt= REPLY
          if (( ${words[(I)--]} > 1 && ${words[(I)--]} < CURRENT )); then
            _files
            return
          fi
          if [[ $PREFIX == -*=* ]]; then
            opt=${PREFIX%%=*}
            compset -P '*='
          elif (( CURRENT > 2 )); then
            opt=${words[CURRENT-1]}
          fi
          if [[ -n $opt ]] && _heatmap_value "$opt"; then
            case $REPLY in
              @files) _files ;;
              @zones) compadd -- ${=_heatmap_zones} ;;
              @none) _message "the value of $opt" ;;
              *) compadd -- ${=REPLY} ;;
            esac
          elif [[ $PREFIX == -* ]]; then
            compadd -- ${=_heatmap_options}
          else
            _files
          fi
        }
        if ! (( $+functions[compdef] )); then
          autoload -Uz compinit && compinit -i
        fi
        compdef _heatmap heatmap
      else
        _heatmap_words() {
          local IFS=$' \\t\\n'
          COMPREPLY=($(compgen -W "$1" -- "$cur"))
        }

        _heatmap_files() {
          # Directories get their slash and odd names their quoting, as in readline's own.
          compopt -o filenames 2>/dev/null
          local IFS=$'\\n'
          COMPREPLY=($(compgen -f -- "$cur"))
        }

        _heatmap() {
          local cur=${COMP_WORDS[COMP_CWORD]} prev= eq= i REPLY
          COMPREPLY=()
          (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
          if [[ $cur == = && $prev == -* ]]; then
            cur=
          elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
            prev=${COMP_WORDS[COMP_CWORD-2]}
          elif [[ $cur == -*=* ]]; then
            prev=${cur%%=*}
            eq=$prev=
            cur=${cur#*=}
          fi
          for (( i = 1; i < COMP_CWORD; i++ )); do
            if [[ ${COMP_WORDS[i]} == -- ]]; then
              _heatmap_files
              return 0
            fi
          done
          if _heatmap_value "$prev"; then
            case $REPLY in
              @files) _heatmap_files ;;
              @zones) _heatmap_words "$_heatmap_zones" ;;
              @none) ;;
              *) _heatmap_words "$REPLY" ;;
            esac
          elif [[ $cur == -* ]]; then
            _heatmap_words "$_heatmap_options"
          else
            _heatmap_files
          fi
          if [[ -n $eq ]]; then
            COMPREPLY=("${COMPREPLY[@]/#/$eq}")
          fi
          return 0
        }

        complete -F _heatmap heatmap
      fi
      """;
}
