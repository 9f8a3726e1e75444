package dev.dovetail.processor.read;

import java.util.Locale;

/** Derived names: snake_case keys and Title Case display names. */
public final class Names {
  private Names() {}

  /**
   * {@code assetId} → {@code asset_id}, {@code AssetSync} → {@code asset_sync}, {@code URLPath} → {@code url_path},
   * {@code sha256Sum} → {@code sha256_sum}.
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0 && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
        boolean acronymEnd = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
            && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if ((afterLowerOrDigit || acronymEnd) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code assetId} → "Asset Id", {@code DamAsset} → "Dam Asset", {@code url_path} → "Url Path". */
  public static String displayName(String javaName) {
    String[] words = snakeCase(javaName).split("_+");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return out.toString();
  }
}
