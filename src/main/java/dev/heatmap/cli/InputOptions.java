package dev.heatmap.cli;

import dev.heatmap.HeatmapException;
import dev.heatmap.input.InputConfig;
import dev.heatmap.input.InputType;
import java.util.ArrayList;
import picocli.CommandLine.Option;

/** The command line's input options: how files are read and which value is the timestamp. */
final class InputOptions {
  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "Input type: ${COMPLETION-CANDIDATES} (default auto: by extension, then content).",
      completionCandidates = TypeNames.class)
  private String type = "auto";

  /** The input configuration these options describe; an unknown type is a usage error. */
  InputConfig toConfig() {
    if (type.equalsIgnoreCase("auto")) {
      return InputConfig.auto();
    }
    InputType t = InputType.byId(type);
    if (t == null) {
      throw HeatmapException.usage(
          "unknown input type '" + type + "': choose auto or one of " + InputType.names());
    }
    return new InputConfig(t);
  }

  /** The type names, for help and completion. */
  static final class TypeNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    TypeNames() {
      add("auto");
      for (InputType t : InputType.values()) {
        add(t.id());
      }
    }
  }
}
