package dev.heatmap.dist;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Build-time only: lets picocli's {@code AutoComplete} and {@code ManPageGenerator} instantiate the
 * command, whose constructor takes the streams it runs with. The pom passes this class to both
 * generators with {@code --factory}; it is a test class so that nothing of it ships in the jar.
 *
 * <p>The command is package-private on purpose (it is not library surface), so this reaches its
 * constructor reflectively rather than widening it for the build's sake.
 */
public final class DocsFactory implements CommandLine.IFactory {
  static final String COMMAND = "dev.heatmap.cli.HeatmapCommand";

  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (!cls.getName().equals(COMMAND)) {
      return fallback.create(cls);
    }
    Constructor<K> c =
        cls.getDeclaredConstructor(InputStream.class, PrintStream.class, PrintStream.class);
    c.setAccessible(true);
    return c.newInstance(InputStream.nullInputStream(), System.out, System.err);
  }
}
