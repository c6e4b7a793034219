package dev.heatmap.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The README's screenshot, {@code docs/report.png}: the browser test's screenshot of the i-SOON
 * report cut below the interactive heatmap (title, summary cards and plot; the table follows in the
 * page), then shrunk with {@code pngquant} when it is installed (Debian: apt-get install pngquant),
 * which takes it from about 140 KB to a third of that.
 */
final class ReadmeScreenshot {
  /** Where the 1200-pixel-wide page's plot ends, just below its x-axis title. */
  static final int HEIGHT = 775;

  private ReadmeScreenshot() {}

  static void write(Path screenshot, Path target) throws IOException, InterruptedException {
    BufferedImage page = ImageIO.read(screenshot.toFile());
    BufferedImage top = page.getSubimage(0, 0, page.getWidth(), Math.min(HEIGHT, page.getHeight()));
    Files.createDirectories(target.getParent());
    Path cut = Files.createTempFile(target.getParent(), "report", ".png");
    try {
      ImageIO.write(top, "png", cut.toFile());
      if (onPath("pngquant")) {
        Process p =
            new ProcessBuilder(
                    "pngquant", "--force", "--output", cut.toString(), "--", cut.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IOException("pngquant did not finish in 60 s");
        }
      }
      Files.move(cut, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(cut);
    }
    System.err.println("wrote " + target + " (" + Files.size(target) + " bytes)");
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
