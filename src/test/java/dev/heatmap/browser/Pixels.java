package dev.heatmap.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * What a decoded PNG holds, in the terms "is it blank?" needs: its size, how many distinct colours
 * it has, and what share of its pixels are strongly coloured (text and borders are grey, the
 * heatmap's yellow-to-red scale is not).
 *
 * @param width in pixels
 * @param height in pixels
 * @param colours the number of distinct RGB values
 * @param colouredShare the share of pixels whose channels differ by at least {@link #SATURATED}
 */
record Pixels(int width, int height, int colours, double colouredShare) {
  /** Max minus min channel from which a pixel counts as coloured rather than grey. */
  static final int SATURATED = 80;

  static Pixels of(Path png) throws IOException {
    return of(read(Files.readAllBytes(png)));
  }

  static Pixels of(byte[] png) throws IOException {
    return of(read(png));
  }

  static BufferedImage read(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    if (image == null) {
      throw new IOException("not an image ImageIO can read (" + png.length + " bytes)");
    }
    return image;
  }

  static Pixels of(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    long coloured = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        seen.add(argb & 0xffffff);
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= SATURATED) {
          coloured++;
        }
      }
    }
    double share = (double) coloured / ((long) image.getWidth() * image.getHeight());
    return new Pixels(image.getWidth(), image.getHeight(), seen.size(), share);
  }
}
