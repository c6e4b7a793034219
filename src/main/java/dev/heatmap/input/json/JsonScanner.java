package dev.heatmap.input.json;

import com.fasterxml.jackson.core.JsonTokenId;
import dev.heatmap.core.RecordSink;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.NumberText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict JSON tokenizer over UTF-8 bytes that feeds {@link JsonRecords} the same tokens Jackson
 * would, for the common shapes of chat logs and event streams, with no object per token: keys are
 * interned, and a value is decoded only when a record needs it.
 *
 * <p>It accepts only what is certainly valid JSON and reads the same through Jackson (with the
 * settings of {@link JsonExtractor#factory}) and {@link TextDecoder}: objects, arrays, strings with
 * the standard escapes, numbers in JSON's grammar, {@code true}, {@code false}, {@code null}, root
 * values that are objects or arrays separated by white space. On anything else (a syntax error, a
 * root scalar, {@code NaN}, a control character in a string, a value longer than Jackson's limits,
 * very deep nesting) it stops and returns false: the caller then lets Jackson read the same bytes,
 * which gives the exact records and messages. Bytes that are not valid UTF-8 are decoded to U+FFFD
 * where a value is needed, as the character path does.
 *
 * <p>Lines are counted as Jackson counts them: LF, CR LF and a lone CR each end one.
 */
final class JsonScanner implements JsonRecords.Tokens {
  /** Deeper nesting is left to Jackson, whose limit is {@link JsonRecords#MAX_DEPTH}. */
  private static final int MAX_DEPTH = 200;

  /** Longer keys are left to Jackson (its limit is 64 Ki characters). */
  private static final int MAX_KEY = 1 << 15;

  /** Longer numbers are left to Jackson (its limit is 1000 characters). */
  private static final int MAX_NUMBER = 500;

  // What a byte in a string is. A byte table rather than an enum on purpose: the string loop
  // reads it four bytes a round, and the test "is it 0" is what lets that loop run; a table of
  // enum references is four times the cache lines and a load more per byte.
  private static final byte IN_TEXT = 0;
  private static final byte QUOTE = 1;
  private static final byte BACKSLASH = 2;
  private static final byte CONTROL = 3; // not allowed unescaped
  private static final byte[] STRING = new byte[256];

  static {
    for (int i = 0; i < 0x20; i++) {
      STRING[i] = CONTROL;
    }
    STRING['"'] = QUOTE;
    STRING['\\'] = BACKSLASH;
  }

  private final JsonRecords records;
  private final int maxString;
  private final Keys keys;
  private final boolean[] objects = new boolean[MAX_DEPTH + 1];
  private CharsetDecoder decoder;

  private byte[] b;
  private boolean sawValue;
  private long line;
  private long tokenLine;

  // The current scalar: b[valueFrom, valueTo) (a string's content, a number's text), its kind.
  private int valueFrom;
  private int valueTo;
  private boolean valueEscaped;
  private int valueId;
  private Form valueForm = Form.UNSEEN;
  private char[] chars = new char[64];
  private int charsLength;

  /**
   * @param records where the tokens go
   * @param maxString the longest string, in bytes, left to this scanner (Jackson's string limit,
   *     which counts characters; a string of that many bytes has no more characters)
   */
  JsonScanner(JsonRecords records, int maxString) {
    this.records = records;
    this.maxString = maxString;
    this.keys = new Keys(records.names());
  }

  /** Whether a root value has started in the current stream run. */
  boolean sawValue() {
    return sawValue;
  }

  /** The lines ended so far in the current stream run (LF, CR LF or lone CR). */
  long linesEnded() {
    return line - 1;
  }

  /**
   * Reads the values of one JSON line {@code b[from, to)} (not blank), its records reported at
   * {@code lineNumber} and held back to its end. Returns false, having dropped the line's records,
   * when in doubt.
   */
  boolean line(byte[] bytes, int from, int to, RecordSink sink, long lineNumber) {
    records.begin(sink, lineNumber);
    line = 1;
    if (!values(bytes, from, to)) {
      records.discard();
      return false;
    }
    records.end();
    return true;
  }

  /** Starts a stream of root values (concatenated objects, or one document); lines count from 1. */
  void startStream(RecordSink sink) {
    records.begin(sink, 0);
    line = 1;
    sawValue = false;
  }

  /**
   * Reads the whole root values in {@code b[from, to)} of the stream. Returns false when in doubt;
   * records before the doubt have been handed on, so the caller must drop them.
   */
  boolean stream(byte[] bytes, int from, int to) {
    return values(bytes, from, to);
  }

  /** What the scanner expects next inside a value. */
  private enum State {
    /** a value: object, array, string, number or literal */
    VALUE,
    /** a comma or the end of the innermost object or array */
    AFTER,
    /** an object's key and its colon */
    KEY
  }

  /** How far the current string value has been looked at. */
  private enum Form {
    /** not looked at since it was scanned */
    UNSEEN,
    /** ASCII without escapes: its bytes are its characters */
    ASCII,
    /** decoded into {@code chars} */
    DECODED
  }

  private boolean values(byte[] bytes, int from, int to) {
    this.b = bytes;
    int p = from;
    int depth = 0;
    State state = State.VALUE;
    boolean first = true;
    // Hot path: one loop over the bytes with a small state machine; tokens go to the records
    // without objects, strings are only measured unless a record needs them.
    while (true) {
      p = whitespace(p, to);
      if (depth == 0 && state != State.KEY) {
        if (p >= to) {
          return true;
        }
        if (!first && !isWhitespace(b[p - 1])) {
          return false; // root values must be apart, so that both parsers split them alike
        }
        first = false;
        sawValue = true;
        if (b[p] != '{' && b[p] != '[') {
          return false; // a root scalar: Jackson knows what it allows there
        }
        state = State.VALUE;
      }
      if (p >= to) {
        return false; // an unclosed value
      }
      byte c = b[p];
      if (state == State.VALUE) {
        tokenLine = line;
        switch (c) {
          case '{':
          case '[':
            if (depth == MAX_DEPTH) {
              return false;
            }
            boolean object = c == '{';
            records.open(object, this);
            objects[++depth] = object;
            p = whitespace(p + 1, to);
            if (p < to && b[p] == (object ? '}' : ']')) {
              records.close();
              depth--;
              p++;
              state = State.AFTER;
            } else {
              state = object ? State.KEY : State.VALUE;
            }
            continue;
          case '"':
            p = string(p, to, false);
            if (p < 0) {
              return false;
            }
            valueId = JsonTokenId.ID_STRING;
            break;
          case 't':
            p = literal(p, to, "true");
            valueId = JsonTokenId.ID_TRUE;
            break;
          case 'f':
            p = literal(p, to, "false");
            valueId = JsonTokenId.ID_FALSE;
            break;
          case 'n':
            p = literal(p, to, "null");
            valueId = JsonTokenId.ID_NULL;
            break;
          default:
            p = number(p, to);
        }
        if (p < 0) {
          return false;
        }
        records.scalar(valueId, this);
        state = State.AFTER;
      } else if (state == State.AFTER) {
        if (c == ',') {
          state = objects[depth] ? State.KEY : State.VALUE;
          p++;
        } else if (c == (objects[depth] ? '}' : ']')) {
          records.close();
          depth--;
          p++;
        } else {
          return false;
        }
      } else {
        if (c != '"') {
          return false;
        }
        p = string(p, to, true);
        if (p < 0) {
          return false;
        }
        p = whitespace(p, to);
        if (p >= to || b[p] != ':') {
          return false;
        }
        p++;
        state = State.VALUE;
      }
    }
  }

  private static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** Skips JSON white space from {@code p}, counting lines; returns the next position. */
  private int whitespace(int p, int to) {
    if (p < to && b[p] > ' ') {
      return p; // no white space: the common case between tokens of compact JSON
    }
    while (p < to) {
      byte c = b[p];
      if (c == ' ' || c == '\t') {
        p++;
      } else if (c == '\n') {
        line++;
        p++;
      } else if (c == '\r') {
        line++;
        p++;
        if (p < to && b[p] == '\n') {
          p++;
        }
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * Reads the string whose opening quote is at {@code p}: a key (passed to the records) or the
   * current value. Returns the position after its closing quote, or -1 when in doubt.
   */
  private int string(int p, int to, boolean key) {
    int from = p + 1;
    int q = from;
    boolean escaped = false;
    byte[] table = STRING;
    byte[] bytes = b;
    while (true) {
      // Hot path: eight bytes a round while none ends the run, then one at a time.
      while (q + 8 <= to) {
        long stops = stops((long) LONGS.get(bytes, q));
        if (stops != 0) {
          q += Long.numberOfTrailingZeros(stops) >>> 3;
          break;
        }
        q += 8;
      }
      while (q < to && table[bytes[q] & 0xff] == IN_TEXT) {
        q++;
      }
      if (q >= to) {
        return -1;
      }
      byte kind = STRING[b[q] & 0xff];
      if (kind == QUOTE) {
        break;
      } else if (kind == BACKSLASH) {
        escaped = true;
        q = escape(q, to);
        if (q < 0) {
          return -1;
        }
      } else {
        return -1; // a control character, which JSON does not allow unescaped
      }
    }
    if (q - from > (key ? MAX_KEY : maxString)) {
      return -1;
    }
    if (key) {
      records.field(escaped ? decodeKey(from, q) : keys.get(this, b, from, q));
    } else {
      valueFrom = from;
      valueTo = q;
      valueEscaped = escaped;
      valueForm = Form.UNSEEN;
    }
    return q + 1;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;

  /**
   * The bytes of the little-endian word {@code x} that end a string's plain run (a quote, a
   * backslash, a control character), each marked by its high bit. The lowest mark is exact: a
   * borrow only runs upward from a byte that really matched, so it can mark bytes above the first
   * stop but never one below it; the byte loop after it reads the stop itself.
   */
  static long stops(long x) {
    long quote = x ^ 0x2222222222222222L;
    long backslash = x ^ 0x5c5c5c5c5c5c5c5cL;
    return ((quote - ONES) & ~quote
            | (backslash - ONES) & ~backslash
            | (x - 0x2020202020202020L) & ~x)
        & HIGH;
  }

  /** Checks the escape at {@code b[q]} (a backslash); returns the position after it, or -1. */
  private int escape(int q, int to) {
    if (q + 1 >= to) {
      return -1;
    }
    switch (b[q + 1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return q + 2;
      case 'u':
        if (q + 6 > to) {
          return -1;
        }
        for (int i = q + 2; i < q + 6; i++) {
          if (hex(b[i]) < 0) {
            return -1;
          }
        }
        return q + 6;
      default:
        return -1;
    }
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Reads {@code word} at {@code p}; returns the position after it, or -1. */
  private int literal(int p, int to, String word) {
    int n = word.length();
    if (p + n > to) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      if (b[p + i] != word.charAt(i)) {
        return -1;
      }
    }
    valueFrom = p;
    valueTo = p + n;
    return ended(p + n, to) ? p + n : -1;
  }

  /** Whether a number or literal may end before {@code b[p]} (Jackson checks the same). */
  private boolean ended(int p, int to) {
    if (p >= to) {
      return false; // only root scalars end at the end, and those are left to Jackson
    }
    byte c = b[p];
    return c == ',' || c == '}' || c == ']' || isWhitespace(c);
  }

  /** Reads a number in JSON's grammar at {@code p}; returns the position after it, or -1. */
  private int number(int p, int to) {
    int from = p;
    if (p < to && b[p] == '-') {
      p++;
    }
    if (p >= to) {
      return -1;
    }
    if (b[p] == '0') {
      p++;
    } else if (b[p] >= '1' && b[p] <= '9') {
      while (p < to && isDigit(b[p])) {
        p++;
      }
    } else {
      return -1;
    }
    boolean integer = true;
    if (p < to && b[p] == '.') {
      integer = false;
      p++;
      int digits = p;
      while (p < to && isDigit(b[p])) {
        p++;
      }
      if (p == digits) {
        return -1;
      }
    }
    if (p < to && (b[p] == 'e' || b[p] == 'E')) {
      integer = false;
      p++;
      if (p < to && (b[p] == '+' || b[p] == '-')) {
        p++;
      }
      int digits = p;
      while (p < to && isDigit(b[p])) {
        p++;
      }
      if (p == digits) {
        return -1;
      }
    }
    if (p - from > MAX_NUMBER || !ended(p, to)) {
      return -1;
    }
    valueFrom = from;
    valueTo = p;
    valueId = integer ? JsonTokenId.ID_NUMBER_INT : JsonTokenId.ID_NUMBER_FLOAT;
    return p;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public long line() {
    return tokenLine;
  }

  @Override
  public int textLength() {
    return prepare() ? valueTo - valueFrom : charsLength;
  }

  @Override
  public void text(char[] dst, int n) {
    if (prepare()) {
      for (int i = 0; i < n; i++) {
        dst[i] = (char) b[valueFrom + i];
      }
    } else {
      System.arraycopy(chars, 0, dst, 0, n);
    }
  }

  @Override
  public int utf8Length() {
    return valueEscaped ? -1 : valueTo - valueFrom;
  }

  @Override
  public void utf8(byte[] dst) {
    System.arraycopy(b, valueFrom, dst, 0, valueTo - valueFrom);
  }

  @Override
  public double number() {
    int p = valueFrom;
    boolean negative = b[p] == '-';
    if (negative) {
      p++;
    }
    if (valueId == JsonTokenId.ID_NUMBER_INT && valueTo - p <= 18) {
      long v = 0;
      for (int i = p; i < valueTo; i++) {
        v = v * 10 + (b[i] - '0');
      }
      double d = NumberText.down(v);
      return negative ? -d : d; // as Jackson: an integer's double, so -0 is 0.0
    }
    return NumberText.exact(ascii(valueFrom, valueTo));
  }

  @Override
  public String text() {
    if (valueId != JsonTokenId.ID_STRING || prepare()) {
      return ascii(valueFrom, valueTo);
    }
    return new String(chars, 0, charsLength);
  }

  /**
   * Looks at the current string value once: true when it is ASCII without escapes (its bytes are
   * its characters), else it is decoded into {@link #chars} and false.
   */
  private boolean prepare() {
    if (valueForm == Form.UNSEEN) {
      valueForm = !valueEscaped && isAscii(b, valueFrom, valueTo) ? Form.ASCII : Form.DECODED;
      if (valueForm == Form.DECODED) {
        charsLength = decode(valueFrom, valueTo);
      }
    }
    return valueForm == Form.ASCII;
  }

  private static boolean isAscii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private String ascii(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private String decodeKey(int from, int to) {
    int n = decode(from, to);
    return new String(chars, 0, n);
  }

  /**
   * Decodes the string content {@code b[from, to)} (escapes checked already) into {@link #chars}:
   * escapes as Jackson reads them, other bytes as UTF-8 by {@link TextDecoder}'s rule. Runs of
   * bytes between escapes decode alone; a UTF-8 decoder never takes an ASCII byte into an invalid
   * sequence, so that equals decoding the whole.
   */
  private int decode(int from, int to) {
    if (chars.length < to - from) {
      chars = new char[Math.max(to - from, chars.length * 2)];
    }
    if (decoder == null) {
      decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    int n = 0;
    int run = from;
    int i = from;
    while (i < to) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      n = decodeRun(run, i, n);
      byte e = b[i + 1];
      char c;
      switch (e) {
        case 'b':
          c = '\b';
          break;
        case 'f':
          c = '\f';
          break;
        case 'n':
          c = '\n';
          break;
        case 'r':
          c = '\r';
          break;
        case 't':
          c = '\t';
          break;
        case 'u':
          c =
              (char)
                  ((hex(b[i + 2]) << 12)
                      | (hex(b[i + 3]) << 8)
                      | (hex(b[i + 4]) << 4)
                      | hex(b[i + 5]));
          i += 4;
          break;
        default:
          c = (char) e; // \" \\ \/
      }
      chars[n++] = c;
      i += 2;
      run = i;
    }
    return decodeRun(run, to, n);
  }

  private int decodeRun(int from, int to, int at) {
    if (from == to) {
      return at;
    }
    decoder.reset();
    CharBuffer out = CharBuffer.wrap(chars, at, chars.length - at);
    decoder.decode(java.nio.ByteBuffer.wrap(b, from, to - from), out, true);
    decoder.flush(out);
    return out.position();
  }

  /**
   * The keys the records compare with ({@link JsonRecords#names}), recognised from their bytes;
   * every other key is passed as one stand-in name that equals none of them, so no key costs a
   * String or a hash lookup.
   */
  private static final class Keys {
    private final byte[][] bytes;
    private final String[] names;
    private final String other;
    private final boolean[] byLength = new boolean[64];
    private final boolean anyLong;

    Keys(java.util.Set<String> wanted) {
      java.util.List<String> ascii = new java.util.ArrayList<>();
      for (String w : wanted) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(w)) {
          ascii.add(w);
        }
      }
      names = ascii.toArray(new String[0]);
      bytes = new byte[names.length][];
      boolean longKey = false;
      for (int i = 0; i < names.length; i++) {
        bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        if (bytes[i].length < byLength.length) {
          byLength[bytes[i].length] = true;
        } else {
          longKey = true;
        }
      }
      anyLong = longKey;
      String stand = "\u0000";
      while (wanted.contains(stand)) {
        stand += "\u0000";
      }
      other = stand;
    }

    /** The name of the key {@code b[from, to)} as far as the records can tell. */
    String get(JsonScanner scanner, byte[] b, int from, int to) {
      int n = to - from;
      // Hot path: most keys are told apart from the wanted ones by their length alone.
      if (n < byLength.length ? !byLength[n] : !anyLong) {
        if (isAscii(b, from, to)) {
          return other;
        }
        return scanner.decodeKey(from, to); // not ASCII: decoded by the UTF-8 rule
      }
      for (int i = 0; i < bytes.length; i++) {
        byte[] k = bytes[i];
        if (k.length == n && java.util.Arrays.equals(k, 0, n, b, from, to)) {
          return names[i];
        }
      }
      return isAscii(b, from, to) ? other : scanner.decodeKey(from, to);
    }
  }
}
