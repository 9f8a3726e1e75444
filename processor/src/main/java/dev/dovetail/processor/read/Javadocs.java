package dev.dovetail.processor.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Descriptions from Javadoc: the first sentence, without tags or HTML. */
public final class Javadocs {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|value)\\s+([^}]*)}");
  private static final Pattern LINK_TAG = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
  private static final Pattern OTHER_TAG = Pattern.compile("\\{@\\w+\\s*([^}]*)}");
  private static final Pattern HTML = Pattern.compile("<[^>]+>");
  /** A sentence ends at . ! or ? followed by the end, or by white space and a capital: "e.g. /a/b" goes on. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=$|\\s+[\\p{Lu}\\d\"'(])");

  private final Elements elements;

  public Javadocs(Elements elements) {
    this.elements = elements;
  }

  /** First sentence of the element's Javadoc, or {@code ""}. */
  public String description(Element element) {
    String doc = elements.getDocComment(element);
    return doc == null ? "" : firstSentence(mainText(doc));
  }

  /** First sentence of the {@code @param name} text of the element's Javadoc (record components), or {@code ""}. */
  public String paramDescription(Element owner, String param) {
    String doc = elements.getDocComment(owner);
    if (doc == null) {
      return "";
    }
    Matcher m = Pattern.compile("(?m)^\\s*@param\\s+" + Pattern.quote(param) + "\\s+([\\s\\S]*?)(?=^\\s*@\\w|\\z)").matcher(doc);
    return m.find() ? firstSentence(m.group(1)) : "";
  }

  /** The text before the first block tag. */
  static String mainText(String doc) {
    Matcher blockTag = Pattern.compile("(?m)^\\s*@\\w+").matcher(doc);
    return blockTag.find() ? doc.substring(0, blockTag.start()) : doc;
  }

  static String firstSentence(String text) {
    String clean = clean(text);
    Matcher end = SENTENCE_END.matcher(clean);
    return end.find() ? clean.substring(0, end.end()) : clean;
  }

  /** Resolves inline tags, drops HTML, collapses whitespace. */
  static String clean(String text) {
    String out = INLINE_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = LINK_TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : m.group(1).replace('#', '.')));
    out = OTHER_TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = HTML.matcher(out).replaceAll("");
    out = out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    return out.replaceAll("\\s+", " ").trim();
  }
}
