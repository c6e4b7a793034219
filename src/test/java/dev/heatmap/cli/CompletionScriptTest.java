package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The completion script, written from the command model as the build writes it, driven in real
 * shells: bash calls the function {@code complete -p heatmap} names with the words set as bash sets
 * them; zsh types the line and a TAB into an interactive shell in a pseudo-terminal, with compinit
 * loaded, and records every match its completion system is offered. A shell that is not installed
 * skips its half here, and fails it under CI ({@code CI=true}), which installs both.
 */
class CompletionScriptTest {
  @TempDir static Path dir;
  static Path script;
  static CommandSpec spec;

  @BeforeAll
  static void write() throws IOException {
    spec = Docs.spec();
    script = dir.resolve("heatmap_completion");
    Files.writeString(script, CompletionScript.of(spec), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("example_data/jabber"));
    Files.writeString(dir.resolve("example_data/isoon.txt"), "");
    Files.writeString(dir.resolve("README.md"), "");
    Files.writeString(dir.resolve("my export.csv"), "");
    for (String driver : List.of("bash-complete.sh", "zsh-complete.zsh")) {
      try (var in = CompletionScriptTest.class.getResourceAsStream("/completion/" + driver)) {
        Files.write(dir.resolve(driver), in.readAllBytes());
      }
    }
  }

  enum Shell {
    BASH,
    ZSH;

    /** What this shell offers when TAB is pressed at the end of {@code line}. */
    List<String> completes(String line) throws IOException, InterruptedException {
      String name = name().toLowerCase(java.util.Locale.ROOT);
      boolean here = false;
      for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
        here |= !d.isEmpty() && Files.isExecutable(Path.of(d, name));
      }
      if (!here) {
        if ("true".equals(System.getenv("CI"))) {
          fail(name + " is not installed: CI must install it (.ci/run) to test completion in it");
        }
        Assumptions.abort(name + " is not installed: its completion is not tested here");
      }
      List<String> cmd = new ArrayList<>();
      Path out = dir.resolve(name + ".out");
      if (this == BASH) {
        cmd.addAll(List.of("bash", dir.resolve("bash-complete.sh").toString(), script.toString()));
        // The words as bash splits them: at blanks, and around '=' (one of COMP_WORDBREAKS); a
        // trailing blank leaves an empty word under the cursor.
        cmd.addAll(Arrays.asList(line.replace("=", " = ").split(" ", -1)));
      } else {
        cmd.addAll(
            List.of(
                "zsh",
                "-f",
                dir.resolve("zsh-complete.zsh").toString(),
                script.toString(),
                out.toString(),
                line));
      }
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().put("HOME", dir.toString());
      pb.redirectErrorStream(this == ZSH);
      Path stdout = dir.resolve(name + ".stdout");
      pb.redirectOutput(stdout.toFile());
      if (this == BASH) {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(name + " still completing '" + line + "' after 60 s");
      }
      assertEquals(0, p.exitValue(), () -> name + " failed on '" + line + "'");
      String offered = Files.readString(this == BASH ? stdout : out);
      List<String> words = new ArrayList<>();
      for (String s : offered.split("\n")) {
        if (!s.isEmpty()) {
          words.add(s);
        }
      }
      return words;
    }
  }

  /** FILE arguments and the options that name a file complete to the files there, in both. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASH | heatmap example_data/ja | example_data/jabber",
        "ZSH  | heatmap example_data/ja | jabber",
        "BASH | heatmap example_data/is | example_data/isoon.txt",
        "ZSH  | heatmap example_data/is | isoon.txt",
        "BASH | heatmap -o REA | README.md",
        "ZSH  | heatmap -o REA | README.md",
        "BASH | heatmap --output=REA | README.md",
        "ZSH  | heatmap --output=REA | README.md",
        "BASH | heatmap --template REA | README.md",
        "ZSH  | heatmap --template REA | README.md",
        "BASH | heatmap --tz UTC my | my export.csv",
        "ZSH  | heatmap --tz UTC my | my\\ export.csv",
        "BASH | heatmap --strict -- --x REA | README.md",
        "ZSH  | heatmap --strict -- --x REA | README.md",
      })
  void filesComplete(Shell shell, String line, String expected) throws Exception {
    assertEquals(List.of(expected), shell.completes(line));
  }

  /** The options with a fixed set of values complete to the model's values, and nothing else. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Shell.class)
  void valuesCompleteFromTheModel(Shell shell) throws Exception {
    for (String option :
        List.of(
            "--format",
            "-f",
            "--normalize",
            "--color",
            "--week-start",
            "--type",
            "--epoch-unit",
            "--hour-format")) {
      TreeSet<String> expected = new TreeSet<>();
      spec.findOption(option).completionCandidates().forEach(expected::add);
      assertTrue(expected.size() >= 2, option + ": " + expected);
      assertEquals(expected, new TreeSet<>(shell.completes("heatmap " + option + " ")), option);
    }
    assertEquals(List.of("markdown"), shell.completes("heatmap --format=ma"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASH | heatmap --tz Europe/Mos | Europe/Moscow",
        "ZSH  | heatmap --tz Europe/Mos | Europe/Moscow",
        "BASH | heatmap --input-tz=Asia/Shang | Asia/Shanghai",
        "ZSH  | heatmap --input-tz=Asia/Shang | Asia/Shanghai",
        "BASH | heatmap --tz America/Argentina/Bu | America/Argentina/Buenos_Aires",
        "ZSH  | heatmap --tz America/Argentina/Bu | America/Argentina/Buenos_Aires",
      })
  void zonesCompleteToIanaNames(Shell shell, String line, String expected) throws Exception {
    assertEquals(List.of(expected), shell.completes(line));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Shell.class)
  void everyZoneTheToolReadsIsOffered(Shell shell) throws Exception {
    List<String> offered = shell.completes("heatmap --tz ");
    assertEquals(CompletionScript.zoneNames(), new ArrayList<>(new TreeSet<>(offered)));
    for (String zone : offered) {
      dev.heatmap.time.Zones.parse(zone);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Shell.class)
  void optionNamesComplete(Shell shell) throws Exception {
    assertEquals(List.of("--format"), shell.completes("heatmap --form"));
    assertEquals(
        new TreeSet<>(List.of("--no-calendar", "--no-header", "--no-plotly", "--no-progress")),
        new TreeSet<>(shell.completes("heatmap --no-")));
    List<String> all = shell.completes("heatmap --");
    for (var o : spec.options()) {
      for (String name : o.names()) {
        assertTrue(!name.startsWith("--") || all.contains(name), name + " in " + all);
      }
    }
  }

  /** Free-text values (a title, a field) offer nothing: not the files, which would be wrong. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASH | heatmap --title ",
        "ZSH  | heatmap --title ",
        "BASH | heatmap --field REA",
        "ZSH  | heatmap --field REA",
        "BASH | heatmap --group-by ",
        "ZSH  | heatmap --group-by ",
      },
      ignoreLeadingAndTrailingWhitespace = false)
  void freeTextOffersNothing(String shell, String line) throws Exception {
    assertEquals(List.of(), Shell.valueOf(shell.strip()).completes(line.substring(1)), line);
  }

  @Test
  void theScriptListsEveryOptionOnce() throws Exception {
    String text = Files.readString(script);
    String line = text.lines().filter(l -> l.startsWith("_heatmap_options=")).findFirst().get();
    List<String> names = Arrays.asList(line.substring(18, line.length() - 1).split(" "));
    assertEquals(new TreeSet<>(names).size(), names.size(), "no name twice: " + names);
    assertTrue(names.contains("--tz") && names.contains("-o") && names.contains("--no-progress"));
  }
}
