package dev.heatmap.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this package (or those matching the first argument, a regex as JMH
 * takes it; other JMH options such as {@code -f 1 -wi 3 -i 5} pass through):
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath dev.heatmap.bench.Benchmarks ParserBench"
 * </pre>
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cl = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cl);
    if (cl.getIncludes().isEmpty()) {
      options.include(Benchmarks.class.getPackageName() + "\\..*");
    }
    new Runner(options.build()).run();
  }
}
