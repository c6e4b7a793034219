package dev.heatmap.input.archfixture;

import dev.heatmap.cli.Main;

/**
 * Input code that imports cli: a deliberate breach of the layer rule, for {@code ArchitectureTest}
 * to catch.
 */
final class InputThatImportsCli {
  private InputThatImportsCli() {}

  static int breach() {
    return Main.run(System.in, System.out, System.err, "--version");
  }
}
