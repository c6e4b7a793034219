package dev.heatmap.input.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.CharView;
import dev.heatmap.input.bytes.Utf8Text;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.NumberText;
import java.io.IOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds records in a stream of JSON tokens and hands them to a sink: a record is an object from
 * which the timestamp path leads to a value, so it may sit at any depth (the messages of a Matrix
 * or Telegram export) or be each root value (JSON lines, ContiLeaks files). The group value is read
 * from the record itself, else from inside it, else from an enclosing object that held it before
 * the record began (such as a room name at the top of an export).
 *
 * <p>Memory is one frame per nesting level (the parser caps the depth), never the document. A
 * record is handed on when its object closes, so a syntax error inside a record loses only that
 * record.
 */
public final class JsonRecords {
  /** The deepest nesting read; deeper input is refused by the parser. */
  static final int MAX_DEPTH = 256;

  /** The most characters of a timestamp value kept; a longer value is not a timestamp anyway. */
  static final int MAX_VALUE = 1024;

  /** What a record's timestamp value turned out to be. */
  private enum Kind {
    /** no value seen yet */
    NONE,
    /** a string, in characters */
    TEXT,
    /** a string value still in its UTF-8 bytes, with no escapes */
    UTF8,
    NUMBER,
    NULL,
    /** an object, an array or a boolean: not a timestamp */
    BAD
  }

  /** A record of the current line held back until the line has parsed to its end; reused. */
  private static final class Held {
    Kind kind;
    char[] text = new char[32];
    byte[] bytes = new byte[32];
    int length;
    double number;
    String group;
  }

  /** One open object or array. */
  private static final class Frame {
    boolean object;
    String key;
    int index;
    int nextIndex;
    Kind kind;
    char[] text = new char[32];
    // A string value's UTF-8 bytes, when it has no escapes: decoded into text only when needed.
    byte[] bytes = new byte[32];
    boolean inBytes;
    int length;
    double number;
    long line;
    String groupHere;
    String groupBelow;
    // With a record shape: which patterns' first segments this frame has matched (bit 8*i + p),
    // whether it is a record, and whether the shape's filter leaves it out.
    long match;
    boolean record;
    boolean excluded;
    boolean apart;

    boolean matches(String segment) {
      if (key != null) {
        return key.equals(segment);
      }
      return index >= 0 && Integer.toString(index).equals(segment);
    }
  }

  private final JsonPath ts;
  private final JsonPath group;
  private final boolean numericText;
  private final RecordShape shape;
  private long apart;
  private Frame[] stack = new Frame[16];
  private int top = -1;
  private long records;
  private final CharView view = new CharView();

  // The current run of tokens.
  private RecordSink sink;
  private long line;
  private String name;

  // Records of the current line, held back in lines mode until the line has parsed to its end.
  private boolean deferring;
  private int pending;
  private Held[] held = new Held[0];
  private char[] widened = new char[32];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);

  public JsonRecords(JsonPath ts, JsonPath group, boolean numericText) {
    this(ts, group, numericText, null);
  }

  /**
   * Records of a known shape: only objects where {@code shape} puts records are records, and the
   * paths lead from them; a timestamp key nested deeper (an embed, a reply stub, an edit) belongs
   * to its record and is not one. Without a shape (null) a record is the innermost object from
   * which {@code ts} leads to a value.
   */
  JsonRecords(JsonPath ts, JsonPath group, boolean numericText, RecordShape shape) {
    this.ts = ts;
    this.group = group;
    this.numericText = numericText;
    this.shape = shape;
    for (int i = 0; i < stack.length; i++) {
      stack[i] = new Frame();
    }
  }

  /**
   * Every key name the paths compare keys with. Any other key may be passed to {@link #field} as
   * one stand-in name that equals none of these: the records only ever compare keys with them.
   */
  java.util.Set<String> names() {
    java.util.Set<String> set = new java.util.HashSet<>();
    if (shape != null) {
      set.addAll(shape.names());
    }
    set.add(MONGO_LONG);
    for (JsonPath path : new JsonPath[] {ts, group}) {
      if (path != null) {
        set.addAll(java.util.Arrays.asList(path.segments));
        set.add(path.last);
        if (path.literal != null) {
          set.add(path.literal);
        }
      }
    }
    return set;
  }

  /** How many records were found so far. */
  long records() {
    return records;
  }

  /** How many records the shape's filter counted apart (Telegram's service messages). */
  long apart() {
    return apart;
  }

  /** MongoDB extended JSON's wrapper of a 64-bit number: {@code {"$date": {"$numberLong": …}}}. */
  static final String MONGO_LONG = "$numberLong";

  /**
   * What the records need to know of the current token, from whichever parser produces the tokens
   * (Jackson on characters, or {@link JsonScanner} on bytes).
   */
  interface Tokens {
    /** The 1-based line the current token starts on. */
    long line();

    /** The length in characters of the current string value. */
    int textLength();

    /** Copies the first {@code n} characters of the current string value into {@code dst}. */
    void text(char[] dst, int n);

    /**
     * The length in bytes of the current string value when it is UTF-8 without escapes (its bytes
     * decode to its text), else -1.
     */
    default int utf8Length() {
      return -1;
    }

    /** Copies the bytes of the current string value, which {@link #utf8Length} measured. */
    default void utf8(byte[] dst) {
      throw new UnsupportedOperationException();
    }

    /** The current number's value. */
    double number();

    /** The current scalar as text: a string's value, a number or literal as written. */
    String text();
  }

  /** Jackson's parser as {@link Tokens}. */
  private static final class JacksonTokens implements Tokens {
    private final JsonParser p;

    JacksonTokens(JsonParser p) {
      this.p = p;
    }

    @Override
    public long line() {
      return p.currentTokenLocation().getLineNr();
    }

    @Override
    public int textLength() {
      try {
        return p.getTextLength();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void text(char[] dst, int n) {
      try {
        System.arraycopy(p.getTextCharacters(), p.getTextOffset(), dst, 0, n);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public double number() {
      try {
        return p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.LONG
            ? NumberText.down(p.getLongValue())
            : p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT
                ? NumberText.exact(p.getText())
                : p.getDoubleValue();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public String text() {
      try {
        return p.getText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads every token of {@code p}, handing records to {@code sink}. When {@code line} is positive
   * every record is reported at that line (JSON lines) and held back until the end: if the line
   * turns out malformed, none of its records count. Returns whether there was any token.
   */
  boolean read(JsonParser p, RecordSink sink, long line) throws IOException {
    JacksonTokens tokens = new JacksonTokens(p);
    boolean any = false;
    begin(sink, line);
    JsonToken t;
    try {
      while ((t = p.nextToken()) != null) {
        any = true;
        switch (t.id()) {
          case JsonTokenId.ID_FIELD_NAME:
            field(p.currentName());
            break;
          case JsonTokenId.ID_START_OBJECT:
            open(true, tokens);
            break;
          case JsonTokenId.ID_START_ARRAY:
            open(false, tokens);
            break;
          case JsonTokenId.ID_END_OBJECT:
          case JsonTokenId.ID_END_ARRAY:
            close();
            break;
          default:
            scalar(t.id(), tokens);
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    end();
    return any;
  }

  /**
   * Starts a run of tokens: a JSON line when {@code line} is positive (its records held back until
   * {@link #end}), else a stream whose tokens say their own lines.
   */
  void begin(RecordSink sink, long line) {
    this.sink = sink;
    this.line = line;
    top = -1;
    pending = 0;
    deferring = line > 0;
    name = null;
  }

  /** Ends the run: a JSON line's held records are handed on. */
  void end() {
    if (deferring) {
      flush(sink, line);
    }
  }

  /** A key. */
  void field(String key) {
    name = key;
  }

  /** The start of an object or array. */
  void open(boolean object, Tokens t) {
    // Hot path: compare field names with the path's last segment, copy only the values needed,
    // never materialise other strings; no regex, no boxing.
    if (top >= 0 && stack[top].object && !object) {
      int r = recordOf(ts, name, top);
      if (r >= 0 && stack[r].kind == Kind.NONE) {
        stack[r].kind = Kind.BAD;
        stack[r].line = line > 0 ? line : t.line();
      }
    }
    push(object, name);
  }

  /** The end of the innermost object or array. */
  void close() {
    pop(sink, line);
  }

  /** A scalar value; {@code id} is Jackson's {@link JsonTokenId} for it. */
  void scalar(int id, Tokens t) {
    if (top >= 0) {
      Frame f = stack[top];
      if (f.object) {
        scalar(t, id, name, line);
      } else {
        f.nextIndex++;
      }
    }
  }

  private void push(boolean object, String name) {
    Frame parent = top >= 0 ? stack[top] : null;
    top++;
    if (top == stack.length) {
      Frame[] bigger = new Frame[Math.min(stack.length * 2, MAX_DEPTH + 2)];
      System.arraycopy(stack, 0, bigger, 0, stack.length);
      for (int i = stack.length; i < bigger.length; i++) {
        bigger[i] = new Frame();
      }
      stack = bigger;
    }
    Frame f = stack[top];
    f.object = object;
    if (parent == null) {
      f.key = null;
      f.index = -1;
    } else if (parent.object) {
      f.key = name;
      f.index = -1;
    } else {
      f.key = null;
      f.index = parent.nextIndex++;
    }
    f.nextIndex = 0;
    f.kind = Kind.NONE;
    f.length = 0;
    f.groupHere = null;
    f.groupBelow = null;
    f.excluded = false;
    f.apart = false;
    if (shape != null) {
      f.match = parent == null ? shape.rootMatch() : shape.step(parent.match, parent.object, f.key);
      f.record = object && shape.isRecord(f.match);
    }
  }

  private void pop(RecordSink sink, long line) {
    Frame f = stack[top];
    if (f.object && f.key != null && f.key.equals(ts.last) && top > 0) {
      // An object where the timestamp belongs, with no $numberLong in it: not a timestamp.
      int r = recordOf(ts, f.key, top - 1);
      if (r >= 0 && stack[r].kind == Kind.NONE) {
        stack[r].kind = Kind.BAD;
        stack[r].line = line;
      }
    }
    if (f.object && f.excluded) {
      if (f.apart) {
        apart++;
      }
    } else if (f.object && f.kind != Kind.NONE) {
      emit(f, sink);
    }
    String g = f.groupHere != null ? f.groupHere : f.groupBelow;
    if (g != null && top > 0 && stack[top - 1].groupBelow == null) {
      stack[top - 1].groupBelow = g;
    }
    top--;
  }

  private void scalar(Tokens t, int id, String name, long line) {
    int r = recordOf(ts, name, top);
    if (r < 0
        && MONGO_LONG.equals(name)
        && top > 0
        && stack[top].key != null
        && stack[top].key.equals(ts.last)) {
      r = recordOf(ts, stack[top].key, top - 1);
      if (r >= 0 && stack[r].kind == Kind.NONE) {
        Frame f = stack[r];
        f.line = line > 0 ? line : t.line();
        double v = id == JsonTokenId.ID_STRING ? NumberText.parse(t.text()) : Double.NaN;
        if (Double.isNaN(v)) {
          f.kind = Kind.BAD;
        } else {
          f.number = v;
          f.kind = Kind.NUMBER;
        }
      }
      return;
    }
    if (shape != null
        && shape.filterKey() != null
        && stack[top].record
        && shape.filterKey().equals(name)) {
      String v = id == JsonTokenId.ID_STRING ? t.text() : null;
      if (!shape.accept().equals(v)) {
        stack[top].excluded = true;
        stack[top].apart = shape.apartValue() != null && shape.apartValue().equals(v);
      }
    }
    if (r >= 0 && stack[r].kind == Kind.NONE) {
      Frame f = stack[r];
      f.line = line > 0 ? line : t.line();
      switch (id) {
        case JsonTokenId.ID_STRING:
          // Hot path: a value without escapes is kept as its bytes (never more characters than
          // bytes, so within the cap), and decoded only if the sink cannot read it from them.
          int n = t.utf8Length();
          f.inBytes = n >= 0 && n <= MAX_VALUE;
          if (f.inBytes) {
            if (f.bytes.length < n) {
              f.bytes = new byte[Math.max(n, f.bytes.length * 2)];
            }
            t.utf8(f.bytes);
          } else {
            n = Math.min(t.textLength(), MAX_VALUE);
            if (f.text.length < n) {
              f.text = new char[Math.max(n, f.text.length * 2)];
            }
            t.text(f.text, n);
          }
          f.length = n;
          f.kind = Kind.TEXT;
          break;
        case JsonTokenId.ID_NUMBER_INT:
        case JsonTokenId.ID_NUMBER_FLOAT:
          f.number = t.number();
          f.kind = Kind.NUMBER;
          break;
        case JsonTokenId.ID_NULL:
          f.kind = Kind.NULL;
          break;
        default:
          f.kind = Kind.BAD;
      }
    }
    if (group != null) {
      int g = recordOf(group, name, top);
      if (g >= 0 && stack[g].groupHere == null && id != JsonTokenId.ID_NULL) {
        stack[g].groupHere = Groups.name(t.text());
      }
    }
  }

  /**
   * The stack index of the record that {@code path} leads from to the value under {@code name} in
   * the frame at {@code at}.
   */
  private int recordOf(JsonPath path, String name, int at) {
    if (name == null) {
      return -1;
    }
    if (!name.equals(path.last)) {
      int r = path.literal != null && name.equals(path.literal) ? at : -1;
      return r >= 0 && path == ts && shape != null && !stack[r].record ? -1 : r;
    }
    String[] seg = path.segments;
    int r = at - (seg.length - 1);
    if (r < 0) {
      return -1;
    }
    for (int j = seg.length - 2, f = at; j >= 0; j--, f--) {
      if (!stack[f].matches(seg[j])) {
        return -1;
      }
    }
    if (path == ts && shape != null && !stack[r].record) {
      return -1; // a nested copy (an embed, a reply stub) belongs to its record
    }
    // A pointer is anchored at each root value; the elements of a top-level array count as such.
    if (!stack[r].object || (path.anchored && r != 0 && (r != 1 || stack[0].object))) {
      return -1;
    }
    return r;
  }

  private String groupOf(int r) {
    if (group == null) {
      return null;
    }
    Frame f = stack[r];
    if (f.groupHere != null) {
      return f.groupHere;
    }
    if (f.groupBelow != null) {
      return f.groupBelow;
    }
    for (int i = r - 1; i >= 0; i--) {
      if (stack[i].groupHere != null) {
        return stack[i].groupHere;
      }
    }
    return Groups.NONE;
  }

  private void emit(Frame f, RecordSink sink) {
    records++;
    String g = groupOf(top);
    Kind kind = f.kind == Kind.TEXT && f.inBytes ? Kind.UTF8 : f.kind;
    if (deferring) {
      hold(f, kind, g);
      return;
    }
    deliver(sink, kind, f.text, f.bytes, f.length, f.number, g, f.line);
  }

  private void deliver(
      RecordSink sink,
      Kind kind,
      char[] text,
      byte[] bytes,
      int length,
      double number,
      String g,
      long line) {
    // An if-chain rather than a switch: a switch over an enum adds a synthetic class to start-up.
    if (kind == Kind.UTF8) {
      // Hot path: the sink reads the bytes where it can; else they are decoded, as text.
      if (!numericText && sink.utf8(bytes, 0, length, g, line)) {
        return;
      }
      if (widened.length < length) {
        widened = new char[Math.max(length, widened.length * 2)];
      }
      int n = Utf8Text.decode(decoder, bytes, 0, length, widened);
      deliver(sink, Kind.TEXT, widened, null, n, number, g, line);
    } else if (kind == Kind.TEXT) {
      CharSequence value = view.set(text, 0, length);
      if (isBlank(text, length)) {
        sink.skip(g, line, SkipReason.EMPTY, null);
        return;
      }
      if (numericText) {
        double v = NumberText.parse(value);
        if (!Double.isNaN(v)) {
          sink.number(v, g, line);
          return;
        }
      }
      sink.text(value, g, line);
    } else if (kind == Kind.NUMBER) {
      sink.number(number, g, line);
    } else if (kind == Kind.NULL) {
      sink.skip(g, line, SkipReason.EMPTY, null);
    } else {
      sink.skip(g, line, SkipReason.NOT_A_TIMESTAMP, "not a string or number");
    }
  }

  private static boolean isBlank(char[] text, int length) {
    for (int i = 0; i < length; i++) {
      if (text[i] > ' ') {
        return false;
      }
    }
    return true;
  }

  private void hold(Frame f, Kind kind, String g) {
    if (pending == held.length) {
      held = java.util.Arrays.copyOf(held, Math.max(4, pending * 2));
      for (int i = pending; i < held.length; i++) {
        held[i] = new Held();
      }
    }
    Held h = held[pending++];
    h.kind = kind;
    if (kind == Kind.TEXT) {
      if (h.text.length < f.length) {
        h.text = new char[f.length];
      }
      System.arraycopy(f.text, 0, h.text, 0, f.length);
    } else if (kind == Kind.UTF8) {
      if (h.bytes.length < f.length) {
        h.bytes = new byte[f.length];
      }
      System.arraycopy(f.bytes, 0, h.bytes, 0, f.length);
    }
    h.length = f.length;
    h.number = f.number;
    h.group = g;
  }

  private void flush(RecordSink sink, long line) {
    for (int i = 0; i < pending; i++) {
      Held h = held[i];
      deliver(sink, h.kind, h.text, h.bytes, h.length, h.number, h.group, line);
      h.group = null;
    }
    pending = 0;
  }

  /** Drops the records held back for a line that turned out malformed. */
  void discard() {
    records -= pending;
    for (int i = 0; i < pending; i++) {
      held[i].group = null;
    }
    pending = 0;
  }
}
