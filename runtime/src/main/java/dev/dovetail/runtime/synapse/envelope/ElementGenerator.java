package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The generator the elements of a double-encoded list are written with ({@link EncodedList}), each a root value of
 * it. It writes each in the SDK layout, but directly in its second encoding, as the content of a JSON string: the
 * value's quotes as {@code \"}, the escapes inside its strings escaped again. The text is byte for byte what
 * Jackson's generator writes for the element, escaped again by {@code writeString} (EncodedListTest compares the two
 * for every kind of value and every character), but the structure, separators, literals and numbers go into the
 * buffer as they are, and only the characters of names and strings are looked at, once.
 *
 * <p>Numbers are formatted by Jackson's own {@link NumberOutput} and {@link #_asString(BigDecimal)}, as its generator
 * formats them. Not supported: {@code writeUTF8String} and {@code writeRawUTF8String} (as in Jackson's
 * {@code Writer}-based generator), {@code writeString(Reader, int)} (no codec writes it).
 */
final class ElementGenerator extends GeneratorBase {
  /** Jackson's escapes: 0 = as is, a positive code = backslash and that character, -1 = {@code \}{@code u00XX}. */
  private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The longest text one character of a string becomes: {@code \}{@code u0001}, escaped again. */
  private static final int LONGEST_TWICE = 7;

  private final JsonGenerator reply;
  private final char[] buffer = new char[4000];
  private int length;

  ElementGenerator(JsonGenerator reply) {
    super(Json.FACTORY.getGeneratorFeatures(), null);
    this.reply = reply;
  }

  /** Writes the element's text, then the closing quote of its string, into the reply. */
  void endElement() throws IOException {
    room(1);
    buffer[length++] = '"';
    drain();
  }

  // Structure, in the SDK layout: ", " between entries and values, ": " after a name.

  @Override
  protected void _verifyValueWrite(String typeMsg) throws IOException {
    int status = _writeContext.writeValue();
    if (status == JsonWriteContext.STATUS_EXPECT_NAME) {
      _reportError("Can not " + typeMsg + ", expecting field name (context: " + _writeContext.typeDesc() + ")");
    }
    if (status == JsonWriteContext.STATUS_OK_AFTER_COMMA) {
      plain(',', ' ');
    } else if (status == JsonWriteContext.STATUS_OK_AFTER_COLON) {
      plain(':', ' ');
    }
    // The first value and root values (one per element) have nothing before them.
  }

  @Override
  public void writeStartObject() throws IOException {
    _verifyValueWrite("start an object");
    _writeContext = _writeContext.createChildObjectContext(null);
    plain('{');
  }

  @Override
  public void writeEndObject() throws IOException {
    if (!_writeContext.inObject()) {
      _reportError("Current context not Object but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.clearAndGetParent();
    plain('}');
  }

  @Override
  public void writeStartArray() throws IOException {
    _verifyValueWrite("start an array");
    _writeContext = _writeContext.createChildArrayContext(null);
    plain('[');
  }

  @Override
  public void writeEndArray() throws IOException {
    if (!_writeContext.inArray()) {
      _reportError("Current context not Array but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.clearAndGetParent();
    plain(']');
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    beforeName(name);
    quotedTwice(name);
  }

  /** A codec's constant name: copied from its cached escaped text, when escaping left it as it was. */
  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    char[] quoted = name.asQuotedChars();
    if (quoted.length != name.charLength() || quoted.length + 4 > buffer.length) {
      writeFieldName(name.getValue());
      return;
    }
    beforeName(name.getValue());
    room(quoted.length + 4);
    char[] buf = buffer;
    int n = length;
    buf[n++] = '\\';
    buf[n++] = '"';
    System.arraycopy(quoted, 0, buf, n, quoted.length);
    n += quoted.length;
    buf[n++] = '\\';
    buf[n++] = '"';
    length = n;
  }

  private void beforeName(String name) throws IOException {
    int status = _writeContext.writeFieldName(name);
    if (status == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Can not write a field name, expecting a value");
    }
    if (status == JsonWriteContext.STATUS_OK_AFTER_COMMA) {
      plain(',', ' ');
    }
  }

  // Strings: quoted with \", their characters escaped twice.

  @Override
  public void writeString(String text) throws IOException {
    _verifyValueWrite(WRITE_STRING);
    if (text == null) {
      plain("null");
    } else {
      quotedTwice(text);
    }
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    writeString(new String(text, offset, len));
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int len) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int len) throws IOException {
    _reportUnsupportedOperation();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) throws IOException {
    _checkRangeBoundsForByteArray(data, offset, len);
    _verifyValueWrite("write a binary value");
    // The variant's text is JSON string content already (a line feed is \n): it is escaped once.
    plain('\\', '"');
    once(variant.encode(Arrays.copyOfRange(data, offset, offset + len), false));
    plain('\\', '"');
  }

  // Raw text is JSON already: escaped once.

  @Override
  public void writeRaw(String text) throws IOException {
    once(text);
  }

  @Override
  public void writeRaw(String text, int offset, int len) throws IOException {
    once(text.substring(offset, offset + len));
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) throws IOException {
    once(new String(text, offset, len));
  }

  @Override
  public void writeRaw(char c) throws IOException {
    once(String.valueOf(c));
  }

  // Numbers and literals need no escaping.

  @Override
  public void writeNumber(int value) throws IOException {
    _verifyValueWrite(WRITE_NUMBER);
    if (_cfgNumbersAsStrings) {
      quotedTwice(Integer.toString(value));
      return;
    }
    room(11);
    length = NumberOutput.outputInt(value, buffer, length);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    _verifyValueWrite(WRITE_NUMBER);
    if (_cfgNumbersAsStrings) {
      quotedTwice(Long.toString(value));
      return;
    }
    room(20);
    length = NumberOutput.outputLong(value, buffer, length);
  }

  @Override
  public void writeNumber(BigInteger value) throws IOException {
    _verifyValueWrite(WRITE_NUMBER);
    number(value == null ? null : value.toString());
  }

  @Override
  public void writeNumber(double value) throws IOException {
    boolean fast = isEnabled(Feature.USE_FAST_DOUBLE_WRITER);
    if (_cfgNumbersAsStrings || NumberOutput.notFinite(value) && isEnabled(Feature.QUOTE_NON_NUMERIC_NUMBERS)) {
      writeString(NumberOutput.toString(value, fast));
      return;
    }
    _verifyValueWrite(WRITE_NUMBER);
    plain(NumberOutput.toString(value, fast));
  }

  @Override
  public void writeNumber(float value) throws IOException {
    boolean fast = isEnabled(Feature.USE_FAST_DOUBLE_WRITER);
    if (_cfgNumbersAsStrings || NumberOutput.notFinite(value) && isEnabled(Feature.QUOTE_NON_NUMERIC_NUMBERS)) {
      writeString(NumberOutput.toString(value, fast));
      return;
    }
    _verifyValueWrite(WRITE_NUMBER);
    plain(NumberOutput.toString(value, fast));
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    _verifyValueWrite(WRITE_NUMBER);
    number(value == null ? null : _asString(value));
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    _verifyValueWrite(WRITE_NUMBER);
    number(encodedValue);
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    _verifyValueWrite(WRITE_BOOLEAN);
    plain(state ? "true" : "false");
  }

  @Override
  public void writeNull() throws IOException {
    _verifyValueWrite(WRITE_NULL);
    plain("null");
  }

  /** The elements' text reaches the reply through {@link #endElement()}. */
  @Override
  public void flush() {}

  @Override
  protected void _releaseBuffers() {}

  // The buffer.

  /** A number's text as Jackson's generator writes it: raw, or in quotes when numbers are written as strings. */
  private void number(String text) throws IOException {
    if (text == null) {
      plain("null");
    } else if (_cfgNumbersAsStrings) {
      plain('\\', '"');
      once(text);
      plain('\\', '"');
    } else {
      once(text);
    }
  }

  /** Short text that needs no escaping at all: a literal or a number. */
  private void plain(String text) throws IOException {
    room(text.length());
    text.getChars(0, text.length(), buffer, length);
    length += text.length();
  }

  private void plain(char c) throws IOException {
    room(1);
    buffer[length++] = c;
  }

  private void plain(char a, char b) throws IOException {
    room(2);
    buffer[length++] = a;
    buffer[length++] = b;
  }

  /** A JSON string in its second encoding: {@code \"}, the characters escaped twice, {@code \"}. */
  private void quotedTwice(String text) throws IOException {
    int len = text.length();
    room(len + 4);
    char[] buf = buffer;
    if (len + 4 > buf.length - length) {
      plain('\\', '"');
      escapedTwice(text, 0);
      plain('\\', '"');
      return;
    }
    // Most strings need no escaping: copied in bulk, then checked.
    buf[length] = '\\';
    buf[length + 1] = '"';
    int from = length + 2;
    int end = from + len;
    text.getChars(0, len, buf, from);
    for (int i = from; i < end; i++) {
      char c = buf[i];
      if (c < ESCAPES.length && ESCAPES[c] != 0) {
        length = i;
        escapedTwice(text, i - from);
        plain('\\', '"');
        return;
      }
    }
    buf[end] = '\\';
    buf[end + 1] = '"';
    length = end + 2;
  }

  /** The characters of {@code text} from {@code i} on, escaped twice. */
  private void escapedTwice(String text, int i) throws IOException {
    char[] buf = buffer;
    int end = text.length();
    while (i < end) {
      // As many characters as surely fit, so that the loop needs no check of the room left.
      int stop = Math.min(end, i + (buf.length - length) / LONGEST_TWICE);
      if (stop == i) {
        drain();
        continue;
      }
      int n = length;
      for (; i < stop; i++) {
        char c = text.charAt(i);
        int escape = c < ESCAPES.length ? ESCAPES[c] : 0;
        if (escape == 0) {
          buf[n++] = c;
        } else if (escape > 0) {
          // \" becomes \\\", \\ becomes \\\\, \n becomes \\n.
          buf[n++] = '\\';
          buf[n++] = '\\';
          if (escape == '"' || escape == '\\') {
            buf[n++] = '\\';
          }
          buf[n++] = (char) escape;
        } else {
          // A control character's escape, u00XX, gets two backslashes.
          buf[n++] = '\\';
          buf[n++] = '\\';
          n = unicodeEscape(c, buf, n);
        }
      }
      length = n;
    }
  }

  /** JSON text escaped once, as {@code writeString} escapes it. */
  private void once(String text) throws IOException {
    char[] buf = buffer;
    int i = 0;
    int end = text.length();
    while (i < end) {
      int stop = Math.min(end, i + (buf.length - length) / LONGEST_TWICE);
      if (stop == i) {
        drain();
        continue;
      }
      int n = length;
      for (; i < stop; i++) {
        char c = text.charAt(i);
        int escape = c < ESCAPES.length ? ESCAPES[c] : 0;
        if (escape == 0) {
          buf[n++] = c;
        } else if (escape > 0) {
          buf[n++] = '\\';
          buf[n++] = (char) escape;
        } else {
          buf[n++] = '\\';
          n = unicodeEscape(c, buf, n);
        }
      }
      length = n;
    }
  }

  /** {@code u00XX} for a control character; the new length. */
  private static int unicodeEscape(char c, char[] buf, int n) {
    buf[n] = 'u';
    buf[n + 1] = '0';
    buf[n + 2] = '0';
    buf[n + 3] = HEX[c >> 4];
    buf[n + 4] = HEX[c & 0xF];
    return n + 5;
  }

  /** Passes the buffer on unless {@code needed} more characters fit (which they then do, if no more than its size). */
  private void room(int needed) throws IOException {
    if (length + needed > buffer.length) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (length > 0) {
      reply.writeRaw(buffer, 0, length);
      length = 0;
    }
  }
}
