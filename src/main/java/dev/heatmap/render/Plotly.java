package dev.heatmap.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the HTML report gets Plotly from: the pinned CDN build (with Subresource Integrity),
 * another URL such as an internal mirror, code inlined into the report, or nowhere ({@code
 * --no-plotly}, a report with no script at all).
 *
 * @param kind which of the four
 * @param url the script URL for {@link Kind#CDN} and {@link Kind#URL}, else null
 * @param integrity the SRI hash for {@link Kind#CDN}, else null
 * @param code the script text for {@link Kind#INLINE}, else null
 */
public record Plotly(Kind kind, String url, String integrity, String code) {
  /** The pinned Plotly build. */
  public static final String PINNED_URL = "https://cdn.plot.ly/plotly-2.35.2.min.js";

  /** Its Subresource Integrity hash (equal to the npm plotly.js-dist-min@2.35.2 build). */
  public static final String PINNED_SRI =
      "sha384-cCVCZkAjYNxaYKbM8lsArLznDF/SvMFr1jcZrvOpSTCa0W40ZAdLzHCEulnUa5i7";

  /**
   * The Plotly build the jar carries for {@code --self-contained}: Plotly's cartesian partial
   * bundle (heatmaps and bars, about a third of the full build), from npm at the version locked in
   * {@code src/main/plotly/package-lock.json}, with its licence beside it in the jar.
   */
  public static final String BUNDLED_NAME = "plotly.js-cartesian-dist-min 2.35.2";

  /** Where the jar holds it. */
  static final String BUNDLED_RESOURCE = "/dev/heatmap/render/plotly/plotly-cartesian.min.js";

  /** The SHA-384 of the bundled file, checked whenever it is read. */
  public static final String BUNDLED_SRI =
      "sha384-gKF7EaMDoWW1zLWkouldmVWF5jqEKrAswAciW73iNzqlomabVVPO60XkJvL5q/Ie";

  /** The four ways. */
  public enum Kind {
    CDN,
    URL,
    INLINE,
    NONE
  }

  public Plotly {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CDN || kind == Kind.URL) && url == null) {
      throw new IllegalArgumentException("a script URL is needed");
    }
    if (kind == Kind.INLINE && code == null) {
      throw new IllegalArgumentException("inline code is needed");
    }
  }

  /** The pinned build from its CDN, checked by SRI. */
  public static Plotly pinned() {
    return new Plotly(Kind.CDN, PINNED_URL, PINNED_SRI, null);
  }

  /**
   * Plotly from another http(s) URL. The URL goes into the report's Content-Security-Policy, so it
   * must be a plain absolute http or https URL without characters that would end a CSP source.
   *
   * @throws IllegalArgumentException naming what is wrong with the URL
   */
  public static Plotly fromUrl(String url) {
    ContentSecurityPolicy.checkScriptUrl(url);
    return new Plotly(Kind.URL, url, null, null);
  }

  /**
   * Plotly inlined into the report, with what HTML's script parser reacts to escaped: {@code <!--}
   * becomes {@code \x3C!--} and {@code </script} (any case) {@code <\/script}. Both spellings mean
   * the same inside JavaScript strings, template literals and regular expression literals, which is
   * where minified code holds them (Plotly 4.x has {@code <!--} in a regex literal); in a comment
   * the change is harmless.
   */
  public static Plotly inline(String code) {
    return new Plotly(Kind.INLINE, null, null, escapeForScript(code));
  }

  /**
   * {@code code} with every {@code <!--} and {@code </script} escaped for an HTML script element.
   */
  static String escapeForScript(String code) {
    StringBuilder sb = null;
    int from = 0;
    int n = code.length();
    for (int i = code.indexOf('<'); i >= 0 && i < n; i = code.indexOf('<', i + 1)) {
      String replacement = null;
      if (code.startsWith("<!--", i)) {
        replacement = "\\x3C!--";
      } else if (code.regionMatches(true, i, "</script", 0, 8)) {
        replacement = "<\\/" + code.substring(i + 2, i + 8);
      }
      if (replacement == null) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 64);
      }
      int len = replacement.startsWith("\\x3C") ? 4 : 8;
      sb.append(code, from, i).append(replacement);
      from = i + len;
      i = from - 1;
    }
    return sb == null ? code : sb.append(code, from, n).toString();
  }

  /**
   * The bundled build ({@link #BUNDLED_NAME}), checked against {@link #BUNDLED_SRI} and inlined as
   * {@link #inline} inlines any code, with the hash kept as the integrity it was checked against.
   *
   * @throws IllegalStateException when this jar was built without it (no npm at build time) or the
   *     file in it is not the one pinned
   */
  public static Plotly bundled() {
    byte[] bytes;
    try (InputStream in = Plotly.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "this heatmap was built without its bundled Plotly (npm was missing at build time):"
                + " rebuild it with 'mvn package', or give --plotly-js FILE");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled Plotly: " + e.getMessage(), e);
    }
    String sri = sri384(bytes);
    if (!sri.equals(BUNDLED_SRI)) {
      throw new IllegalStateException(
          "the bundled Plotly is not the pinned "
              + BUNDLED_NAME
              + " ("
              + sri
              + ", expected "
              + BUNDLED_SRI
              + "): rebuild with 'mvn package'");
    }
    return new Plotly(
        Kind.INLINE, null, BUNDLED_SRI, escapeForScript(new String(bytes, StandardCharsets.UTF_8)));
  }

  /** {@code bytes}' Subresource Integrity value in SHA-384. */
  static String sri384(byte[] bytes) {
    try {
      return "sha384-"
          + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No Plotly and no script: the report shows its static tables only. */
  public static Plotly none() {
    return new Plotly(Kind.NONE, null, null, null);
  }
}
