package dev.heatmap.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report's Content-Security-Policy, written as a {@code <meta>} element: scripts only from
 * the one Plotly source the report loads (the pinned CDN file with its SRI hash, a given URL, or
 * inlined code by hash) and the report's own inline code by hash; no other script, no frame, no
 * object, no form target, no base URL. Data that slipped into the page as markup could run nothing.
 *
 * <p>Styles stay {@code 'unsafe-inline'}: Plotly writes style attributes and a style sheet at run
 * time, and CSS cannot run script.
 */
final class ContentSecurityPolicy {
  private final List<String> scriptSources = new ArrayList<>();

  /** Allows an external script by its exact URL. */
  ContentSecurityPolicy allowScriptUrl(String url) {
    scriptSources.add(url);
    return this;
  }

  /**
   * Allows a script by its hash as CSP and SRI write it ({@code sha384-…} of an external script,
   * {@code sha256-…} of inline text).
   */
  ContentSecurityPolicy allowScriptHash(String sri) {
    scriptSources.add("'" + sri + "'");
    return this;
  }

  /** Allows one inline script, by the SHA-256 of exactly its text. */
  ContentSecurityPolicy allowInlineScript(String code) {
    scriptSources.add("'" + sha256(code) + "'");
    return this;
  }

  /** The policy text. */
  String policy() {
    String scripts = scriptSources.isEmpty() ? "'none'" : String.join(" ", scriptSources);
    return "default-src 'none'; script-src "
        + scripts
        + "; style-src 'unsafe-inline'; img-src data: blob:; object-src 'none'; frame-src 'none';"
        + " child-src 'none'; worker-src 'none'; form-action 'none'; base-uri 'none'";
  }

  /** The {@code <meta http-equiv>} element that carries the policy. */
  String meta() {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.escape(policy())
        + "\">";
  }

  /** {@code sha256-<base64>} of the UTF-8 bytes of {@code code}, as CSP and SRI write hashes. */
  static String sha256(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Checks that {@code url} can be a CSP script source and a {@code src} attribute: an absolute
   * http or https URL with a host, no user info, query or fragment, and only characters that need
   * no quoting in either place.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static void checkScriptUrl(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~/%:@!$&()*+=".indexOf(c) >= 0;
      if (!ok) {
        throw new IllegalArgumentException(
            "the URL may hold only letters, digits and - . _ ~ / % : @ ! $ & ( ) * + =");
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("the URL must start with https:// or http://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the URL must name a host and no user");
    }
  }
}
