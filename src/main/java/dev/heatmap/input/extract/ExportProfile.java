package dev.heatmap.input.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The export layouts people hand to heatmap, recognised by their structure (never by file name):
 * where the records are, which field is the event time, which is the actor (what {@code --group-by
 * actor} groups by), and what is not an event. A profile is used only when no {@code --field} is
 * given; the note names it.
 *
 * <p>JSON profiles give record patterns as in {@link RecordShape} ({@code /} between segments,
 * {@code []} for an array element) and the time and actor fields relative to the record. CSV
 * profiles are recognised from the header row; mail profiles by the mail extractor.
 */
public enum ExportProfile {
  TELEGRAM(
      "telegram-desktop",
      "Telegram Desktop export",
      "messages",
      new String[] {"messages/[]", "chats/list/[]/messages/[]", "left_chats/list/[]/messages/[]"},
      "date_unixtime",
      "from",
      "contacts, profile pictures, stories, sessions; service messages (counted apart); edits",
      s ->
          s.has("messages/[]", "date_unixtime")
              || s.has("chats/list/[]/messages/[]", "date_unixtime")),
  DISCORD(
      "discordchatexporter",
      "DiscordChatExporter export",
      "messages",
      new String[] {"messages/[]"},
      "timestamp",
      "author/name",
      "snowflake ids, timestampEdited, embeds, attachments, reactions, reference, forwarded messages",
      s -> s.hasAll("", "guild", "channel", "messages") && s.has("messages/[]", "timestamp")),
  SLACK(
      "slack",
      "Slack export",
      "messages",
      new String[] {"[]"},
      "ts",
      "user",
      "thread replies[] stubs, edited.ts, thread_ts, latest_reply; users.json, channels.json",
      s -> s.hasAll("[]", "ts", "type") && isSlackTs(s.first("[]", "ts"))),
  ELEMENT(
      "element",
      "Element (Matrix) room export",
      "events",
      new String[] {"messages/[]"},
      "origin_server_ts",
      "sender",
      "a thread's latest_event, redacted_because and other unsigned data",
      s -> s.has("", "room_name") && s.has("messages/[]", "origin_server_ts")),
  MATTERMOST(
      "mattermost",
      "Mattermost bulk export",
      "posts",
      new String[] {"post", "post/replies/[]", "direct_post", "direct_post/replies/[]"},
      "create_at",
      "user",
      "reactions, edit_at; version, team, channel and user lines",
      s -> s.has("post", "create_at") || s.has("direct_post", "create_at")),
  ROCKETCHAT(
      "rocketchat",
      "Rocket.Chat mongoexport",
      "messages",
      new String[] {"", "[]"},
      "ts/$date",
      "u/username",
      "_updatedAt, editedAt, a thread's tlm",
      s ->
          (s.has("ts", "$date") && s.has("u", "username"))
              || (s.has("[]/ts", "$date") && s.has("[]/u", "username"))),
  JABBER(
      "contileaks-jabber",
      "Jabber log (ContiLeaks style)",
      "messages",
      new String[] {"", "[]"},
      "ts",
      "from",
      "dates inside message bodies",
      s -> s.hasAll("", "ts", "from", "to", "body") || s.hasAll("[]", "ts", "from", "to", "body")),
  SIGNAL(
      "signal",
      "Signal Desktop messages",
      "messages",
      new String[] {"[]"},
      "sent_at",
      "source",
      "received_at (a counter), quote.id, reactions, edit history",
      s -> s.hasAll("[]", "sent_at", "conversationId", "type")),
  TWITTER_ARCHIVE(
      "twitter-archive",
      "Twitter/X archive tweets.js",
      "tweets",
      new String[] {"[]"},
      "tweet/created_at",
      null,
      "snowflake ids, edit_info.editableUntil, replied-to ids",
      s -> s.hasAll("[]/tweet", "created_at", "id_str")),
  TWITTER_V2(
      "twitter-api-v2",
      "Twitter API v2 tweets",
      "tweets",
      new String[] {"data/[]", ""},
      "created_at",
      "author_id",
      "includes.users and includes.tweets, meta, collection times",
      s ->
          s.hasAll("data/[]", "created_at", "author_id")
              || s.hasAll("", "created_at", "author_id", "edit_history_tweet_ids")),
  TWITTER_V1(
      "twitter-api-v1.1",
      "Twitter API v1.1 tweets",
      "tweets",
      new String[] {"", "[]"},
      "created_at",
      "user/screen_name",
      "snowflake ids, the user's created_at, retweeted and quoted tweets",
      s ->
          (s.hasAll("", "created_at", "id_str") && s.has("user", "screen_name"))
              || (s.hasAll("[]", "created_at", "id_str") && s.has("[]/user", "screen_name"))),
  MASTODON(
      "mastodon-outbox",
      "Mastodon outbox",
      "activities",
      new String[] {"orderedItems/[]"},
      "published",
      "actor",
      "the object's published copy and updated edits",
      s -> s.has("orderedItems/[]", "published") && s.hasValue("", "type", "OrderedCollection")),
  CLOUDTRAIL(
      "aws-cloudtrail",
      "AWS CloudTrail",
      "events",
      new String[] {"Records/[]", ""},
      "eventTime",
      "userIdentity/arn",
      "session creation dates, credential expirations",
      s ->
          s.hasAll("Records/[]", "eventTime", "eventSource")
              || s.hasAll("", "eventTime", "eventSource", "eventName")),
  ENTRA_SIGNINS(
      "entra-signins",
      "Entra ID sign-in log",
      "sign-ins",
      new String[] {"[]", "value/[]", ""},
      "createdDateTime",
      "userPrincipalName",
      "authenticationDetails[] step times",
      s -> any(s, p -> s.hasAll(p, "createdDateTime", "userPrincipalName", "appDisplayName"))),
  ENTRA_AUDIT(
      "entra-audit",
      "Entra ID audit log",
      "events",
      new String[] {"[]", "value/[]", ""},
      "activityDateTime",
      "initiatedBy/user/userPrincipalName",
      "times inside modified properties",
      s -> any(s, p -> s.hasAll(p, "activityDateTime", "activityDisplayName", "initiatedBy"))),
  OKTA(
      "okta",
      "Okta System Log",
      "events",
      new String[] {"[]", ""},
      "published",
      "actor/alternateId",
      "transaction and request ids",
      s -> any(s, p -> s.hasAll(p, "published", "eventType", "uuid"))),
  GOOGLE_WORKSPACE(
      "google-workspace",
      "Google Workspace audit (Reports API)",
      "activities",
      new String[] {"items/[]", "", "[]"},
      "id/time",
      "actor/email",
      "login_timestamp parameters, uniqueQualifier",
      s ->
          s.hasAll("items/[]/id", "time", "applicationName")
              || s.hasAll("id", "time", "applicationName")
              || s.hasAll("[]/id", "time", "applicationName")),
  GITHUB_AUDIT(
      "github-audit",
      "GitHub audit log",
      "events",
      new String[] {"[]", ""},
      "@timestamp",
      "actor",
      "created_at (the same instant), numeric ids",
      s -> any(s, p -> s.hasAll(p, "@timestamp", "action", "actor", "_document_id"))),
  SYSMON(
      "sysmon",
      "Sysmon events (evtx_dump)",
      "events",
      new String[] {"", "[]"},
      "Event/System/TimeCreated/#attributes/SystemTime",
      "Event/EventData/User",
      "EventData.UtcTime (a copy), CreationUtcTime (a file's time)",
      s ->
          (s.has("Event/System/TimeCreated/#attributes", "SystemTime")
                  || s.has("[]/Event/System/TimeCreated/#attributes", "SystemTime"))
              && (s.hasValue("Event/System", "Channel", "Microsoft-Windows-Sysmon/Operational")
                  || s.hasValue(
                      "[]/Event/System", "Channel", "Microsoft-Windows-Sysmon/Operational"))),
  EVTX(
      "evtx-dump",
      "Windows events (evtx_dump)",
      "events",
      new String[] {"", "[]"},
      "Event/System/TimeCreated/#attributes/SystemTime",
      "Event/System/Computer",
      "record ids, process and thread ids",
      s ->
          s.has("Event/System/TimeCreated/#attributes", "SystemTime")
              || s.has("[]/Event/System/TimeCreated/#attributes", "SystemTime")),
  SURICATA(
      "suricata-eve",
      "Suricata eve.json",
      "events",
      new String[] {""},
      "timestamp",
      "src_ip",
      "flow_id, flow.start and flow.end, certificate dates",
      s ->
          s.hasAll("", "timestamp", "event_type") && (s.has("", "flow_id") || s.has("", "src_ip"))),
  ZEEK(
      "zeek",
      "Zeek JSON log",
      "events",
      new String[] {""},
      "ts",
      "id.orig_h",
      "durations, byte counts, ports",
      s -> s.has("", "ts") && (s.has("", "uid") || s.has("", "id.orig_h") || s.has("", "fuid"))),
  JOURNALD(
      "journald",
      "journald JSON (journalctl -o json)",
      "entries",
      new String[] {""},
      "__REALTIME_TIMESTAMP",
      "SYSLOG_IDENTIFIER",
      "__MONOTONIC_TIMESTAMP, _SOURCE_REALTIME_TIMESTAMP, SYSLOG_TIMESTAMP",
      s -> s.hasAll("", "__REALTIME_TIMESTAMP", "__CURSOR")),
  ELASTIC(
      "elastic-source",
      "Elasticsearch/OpenSearch documents",
      "documents",
      new String[] {"", "[]", "hits/hits/[]"},
      "_source/@timestamp",
      "_source/user/name",
      "event.created and event.ingested (pipeline times), _id, _score",
      s ->
          any(
                  s,
                  p ->
                      s.hasAll(p, "_index", "_source")
                          && s.has(p.isEmpty() ? "_source" : p + "/_source", "@timestamp"))
              || (s.hasAll("hits/hits/[]", "_index", "_source")
                  && s.has("hits/hits/[]/_source", "@timestamp"))),

  // CSV profiles: recognised from the header row.
  M365_UAL(
      "m365-unified-audit",
      "Microsoft 365 unified audit log",
      "CreationDate",
      "UserId",
      "times inside AuditData",
      "CreationDate",
      "AuditData"),
  EVTXECMD(
      "evtxecmd",
      "EvtxECmd CSV",
      "TimeCreated",
      "Computer",
      "record numbers, process and thread ids",
      "TimeCreated",
      "EventId",
      "MapDescription",
      "PayloadData1"),
  HAYABUSA(
      "hayabusa",
      "Hayabusa timeline",
      "Timestamp",
      "Computer",
      "RecordID, EventID",
      "Timestamp",
      "Computer",
      "Channel",
      "RuleTitle"),
  CHAINSAW(
      "chainsaw",
      "Chainsaw hunt CSV",
      "timestamp",
      "Computer",
      "Record ID, count",
      "timestamp",
      "detections",
      "path"),
  PLASO_L2TCSV(
      "plaso-l2tcsv",
      "Plaso l2tcsv timeline",
      "date+time",
      "user",
      "inode, version, extra; dates are month-first (MM/DD/YYYY) in the timezone column",
      "date",
      "time",
      "timezone",
      "MACB",
      "sourcetype"),
  PLASO_DYNAMIC(
      "plaso-dynamic",
      "Plaso dynamic CSV timeline",
      "datetime",
      null,
      "dates inside message",
      "datetime",
      "timestamp_desc",
      "source_long"),

  // Mail: read by the mail extractor.
  MBOX("mbox", "mbox mailbox", "Date:", "From:", "Received: dates, dates quoted in bodies"),
  EML("eml", "e-mail message (.eml)", "Date:", "From:", "Received: dates, dates in the body");

  /**
   * What a profile's recogniser asks of a JSON input's structure (the JSON room's sample of its
   * start answers): a pattern names where objects occur, {@code /} between segments and {@code []}
   * for an array element, the empty pattern for each root value.
   */
  public interface Structure {
    /** Whether objects at {@code pattern} hold {@code key} (with any value). */
    boolean has(String pattern, String key);

    /** The first text or number value of {@code key} at {@code pattern}, or null. */
    String first(String pattern, String key);

    /** Whether any sampled value of {@code key} at {@code pattern} is {@code value}. */
    boolean hasValue(String pattern, String key, String value);

    /** Whether objects at {@code pattern} hold every one of {@code keys}. */
    default boolean hasAll(String pattern, String... keys) {
      for (String k : keys) {
        if (!has(pattern, k)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The input kind a profile belongs to. */
  public enum Kind {
    JSON,
    CSV,
    MAIL
  }

  private final String id;
  private final String title;
  private final String noun;
  private final Kind kind;
  private final List<List<String>> records;
  private final String filterKey;
  private final List<String> time;
  private final List<String> actor;
  private final String notEvents;
  private final Predicate<Structure> json;
  private final List<String> header;

  ExportProfile(
      String id,
      String title,
      String noun,
      String[] records,
      String time,
      String actor,
      String notEvents,
      Predicate<Structure> recognise) {
    this.id = id;
    this.title = title;
    this.noun = noun;
    this.kind = Kind.JSON;
    List<List<String>> list = new ArrayList<>();
    for (String r : records) {
      list.add(segments(r));
    }
    this.records = List.copyOf(list);
    this.filterKey = id.equals("telegram-desktop") ? "type" : null;
    this.time = segments(time);
    this.actor = actor == null ? null : segments(actor);
    this.notEvents = notEvents;
    this.json = recognise;
    this.header = null;
  }

  ExportProfile(
      String id, String title, String time, String actor, String notEvents, String... header) {
    this.id = id;
    this.title = title;
    this.noun = "rows";
    this.kind = Kind.CSV;
    this.records = null;
    this.filterKey = null;
    this.time = List.of(time);
    this.actor = actor == null ? null : List.of(actor);
    this.notEvents = notEvents;
    this.json = null;
    this.header = List.of(header);
  }

  ExportProfile(String id, String title, String time, String actor, String notEvents) {
    this.id = id;
    this.title = title;
    this.noun = "messages";
    this.kind = Kind.MAIL;
    this.records = null;
    this.filterKey = null;
    this.time = List.of(time);
    this.actor = List.of(actor);
    this.notEvents = notEvents;
    this.json = null;
    this.header = null;
  }

  /** A path written with {@code /} between segments, as its segments. */
  public static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    if (!path.isEmpty()) {
      for (String seg : path.split("/", -1)) {
        out.add(seg);
      }
    }
    return out;
  }

  /** The name {@code --list-profiles} prints. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** What one record is called in the note ({@code messages}, {@code events}). */
  public String noun() {
    return noun;
  }

  public Kind kind() {
    return kind;
  }

  /** JSON: where the records are, as patterns of segments ({@code []} an array element). */
  public List<List<String>> records() {
    return records;
  }

  /**
   * JSON: the key a record must hold with the value {@link #accepted} to count (Telegram's {@code
   * type}), or null; records with the value {@link #apart} are counted apart.
   */
  public String filterKey() {
    return filterKey;
  }

  public String accepted() {
    return filterKey == null ? null : "message";
  }

  public String apart() {
    return filterKey == null ? null : "service";
  }

  /** The time field's key segments, relative to the record (CSV: the column, or {@code a+b}). */
  public List<String> time() {
    return time;
  }

  /** The actor field's key segments, or null when the layout has no actor field. */
  public List<String> actor() {
    return actor;
  }

  /** Whether text values of the time field are epoch numbers written as text. */
  public boolean numericText() {
    return this == TELEGRAM || this == SLACK || this == JOURNALD;
  }

  /** The first JSON profile whose structure {@code s} shows, or null. */
  public static ExportProfile recognise(Structure s) {
    for (ExportProfile p : values()) {
      if (p.json != null && p.json.test(s)) {
        return p;
      }
    }
    return null;
  }

  /** The first CSV profile whose header columns {@code names} include, or null. */
  public static ExportProfile recogniseHeader(List<String> names) {
    java.util.Set<String> lower = new java.util.HashSet<>();
    for (String n : names) {
      lower.add(n.strip().toLowerCase(Locale.ROOT));
    }
    for (ExportProfile p : values()) {
      if (p.header == null) {
        continue;
      }
      boolean all = true;
      for (String h : p.header) {
        all &= lower.contains(h.toLowerCase(Locale.ROOT));
      }
      if (all) {
        return p;
      }
    }
    return null;
  }

  /** The time field as the note writes it: {@code messages[].date_unixtime}. */
  public String describeTime() {
    if (kind != Kind.JSON) {
      return String.join(".", time);
    }
    String where = describe(records.get(0));
    String field = String.join(".", time);
    return where.equals("each value") ? field : where + "." + field;
  }

  /** One line for {@code --list-profiles}. */
  public String describe() {
    String where =
        switch (kind) {
          case JSON -> describeRecords() + " → " + String.join(".", time);
          case CSV -> "CSV with columns " + String.join(", ", header) + " → " + time.get(0);
          case MAIL -> "each message's " + time.get(0) + " header";
        };
    String who = actor == null ? "no actor field" : "actor " + String.join(".", actor);
    return id + ": " + title + ": " + where + "; " + who + "; not events: " + notEvents;
  }

  private String describeRecords() {
    StringBuilder sb = new StringBuilder();
    for (List<String> p : records) {
      sb.append(sb.length() == 0 ? "" : ", ").append(describe(p));
    }
    return sb.toString();
  }

  /** A pattern as the notes write it: {@code messages[]}, {@code chats.list[].messages[]}. */
  public static String describe(List<String> p) {
    StringBuilder sb = new StringBuilder();
    for (String s : p) {
      if (s.equals("[]")) {
        sb.append("[]");
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
    }
    return sb.length() == 0 ? "each value" : sb.toString();
  }

  private static boolean isSlackTs(String v) {
    if (v == null || v.length() != 17 || v.charAt(10) != '.') {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (i != 10 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean any(Structure s, Predicate<String> atPattern) {
    return atPattern.test("[]") || atPattern.test("value/[]") || atPattern.test("");
  }
}
