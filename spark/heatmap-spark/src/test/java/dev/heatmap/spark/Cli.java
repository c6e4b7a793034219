package dev.heatmap.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI, run in this JVM from its own jar (target/heatmap.jar, built by the same reactor) in a
 * class loader of its own, so that its unrelocated classes never meet the shaded core the job uses.
 */
final class Cli {
  private static Method run;

  private Cli() {}

  /** What one run gave. */
  record Result(int code, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static synchronized Result run(String... args) throws Exception {
    if (run == null) {
      Path jar = Path.of(System.getProperty("heatmap.cli.jar", "../../target/heatmap.jar"));
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar + " is missing: build the CLI first (the reactor does)");
      }
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> main = loader.loadClass("dev.heatmap.cli.Main");
      run =
          main.getMethod(
              "run",
              java.io.InputStream.class,
              PrintStream.class,
              PrintStream.class,
              String[].class);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = (Integer) run.invoke(null, new ByteArrayInputStream(new byte[0]), o, e, (Object) args);
    }
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
