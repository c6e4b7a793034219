package dev.heatmap.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The job in one local[2] Spark context shared by the tests of this JVM, with captured streams. */
final class Job {
  private static JavaSparkContext sc;

  private Job() {}

  static synchronized JavaSparkContext context() {
    if (sc == null) {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[2]")
              .setAppName("heatmap-test")
              .set("spark.ui.enabled", "false")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.sql.shuffle.partitions", "2");
      sc = new JavaSparkContext(conf);
      sc.setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(sc::stop));
    }
    return sc;
  }

  /** How the last {@link #run} cut its inputs. */
  static HeatmapJob.Units lastUnits;

  /** Runs with local files read through Hadoop's streams, as an object store's files are. */
  static Cli.Result runThroughStreams(String... args) {
    context().hadoopConfiguration().setBoolean(HadoopFiles.STREAMS, true);
    try {
      return run(args);
    } finally {
      context().hadoopConfiguration().setBoolean(HadoopFiles.STREAMS, false);
    }
  }

  static Cli.Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      HeatmapJob job = new HeatmapJob(context(), o, e);
      code = job.run(args);
      lastUnits = job.units();
    }
    return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
