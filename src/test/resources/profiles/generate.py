#!/usr/bin/env python3
"""Writes the golden exports under src/test/resources/profiles/ and their expected answers.

Each profile below starts from a list of true events (UTC instant, actor) and writes them in the
layout the platform's exporter writes (see each folder's README.md for the source of the layout),
adding the things that are not events: reply stubs, edits, embeds, service messages, contacts,
ids that look like epochs, nested step times, updated-at fields. The expected grid and per-actor
totals are computed from the event list itself, never by reading the export back, so they are
independent of heatmap's reading.

Run from anywhere: python3 src/test/resources/profiles/generate.py
The output is deterministic (fixed seeds); rerunning it rewrites the same bytes.
"""

import csv
import io
import json
import os
import random
import re
import shutil
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def events(seed, n, actors, start=datetime(2023, 1, 2, tzinfo=UTC), days=7, micros=False):
    """n events between start and start+days, hours 05..22, sorted, each with an actor."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        d = start + timedelta(
            days=rnd.randrange(days),
            hours=rnd.randrange(5, 23),
            minutes=rnd.randrange(60),
            seconds=rnd.randrange(60),
            microseconds=(rnd.randrange(1000) * 1000 + rnd.randrange(1000)) if micros else 0,
        )
        out.append((d, rnd.choice(actors)))
    out.sort(key=lambda e: e[0])
    return out


def epoch(d):
    return int(d.timestamp())


def epoch_ms(d):
    return int(d.timestamp()) * 1000 + d.microsecond // 1000


def epoch_us(d):
    return int(d.timestamp()) * 1_000_000 + d.microsecond


def iso_z(d, digits=0):
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        s += "." + f"{d.microsecond:06d}"[:digits]
    return s + "Z"


def in_zone(d, hours):
    return d.astimezone(timezone(timedelta(hours=hours)))


def snowflake(d, seq, epoch_base_ms):
    """A Twitter/Discord-style snowflake: milliseconds since the service's epoch << 22 | seq."""
    return ((epoch_ms(d) - epoch_base_ms) << 22) | (seq & 0x3FFFFF)


DISCORD_EPOCH = 1420070400000
TWITTER_EPOCH = 1288834974657


def dumps(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


def jsonl(objs):
    return "".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objs)


def csv_text(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write_profile(name, files, evs, meta, not_counted=None):
    folder = os.path.join(ROOT, name)
    keep_readme = None
    readme = os.path.join(folder, "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as f:
            keep_readme = f.read()
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    if keep_readme is not None:
        with open(readme, "w", encoding="utf-8") as f:
            f.write(keep_readme)
    for rel, content in files.items():
        path = os.path.join(folder, "export", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
            f.write(content)
    counts = [[0] * 24 for _ in range(7)]
    actors = {}
    for d, actor in evs:
        u = d.astimezone(UTC)
        counts[u.weekday()][u.hour] += 1
        key = actor if actor is not None else "(none)"
        actors[key] = actors.get(key, 0) + 1
    first = min(e[0] for e in evs).astimezone(UTC)
    last = max(e[0] for e in evs).astimezone(UTC)
    expected = {
        "profile": meta["profile"],
        "input": meta.get("input", "export"),
        "records": meta["records"],
        "time": meta["time"],
        "actor": meta.get("actor"),
        "not_events": meta["not_events"],
        "total": len(evs),
        "not_counted": not_counted or {},
        "first": first.strftime("%Y-%m-%dT%H:%M:%S") + "Z",
        "last": last.strftime("%Y-%m-%dT%H:%M:%S") + "Z",
        "timezone": "UTC",
        "days": DAYS,
        "counts": counts,
        "actors": dict(sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
        text = json.dumps(expected, ensure_ascii=False, indent=1)
        # one line per row of counts and for the day names, as heatmap's own JSON reads
        text = re.sub(r"\[\s+((?:-?\d+,\s+)*-?\d+)\s+\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
        text = re.sub(r"\[\s+((?:\"[A-Za-z]+\",\s+)*\"[A-Za-z]+\")\s+\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
        f.write(text + "\n")


# ---------------------------------------------------------------------------------------------
# Chats


def telegram_single():
    evs = events(101, 14, ["Ivan Petrov", "Maria S", "Deleted Account"])
    msgs = []
    mid = 100
    service = 0
    for i, (d, who) in enumerate(evs):
        mid += 1
        local = in_zone(d, 3)  # the exporting machine's clock (Moscow): "date" has no offset
        m = {
            "id": mid,
            "type": "message",
            "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(epoch(d)),
        }
        if i % 4 == 1:
            ed = d + timedelta(hours=5, minutes=7)
            m["edited"] = in_zone(ed, 3).strftime("%Y-%m-%dT%H:%M:%S")
            m["edited_unixtime"] = str(epoch(ed))
        m["from"] = who
        m["from_id"] = "user" + str(1000000 + len(who))
        if i % 5 == 2:
            m["reply_to_message_id"] = mid - 1
        if i % 6 == 3:
            m["forwarded_from"] = "News Channel"
        m["text"] = [{"type": "bold", "text": "план"}, " на 10.01.2023 09:00"] if i % 3 == 0 else "ок"
        m["text_entities"] = [{"type": "plain", "text": "ок"}]
        msgs.append(m)
        if i in (3, 9):
            service += 1
            sd = d + timedelta(minutes=3)
            mid += 1
            msgs.append({
                "id": mid,
                "type": "service",
                "date": in_zone(sd, 3).strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(epoch(sd)),
                "actor": "Maria S",
                "actor_id": "user1000007",
                "action": "pin_message" if i == 3 else "invite_members",
                "message_id": mid - 2,
                "text": "",
                "text_entities": [],
            })
    root = {"name": "Команда", "type": "private_supergroup", "id": 1234567890, "messages": msgs}
    write_profile(
        "telegram-desktop-chat",
        {"result.json": dumps(root, 1)},
        evs,
        {
            "profile": "telegram-desktop",
            "input": "export/result.json",
            "records": "messages[] with type \"message\"",
            "time": "date_unixtime",
            "actor": "from",
            "not_events": "service messages (type \"service\", counted apart), edited/edited_unixtime, "
            "\"date\" (the exporter's wall clock without an offset)",
        },
        {"service": service},
    )


def telegram_full():
    chats = []
    evs = []
    service = 0
    specs = [
        ("Alice", "personal_chat", 11, ["Alice", "Me Myself"]),
        ("Ops group", "private_group", 12, ["Me Myself", "Bob", "Carol"]),
        ("Old channel", "public_channel", 13, ["Old channel"]),
    ]
    mid = 0
    for name, typ, seed, actors in specs:
        ce = events(seed, 8, actors)
        evs += ce
        msgs = []
        for i, (d, who) in enumerate(ce):
            mid += 1
            msgs.append({
                "id": mid,
                "type": "message",
                "date": in_zone(d, 1).strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(epoch(d)),
                "from": who,
                "from_id": ("channel" if typ.endswith("channel") else "user") + str(500 + len(who)),
                "text": "hello" if i % 2 else "",
                "text_entities": [],
            })
            if i == 2 and typ != "public_channel":
                service += 1
                sd = d + timedelta(minutes=1)
                mid += 1
                msgs.append({
                    "id": mid,
                    "type": "service",
                    "date": in_zone(sd, 1).strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(epoch(sd)),
                    "actor": who,
                    "actor_id": "user" + str(500 + len(who)),
                    "action": "phone_call",
                    "duration_seconds": 61,
                    "discard_reason": "hangup",
                    "text": "",
                    "text_entities": [],
                })
        mid += 1
        msgs.append({"id": mid, "type": "unsupported"})
        chats.append({"name": name, "type": typ, "id": 700000 + seed, "messages": msgs})
    left = events(14, 3, ["Dave"])
    evs += left
    left_msgs = [{
        "id": 9000 + i,
        "type": "message",
        "date": in_zone(d, 1).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(epoch(d)),
        "from": who,
        "from_id": "user9",
        "text": "bye",
        "text_entities": [],
    } for i, (d, who) in enumerate(left)]
    evs.sort(key=lambda e: e[0])

    def stamp(d):
        return {"date": in_zone(d, 1).strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(epoch(d))}

    base = datetime(2021, 5, 4, 12, 0, tzinfo=UTC)
    root = {
        "about": "Here is the data you requested.",
        "personal_information": {
            "user_id": 123456789, "first_name": "Me", "last_name": "Myself",
            "phone_number": "+1 555 0100", "username": "@me", "bio": "",
        },
        "profile_pictures": [
            dict(stamp(base + timedelta(days=30 * k)), photo="profile_pictures/photo_%d.jpg" % k)
            for k in range(3)
        ],
        "stories": [
            dict(stamp(base + timedelta(days=400)),
                 expires=in_zone(base + timedelta(days=401), 1).strftime("%Y-%m-%dT%H:%M:%S"),
                 expires_unixtime=str(epoch(base + timedelta(days=401))),
                 pinned=False, media="stories/story_1.jpg"),
        ],
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                dict(user_id=2000 + k, first_name="Contact%d" % k, last_name="", phone_number="+1 555 01%02d" % k,
                     **stamp(base + timedelta(days=k * 17, hours=k)))
                for k in range(6)
            ],
        },
        "frequent_contacts": {
            "about": "Frequent contacts.",
            "list": [{"id": 2001, "category": "people", "type": "user", "name": "Contact1", "rating": 0.8812}],
        },
        "sessions": {
            "about": "Active sessions.",
            "list": [{
                "last_active": in_zone(base, 1).strftime("%Y-%m-%dT%H:%M:%S"), "last_active_unixtime": str(epoch(base)),
                "last_ip": "203.0.113.5", "last_country": "Germany", "last_region": "Berlin",
                "application_name": "Telegram Desktop", "application_version": "4.8.1",
                "device_model": "Desktop", "platform": "Linux", "system_version": "Ubuntu 22.04",
                "created": in_zone(base, 1).strftime("%Y-%m-%dT%H:%M:%S"), "created_unixtime": str(epoch(base)),
            }],
        },
        "web_sessions": {"about": "Web sessions.", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
        "left_chats": {
            "about": "This page lists all supergroups and channels you left.",
            "list": [{"name": "Left group", "type": "private_supergroup", "id": 800001, "messages": left_msgs}],
        },
    }
    write_profile(
        "telegram-desktop-full",
        {"result.json": dumps(root, 1)},
        evs,
        {
            "profile": "telegram-desktop",
            "input": "export/result.json",
            "records": "chats.list[].messages[] and left_chats.list[].messages[] with type \"message\"",
            "time": "date_unixtime",
            "actor": "from",
            "not_events": "contacts, frequent_contacts, profile_pictures, stories, sessions, web_sessions, "
            "personal_information; service messages (counted apart); \"unsupported\" messages (no date)",
        },
        {"service": service},
    )


def discord():
    evs = events(201, 15, ["alice", "bob", "mod-bot"], micros=True)
    msgs = []
    for i, (d, who) in enumerate(evs):
        sid = str(snowflake(d, i, DISCORD_EPOCH))
        local = in_zone(d, 2)
        ts = local.isoformat(timespec="milliseconds")
        m = {
            "id": sid,
            "type": "Reply" if i % 4 == 2 else "Default",
            "timestamp": ts,
            "timestampEdited": in_zone(d + timedelta(hours=9), 2).isoformat(timespec="milliseconds") if i % 3 == 1 else None,
            "callEndedTimestamp": None,
            "isPinned": False,
            "content": "see https://example.com/post" if i % 5 == 0 else "ok",
            "author": {
                "id": str(80351110224678912 + len(who)),
                "name": who,
                "discriminator": "0000",
                "nickname": who.capitalize(),
                "color": None,
                "isBot": who.endswith("bot"),
                "roles": [],
                "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
            },
            "attachments": [],
            "components": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [],
            "inlineEmojis": [],
        }
        if i % 5 == 0:
            m["embeds"].append({
                "title": "A post", "url": "https://example.com/post",
                "timestamp": "2019-06-01T08:00:00+00:00",
                "description": "", "author": {"name": "Example", "url": "https://example.com"},
                "images": [], "fields": [], "inlineEmojis": [],
            })
        if i % 4 == 2:
            m["reference"] = {"type": "Default", "messageId": msgs[-1]["id"], "channelId": "755802473426370560",
                              "guildId": "755802473426370000"}
        if i % 6 == 3:
            m["attachments"].append({"id": str(snowflake(d, 99, DISCORD_EPOCH)), "url": "https://cdn/x.png",
                                     "fileName": "x.png", "fileSizeBytes": 1698123456})
            m["reactions"].append({"emoji": {"id": "", "name": "👍", "code": "thumbsup", "isAnimated": False,
                                             "imageUrl": "https://twemoji/1f44d.svg"},
                                   "count": 2, "users": []})
        if i == 7:
            fd = d - timedelta(days=40)
            m["forwardedMessage"] = {"timestamp": in_zone(fd, 2).isoformat(timespec="milliseconds"),
                                     "timestampEdited": None, "content": "fwd", "attachments": [],
                                     "embeds": [], "stickers": []}
        msgs.append(m)
    root = {
        "guild": {"id": "755802473426370000", "name": "Test Server", "iconUrl": "https://cdn/icon.png"},
        "channel": {"id": "755802473426370560", "type": "GuildTextChat", "categoryId": "755802473426370001",
                    "category": "Text Channels", "name": "general", "topic": None},
        "dateRange": {"after": None, "before": None},
        "exportedAt": "2023-02-01T10:00:00.000+02:00",
        "messages": msgs,
        "messageCount": len(msgs),
    }
    write_profile(
        "discordchatexporter",
        {"Test Server - general [755802473426370560].json": dumps(root, 2)},
        evs,
        {
            "profile": "discordchatexporter",
            "input": "export/Test Server - general [755802473426370560].json",
            "records": "messages[]",
            "time": "timestamp",
            "actor": "author.name",
            "not_events": "id and every other snowflake id, timestampEdited, embeds[].timestamp, "
            "forwardedMessage.timestamp, reference, attachments, reactions, exportedAt",
        },
    )


def slack_messages(evs, seed, users):
    """One channel's messages: threads (replies stubs on the parent), edits, joins, reactions."""
    rnd = random.Random(seed)
    out = []
    for i, (d, who) in enumerate(evs):
        ts = "%d.%06d" % (epoch(d), 100 + i)
        m = {"client_msg_id": "c%04d" % i, "type": "message", "text": "hi <@%s>" % users[0], "user": who, "ts": ts,
             "team": "T01ABCDEF", "user_team": "T01ABCDEF", "source_team": "T01ABCDEF",
             "user_profile": {"avatar_hash": "g123", "first_name": who.lower(), "real_name": who.lower().capitalize(),
                              "display_name": who.lower(), "team": "T01ABCDEF", "name": who.lower(),
                              "is_restricted": False, "is_ultra_restricted": False},
             "blocks": []}
        if i % 4 == 1:
            ed = d + timedelta(hours=3, minutes=1)
            m["edited"] = {"user": who, "ts": "%d.000000" % epoch(ed)}
        if i % 5 == 0:
            m["reactions"] = [{"name": "+1", "users": [users[1]], "count": 1}]
        out.append(m)
    # thread: the first message is a parent; two later messages reply to it
    parent = out[0]
    replies = [out[3], out[6]]
    parent["thread_ts"] = parent["ts"]
    parent["reply_count"] = len(replies)
    parent["reply_users_count"] = len({r["user"] for r in replies})
    parent["latest_reply"] = replies[-1]["ts"]
    parent["reply_users"] = sorted({r["user"] for r in replies})
    parent["replies"] = [{"user": r["user"], "ts": r["ts"]} for r in replies]
    parent["is_locked"] = False
    parent["subscribed"] = False
    for r in replies:
        r["thread_ts"] = parent["ts"]
        r["parent_user_id"] = parent["user"]
    return out


def slack_write_days(files, channel, msgs):
    byday = {}
    for m in msgs:
        day = datetime.fromtimestamp(int(m["ts"].split(".")[0]), UTC).strftime("%Y-%m-%d")
        byday.setdefault(day, []).append(m)
    for day, ms in sorted(byday.items()):
        files[channel + "/" + day + ".json"] = dumps(ms, 4)


def slack_workspace():
    users = ["U01ALICE1", "U02BOB222", "U03CAROL3"]
    files = {}
    evs = []
    joins = 0
    for ch, seed in (("general", 301), ("random", 302)):
        ce = events(seed, 10, users)
        msgs = slack_messages(ce, seed, users)
        jd = ce[0][0] - timedelta(hours=1)
        msgs.insert(0, {"type": "message", "subtype": "channel_join", "ts": "%d.000200" % epoch(jd),
                        "user": users[2], "text": "<@%s> has joined the channel" % users[2]})
        joins += 1
        evs += ce + [(jd, users[2])]
        slack_write_days(files, ch, msgs)
    evs.sort(key=lambda e: e[0])
    files["users.json"] = dumps([
        {"id": u, "team_id": "T01ABCDEF", "name": u.lower(), "deleted": False, "real_name": u.lower(),
         "tz": "Europe/Berlin", "tz_label": "Central European Time", "tz_offset": 3600,
         "profile": {"title": "", "phone": "", "real_name": u.lower(), "display_name": u.lower()},
         "is_admin": False, "updated": 1670000000 + k * 86400, "is_email_confirmed": True}
        for k, u in enumerate(users)])
    files["channels.json"] = dumps([
        {"id": "C01GENERAL", "name": "general", "created": 1609459200, "creator": users[0], "is_archived": False,
         "is_general": True, "members": users, "topic": {"value": "", "creator": "", "last_set": 0},
         "purpose": {"value": "general", "creator": users[0], "last_set": 1609459200}},
        {"id": "C02RANDOM0", "name": "random", "created": 1609459260, "creator": users[0], "is_archived": False,
         "is_general": False, "members": users, "topic": {"value": "", "creator": "", "last_set": 0},
         "purpose": {"value": "random", "creator": users[0], "last_set": 1609459260}}])
    files["integration_logs.json"] = dumps([
        {"user_id": users[0], "user_name": "alice", "date": "1609459300", "change_type": "added",
         "app_type": "app", "service_name": "Giphy", "reason": ""}])
    files["canvases.json"] = "[]\n"
    write_profile(
        "slack-workspace",
        files,
        evs,
        {
            "profile": "slack",
            "input": "export",
            "records": "every element of <channel>/<YYYY-MM-DD>.json arrays",
            "time": "ts",
            "actor": "user",
            "not_events": "users.json, channels.json, integration_logs.json, canvases.json; replies[] stubs, "
            "edited.ts, thread_ts, latest_reply on thread parents",
        },
    )


def slack_channel():
    users = ["U01ALICE1", "U02BOB222"]
    ce = events(303, 12, users)
    msgs = slack_messages(ce, 303, users)
    files = {}
    slack_write_days(files, "incident-42", msgs)
    write_profile(
        "slack-channel",
        files,
        ce,
        {
            "profile": "slack",
            "input": "export/incident-42",
            "records": "every element of the per-day JSON arrays",
            "time": "ts",
            "actor": "user",
            "not_events": "replies[] stubs, edited.ts, thread_ts, latest_reply on thread parents",
        },
    )


def element():
    evs = events(401, 14, ["@alice:matrix.org", "@bob:example.net", "@carol:matrix.org"])
    msgs = []
    for i, (d, who) in enumerate(evs):
        ev = {
            "type": "m.room.message",
            "sender": who,
            "content": {"msgtype": "m.text", "body": "msg %d" % i},
            "origin_server_ts": epoch_ms(d) + i,
            "unsigned": {"age": 1234567 + i, "transaction_id": "m%d.%d" % (epoch_ms(d), i)},
            "event_id": "$ev%04dabcdef" % i,
            "room_id": "!room:matrix.org",
        }
        if i == 2:
            ev["type"] = "m.room.member"
            ev["state_key"] = who
            ev["content"] = {"membership": "join", "displayname": who[1:].split(":")[0]}
        if i == 4:
            later = evs[9][0]
            ev["unsigned"]["m.relations"] = {"m.thread": {
                "latest_event": {"type": "m.room.message", "sender": evs[9][1], "content": {"body": "reply"},
                                 "origin_server_ts": epoch_ms(later) + 9, "event_id": "$ev0009abcdef",
                                 "room_id": "!room:matrix.org", "unsigned": {"age": 99}},
                "count": 1, "current_user_participated": True}}
        if i == 9:
            ev["content"]["m.relates_to"] = {"rel_type": "m.thread", "event_id": "$ev0004abcdef"}
        if i == 6:
            red = d + timedelta(hours=2)
            ev["content"] = {}
            ev["unsigned"]["redacted_because"] = {
                "type": "m.room.redaction", "sender": who, "content": {}, "redacts": ev["event_id"],
                "origin_server_ts": epoch_ms(red), "event_id": "$redaction6", "unsigned": {"age": 5}}
        if i == 11:
            # an edit is an event of its own in the timeline, sent by the user at that time
            ev["content"] = {"msgtype": "m.text", "body": " * fixed",
                             "m.new_content": {"msgtype": "m.text", "body": "fixed"},
                             "m.relates_to": {"rel_type": "m.replace", "event_id": "$ev0010abcdef"}}
        msgs.append(ev)
    root = {
        "room_name": "Ops",
        "room_creator": "@alice:matrix.org",
        "topic": "",
        "export_date": "01/02/2023",
        "exported_by": "@alice:matrix.org",
        "messages": msgs,
    }
    write_profile(
        "element-matrix",
        {"matrix - Ops - Chat Export - 2023-02-01T10-00-00.000Z.json": dumps(root, 2)},
        evs,
        {
            "profile": "element",
            "input": "export/matrix - Ops - Chat Export - 2023-02-01T10-00-00.000Z.json",
            "records": "messages[] (every timeline event, state events and edits included)",
            "time": "origin_server_ts",
            "actor": "sender",
            "not_events": "unsigned.m.relations.m.thread.latest_event, unsigned.redacted_because, unsigned.age, "
            "the transaction id's embedded milliseconds",
        },
    )


def mattermost():
    users = ["alice", "bob", "carol"]
    posts = events(501, 10, users)
    replies = events(502, 6, users)
    lines = [
        {"type": "version", "version": 1,
         "info": {"generator": "mattermost-server", "version": "7.8.0", "created": "2023-02-01T10:00:00.000000000Z"}},
        {"type": "team", "team": {"name": "acme", "display_name": "Acme", "type": "O", "description": "",
                                   "allow_open_invite": False}},
        {"type": "channel", "channel": {"team": "acme", "name": "ops", "display_name": "Ops", "type": "O",
                                         "header": "", "purpose": ""}},
    ]
    for u in users:
        lines.append({"type": "user", "user": {"username": u, "email": u + "@example.com", "auth_service": "",
                                                "nickname": "", "first_name": u, "last_name": "", "position": "",
                                                "roles": "system_user", "locale": "en",
                                                "teams": [{"name": "acme", "roles": "team_user",
                                                           "channels": [{"name": "ops", "roles": "channel_user"}]}]}})
    ri = 0
    evs = []
    for i, (d, who) in enumerate(posts):
        p = {"team": "acme", "channel": "ops", "user": who, "type": "", "message": "post %d" % i,
             "props": {}, "create_at": epoch_ms(d), "edit_at": 0, "flagged_by": None}
        evs.append((d, who))
        if i % 3 == 0:
            p["edit_at"] = epoch_ms(d + timedelta(hours=6))
        if i % 2 == 0:
            p["reactions"] = [{"user": users[(i + 1) % 3], "create_at": epoch_ms(d + timedelta(minutes=90)),
                               "emoji_name": "+1"}]
        rs = []
        while ri < len(replies) and i % 3 == 1 and len(rs) < 3:
            rd, rw = replies[ri]
            rd = max(rd, d + timedelta(minutes=5 + ri))
            rs.append({"user": rw, "type": "", "message": "re", "create_at": epoch_ms(rd), "edit_at": 0,
                       "reactions": [{"user": who, "create_at": epoch_ms(rd + timedelta(minutes=2)),
                                      "emoji_name": "eyes"}]})
            evs.append((rd, rw))
            ri += 1
        if rs:
            p["replies"] = rs
        lines.append({"type": "post", "post": p})
    lines.append({"type": "direct_channel", "direct_channel": {"members": ["alice", "bob"], "favorited_by": None,
                                                                "header": ""}})
    for k in range(3):
        dd = datetime(2023, 1, 5, 21, 10 * k + 3, tzinfo=UTC)
        who = ["alice", "bob"][k % 2]
        lines.append({"type": "direct_post", "direct_post": {"channel_members": ["alice", "bob"], "user": who,
                                                              "type": "", "message": "dm", "props": {},
                                                              "create_at": epoch_ms(dd), "edit_at": 0}})
        evs.append((dd, who))
    evs.sort(key=lambda e: e[0])
    write_profile(
        "mattermost-bulk",
        {"export.jsonl": jsonl(lines)},
        evs,
        {
            "profile": "mattermost",
            "input": "export/export.jsonl",
            "records": "post lines, post.replies[] and direct_post lines",
            "time": "create_at (epoch milliseconds)",
            "actor": "user",
            "not_events": "version, team, channel, user, direct_channel lines; edit_at; reactions[].create_at",
        },
    )


def rocketchat():
    users = ["alice", "bob", "carol"]
    evs = events(601, 12, users)
    lines = []
    for i, (d, who) in enumerate(evs):
        iso = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)
        if i % 5 == 3:
            ts = {"$date": {"$numberLong": str(epoch_ms(d))}}  # canonical extended JSON
        elif i % 5 == 4:
            ts = {"$date": epoch_ms(d)}  # legacy relaxed form with a number
        else:
            ts = {"$date": iso}
        upd = d + timedelta(hours=4, minutes=2)
        m = {"_id": "aB%010d" % (i * 7919), "rid": "GENERAL", "msg": "hello %d" % i, "ts": ts,
             "u": {"_id": "uid" + who, "username": who, "name": who.capitalize()},
             "_updatedAt": {"$date": upd.strftime("%Y-%m-%dT%H:%M:%S.000Z")}, "mentions": [], "channels": [],
             "urls": []}
        if i % 4 == 1:
            m["editedAt"] = {"$date": upd.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
            m["editedBy"] = {"_id": "uid" + who, "username": who}
        if i == 2:
            m["tcount"] = 2
            m["tlm"] = {"$date": (evs[8][0]).strftime("%Y-%m-%dT%H:%M:%S.000Z")}
            m["replies"] = ["uid" + evs[5][1], "uid" + evs[8][1]]
        if i in (5, 8):
            m["tmid"] = "aB%010d" % (2 * 7919)
        lines.append(m)
    write_profile(
        "rocketchat-mongoexport",
        {"rocketchat_message.json": jsonl(lines)},
        evs,
        {
            "profile": "rocketchat",
            "input": "export/rocketchat_message.json",
            "records": "every line (one rocketchat_message document)",
            "time": "ts.$date (ISO string, number or $numberLong)",
            "actor": "u.username",
            "not_events": "_updatedAt, editedAt, tlm (a thread's last-message time on its parent)",
        },
    )


def jabber():
    people = ["stern@q3mcco35auwcstmt.onion", "mango@q3mcco35auwcstmt.onion", "bentley@q3mcco35auwcstmt.onion"]
    evs = events(701, 14, people, micros=True)
    parts = []
    for i, (d, who) in enumerate(evs):
        to = people[(people.index(who) + 1) % 3]
        body = "созвон в 2020-06-23 10:00" if i % 4 == 0 else "ок"
        parts.append(json.dumps({"ts": d.strftime("%Y-%m-%dT%H:%M:%S.%f"), "from": who, "to": to, "body": body},
                                ensure_ascii=False, indent=2))
    write_profile(
        "contileaks-jabber",
        {"2023-01-02.json": "\n".join(parts) + "\n"},
        evs,
        {
            "profile": "contileaks-jabber",
            "input": "export/2023-01-02.json",
            "records": "each root object (pretty-printed objects one after another, no array)",
            "time": "ts (no offset: read in --input-tz, UTC by default)",
            "actor": "from",
            "not_events": "dates written inside body",
        },
    )


def signal():
    evs = events(801, 12, ["+15550100", "+15550111"])
    msgs = []
    counter = 1700
    for i, (d, who) in enumerate(evs):
        counter += 3
        outgoing = who == "+15550100"
        m = {
            "id": "0f1e2d3c-%04d-4b5a-8c7d-%012d" % (i, i * 31),
            "conversationId": "a1b2c3d4-0000-4000-8000-00000000beef",
            "type": "outgoing" if outgoing else "incoming",
            "body": "msg %d" % i,
            "sent_at": epoch_ms(d),
            "timestamp": epoch_ms(d),
            "received_at": counter,  # a sequence number in current Signal Desktop, not a time
            "received_at_ms": epoch_ms(d) + 850,
            "serverTimestamp": epoch_ms(d) + 412,
            "source": who,
            "sourceServiceId": "c0ffee00-0000-4000-8000-%012d" % (1 if outgoing else 2),
            "sourceDevice": 1,
            "readStatus": 0,
            "seenStatus": 2,
            "hasAttachments": 0,
            "expireTimer": 0,
            "schemaVersion": 10,
        }
        if i % 4 == 2:
            q = evs[i - 1][0]
            m["quote"] = {"id": epoch_ms(q), "authorAci": "c0ffee00-0000-4000-8000-000000000002",
                          "text": "quoted", "attachments": [], "isViewOnce": False, "referencedMessageNotFound": False}
        if i % 5 == 1:
            m["reactions"] = [{"emoji": "❤️", "fromId": "x", "targetTimestamp": epoch_ms(d),
                               "timestamp": epoch_ms(d + timedelta(hours=7))}]
        if i % 6 == 5:
            m["editMessageTimestamp"] = epoch_ms(d + timedelta(hours=2))
            m["editHistory"] = [{"body": "msg %d" % i, "timestamp": epoch_ms(d + timedelta(hours=2))},
                                {"body": "mgs %d" % i, "timestamp": epoch_ms(d)}]
        msgs.append(m)
    write_profile(
        "signal-desktop",
        {"messages.json": dumps(msgs, 2)},
        evs,
        {
            "profile": "signal",
            "input": "export/messages.json",
            "records": "the top-level array of message objects",
            "time": "sent_at (epoch milliseconds)",
            "actor": "source",
            "not_events": "received_at (a counter), received_at_ms/serverTimestamp/timestamp (copies), "
            "quote.id (the quoted message's time), reactions[].timestamp, editMessageTimestamp, editHistory[]",
        },
    )


# ---------------------------------------------------------------------------------------------
# Social


def tw_date(d):
    return d.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def twitter_archive():
    evs = events(901, 12, [None])
    items = []
    for i, (d, _) in enumerate(evs):
        tid = str(snowflake(d, i, TWITTER_EPOCH))
        t = {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": iso_z(d + timedelta(hours=1), 3),
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", "12"],
            "favorite_count": str(i * 3),
            "id_str": tid,
            "truncated": False,
            "retweet_count": "0",
            "id": tid,
            "created_at": tw_date(d),
            "favorited": False,
            "full_text": "tweet number %d" % i,
            "lang": "en",
        }
        if i % 4 == 3:
            t["in_reply_to_status_id_str"] = items[-1]["tweet"]["id_str"]
            t["in_reply_to_status_id"] = items[-1]["tweet"]["id_str"]
            t["in_reply_to_user_id"] = "783214"
            t["in_reply_to_screen_name"] = "someone"
        items.append({"tweet": t})
    text = "window.YTD.tweets.part0 = " + json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    write_profile(
        "twitter-archive",
        {"data/tweets.js": text,
         "data/account.js": "window.YTD.account.part0 = " + dumps([{"account": {
             "email": "me@example.com", "createdVia": "web", "username": "me", "accountId": "1234567890",
             "createdAt": "2011-03-03T12:00:00.000Z", "accountDisplayName": "Me"}}], 2),
         "data/like.js": "window.YTD.like.part0 = " + dumps([{"like": {
             "tweetId": str(snowflake(evs[0][0], 5, TWITTER_EPOCH)), "fullText": "liked",
             "expandedUrl": "https://twitter.com/i/web/status/1"}}], 2)},
        evs,
        {
            "profile": "twitter-archive",
            "input": "export/data/tweets.js",
            "records": "the array after \"window.YTD.tweets.part0 = \", one {\"tweet\": …} per element",
            "time": "tweet.created_at (\"Wed Oct 10 20:19:24 +0000 2018\")",
            "actor": None,
            "not_events": "id/id_str snowflakes, edit_info.initial.editableUntil, in_reply_to_status_id",
        },
    )


def twitter_v1():
    evs = events(902, 12, ["alice", "bob"])
    lines = []
    for i, (d, who) in enumerate(evs):
        tid = snowflake(d, i, TWITTER_EPOCH)
        user = {"id": 1000 + len(who), "id_str": str(1000 + len(who)), "name": who.capitalize(), "screen_name": who,
                "created_at": "Mon Mar 05 11:%02d:00 +0000 2012" % len(who), "followers_count": 10,
                "utc_offset": None, "time_zone": None}
        t = {"created_at": tw_date(d), "id": tid, "id_str": str(tid), "text": "status %d" % i,
             "source": "web", "truncated": False, "in_reply_to_status_id": None, "user": user,
             "geo": None, "coordinates": None, "place": None, "retweet_count": 0, "favorite_count": 0,
             "timestamp_ms": str(epoch_ms(d)), "lang": "en"}
        if i % 4 == 1:
            od = d - timedelta(days=3, hours=5)
            oid = snowflake(od, 7, TWITTER_EPOCH)
            t["retweeted_status"] = {"created_at": tw_date(od), "id": oid, "id_str": str(oid), "text": "orig",
                                     "user": {"id": 42, "id_str": "42", "screen_name": "news",
                                              "created_at": "Tue Jan 01 00:00:00 +0000 2008"}}
        if i % 5 == 2:
            qd = d - timedelta(hours=30)
            qid = snowflake(qd, 8, TWITTER_EPOCH)
            t["is_quote_status"] = True
            t["quoted_status_id"] = qid
            t["quoted_status"] = {"created_at": tw_date(qd), "id": qid, "id_str": str(qid), "text": "quoted",
                                  "user": {"id": 43, "screen_name": "other",
                                           "created_at": "Wed Feb 02 00:00:00 +0000 2011"}}
        lines.append(t)
    write_profile(
        "twitter-api-v1",
        {"tweets.jsonl": jsonl(lines)},
        evs,
        {
            "profile": "twitter-api-v1.1",
            "input": "export/tweets.jsonl",
            "records": "every line (one tweet object)",
            "time": "created_at",
            "actor": "user.screen_name",
            "not_events": "id (a JSON number snowflake), user.created_at, retweeted_status, quoted_status, "
            "timestamp_ms (a copy)",
        },
    )


def twitter_v2():
    evs = events(903, 12, ["1001", "1002", "1003"])
    pages = []
    for p in range(3):
        chunk = evs[p * 4:(p + 1) * 4]
        data = []
        for i, (d, who) in enumerate(chunk):
            tid = str(snowflake(d, i, TWITTER_EPOCH))
            data.append({"id": tid, "edit_history_tweet_ids": [tid], "text": "v2 %d" % i, "author_id": who,
                         "created_at": iso_z(d, 3), "lang": "en", "conversation_id": tid,
                         "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": 1,
                                            "quote_count": 0, "impression_count": 1700000000}})
        ref_d = chunk[0][0] - timedelta(days=2)
        pages.append({
            "data": data,
            "includes": {
                "users": [{"id": u, "username": "user" + u, "name": "User " + u,
                           "created_at": "2010-0%d-01T00:00:00.000Z" % (int(u) - 1000)} for u in ("1001", "1002", "1003")],
                "tweets": [{"id": str(snowflake(ref_d, 1, TWITTER_EPOCH)), "text": "referenced", "author_id": "9",
                            "created_at": iso_z(ref_d, 3), "edit_history_tweet_ids": []}],
            },
            "meta": {"newest_id": data[-1]["id"], "oldest_id": data[0]["id"], "result_count": len(data),
                     "next_token": "b26v89c19zqg8o3f%d" % p},
            "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent?query=x", "version": "2.13.0",
                        "retrieved_at": "2023-02-01T10:00:0%d+00:00" % p},
        })
    write_profile(
        "twitter-api-v2",
        {"search.jsonl": jsonl(pages)},
        evs,
        {
            "profile": "twitter-api-v2",
            "input": "export/search.jsonl",
            "records": "data[] of each response line",
            "time": "data[].created_at",
            "actor": "data[].author_id",
            "not_events": "includes.users[].created_at, includes.tweets[] (referenced tweets), meta, "
            "__twarc.retrieved_at, public_metrics",
        },
    )


def mastodon():
    evs = events(1001, 12, ["https://mastodon.example/users/alice"])
    items = []
    for i, (d, who) in enumerate(evs):
        sid = str(((epoch_ms(d)) << 16) | i)  # Mastodon ids: milliseconds << 16
        if i % 4 == 3:
            items.append({"id": "https://mastodon.example/users/alice/statuses/%s/activity" % sid, "type": "Announce",
                          "actor": who, "published": iso_z(d), "to": ["https://www.w3.org/ns/activitystreams#Public"],
                          "cc": [], "object": "https://other.example/@bob/109%d" % i})
            continue
        note = {"id": "https://mastodon.example/users/alice/statuses/" + sid, "type": "Note", "summary": None,
                "inReplyTo": None, "published": iso_z(d), "url": "https://mastodon.example/@alice/" + sid,
                "attributedTo": who, "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [],
                "sensitive": False, "content": "<p>toot %d</p>" % i, "attachment": [], "tag": [],
                "replies": {"id": "https://mastodon.example/users/alice/statuses/%s/replies" % sid,
                            "type": "Collection", "first": {"type": "CollectionPage", "next": "x", "items": []}}}
        if i % 3 == 1:
            note["updated"] = iso_z(d + timedelta(hours=5))
        items.append({"id": "https://mastodon.example/users/alice/statuses/%s/activity" % sid, "type": "Create",
                      "actor": who, "published": iso_z(d), "to": note["to"], "cc": [], "object": note})
    root = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
            "totalItems": len(items), "orderedItems": items}
    write_profile(
        "mastodon-outbox",
        {"outbox.json": dumps(root, 2),
         "actor.json": dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "https://mastodon.example/users/alice",
                              "type": "Person", "preferredUsername": "alice", "published": "2022-11-01T00:00:00Z"}, 2)},
        evs,
        {
            "profile": "mastodon-outbox",
            "input": "export/outbox.json",
            "records": "orderedItems[] (Create and Announce activities)",
            "time": "published",
            "actor": "actor",
            "not_events": "object.published (a copy), object.updated (an edit), status ids (milliseconds << 16), "
            "actor.json",
        },
    )


# ---------------------------------------------------------------------------------------------
# Security logs


def cloudtrail():
    arns = ["arn:aws:iam::123456789012:user/alice", "arn:aws:sts::123456789012:assumed-role/Admin/bob"]
    evs = events(1101, 12, arns)
    recs = []
    for i, (d, who) in enumerate(evs):
        ident = {"type": "IAMUser" if ":user/" in who else "AssumedRole", "principalId": "AIDAEXAMPLE%d" % i,
                 "arn": who, "accountId": "123456789012", "accessKeyId": "AKIAEXAMPLE%04d" % i}
        if ":user/" in who:
            ident["userName"] = "alice"
        else:
            ident["sessionContext"] = {"sessionIssuer": {"type": "Role", "principalId": "AROAEXAMPLE",
                                                         "arn": "arn:aws:iam::123456789012:role/Admin",
                                                         "accountId": "123456789012", "userName": "Admin"},
                                       "attributes": {"creationDate": iso_z(d - timedelta(hours=3)),
                                                      "mfaAuthenticated": "true"}}
        r = {"eventVersion": "1.08", "userIdentity": ident, "eventTime": iso_z(d), "eventSource": "s3.amazonaws.com",
             "eventName": "GetObject", "awsRegion": "eu-central-1", "sourceIPAddress": "198.51.100.%d" % (i + 1),
             "userAgent": "aws-cli/2.9.0", "requestParameters": {"bucketName": "b", "key": "k%d" % i},
             "responseElements": None, "requestID": "REQ%08d" % i, "eventID": "0000-%04d" % i, "readOnly": True,
             "eventType": "AwsApiCall", "managementEvent": False, "recipientAccountId": "123456789012",
             "eventCategory": "Data"}
        if i % 4 == 2:
            r["eventSource"] = "sts.amazonaws.com"
            r["eventName"] = "AssumeRole"
            exp = in_zone(d + timedelta(hours=1), 0)
            r["responseElements"] = {"credentials": {"accessKeyId": "ASIAEXAMPLE", "sessionToken": "x",
                                                     "expiration": exp.strftime("%b %-d, %Y, %-I:%M:%S %p")},
                                     "assumedRoleUser": {"assumedRoleId": "AROA:bob", "arn": who}}
        recs.append(r)
    write_profile(
        "aws-cloudtrail",
        {"123456789012_CloudTrail_eu-central-1_20230102T0000Z_abc.json": json.dumps({"Records": recs}) + "\n"},
        evs,
        {
            "profile": "aws-cloudtrail",
            "input": "export/123456789012_CloudTrail_eu-central-1_20230102T0000Z_abc.json",
            "records": "Records[]",
            "time": "eventTime",
            "actor": "userIdentity.arn",
            "not_events": "userIdentity.sessionContext.attributes.creationDate, "
            "responseElements.credentials.expiration, accountId (12 digits)",
        },
    )


def entra_signins():
    upns = ["alice@contoso.com", "bob@contoso.com"]
    evs = events(1201, 12, upns)
    recs = []
    for i, (d, who) in enumerate(evs):
        steps = [{"authenticationStepDateTime": iso_z(d), "authenticationMethod": "Password",
                  "authenticationMethodDetail": "Password in the cloud", "succeeded": True,
                  "authenticationStepResultDetail": "Correct password", "authenticationStepRequirement": "Primary authentication"}]
        if i % 2 == 0:
            steps.append({"authenticationStepDateTime": iso_z(d + timedelta(seconds=40)),
                          "authenticationMethod": "Mobile app notification", "authenticationMethodDetail": None,
                          "succeeded": True, "authenticationStepResultDetail": "MFA successfully completed",
                          "authenticationStepRequirement": "Multifactor authentication"})
        recs.append({
            "id": "66ea54eb-%04d-4ee5-be62-ff5a759b0100" % i,
            "createdDateTime": iso_z(d),
            "userDisplayName": who.split("@")[0].capitalize(),
            "userPrincipalName": who,
            "userId": "d7cc485d-2c1b-422c-98fd-5ce52859a4a%d" % (upns.index(who)),
            "appId": "de8bc8b5-d9f9-48b1-a8ad-b748da725064",
            "appDisplayName": "Graph Explorer",
            "ipAddress": "203.0.113.%d" % (i + 10),
            "clientAppUsed": "Browser",
            "correlationId": "262c0fa8-%04d-4a2c-9b26-4a4cc1b34b0b" % i,
            "conditionalAccessStatus": "notApplied",
            "isInteractive": True,
            "riskDetail": "none", "riskLevelAggregated": "none", "riskLevelDuringSignIn": "none",
            "riskState": "none", "riskEventTypes_v2": [], "resourceDisplayName": "Microsoft Graph",
            "resourceId": "00000003-0000-0000-c000-000000000000",
            "status": {"errorCode": 0, "failureReason": "Other.", "additionalDetails": None},
            "deviceDetail": {"deviceId": "", "displayName": None, "operatingSystem": "Windows 10", "browser": "Edge 109.0",
                             "isCompliant": False, "isManaged": False, "trustType": None},
            "location": {"city": "Berlin", "state": "Berlin", "countryOrRegion": "DE",
                         "geoCoordinates": {"altitude": None, "latitude": 52.52, "longitude": 13.40}},
            "appliedConditionalAccessPolicies": [],
            "authenticationDetails": steps,
            "authenticationProcessingDetails": [{"key": "Root Key Type", "value": "Unknown"}],
            "mfaDetail": {"authMethod": "PhoneAppNotification", "authDetail": None} if i % 2 == 0 else None,
        })
    write_profile(
        "entra-signins",
        {"InteractiveSignIns_2023-01-02_2023-01-09.json": dumps(recs, 2)},
        evs,
        {
            "profile": "entra-signins",
            "input": "export/InteractiveSignIns_2023-01-02_2023-01-09.json",
            "records": "the top-level array (the portal's JSON download) or value[] (Graph)",
            "time": "createdDateTime",
            "actor": "userPrincipalName",
            "not_events": "authenticationDetails[].authenticationStepDateTime (the steps of one sign-in)",
        },
    )


def entra_audit():
    upns = ["admin@contoso.com", "helpdesk@contoso.com"]
    evs = events(1202, 10, upns, micros=True)
    vals = []
    for i, (d, who) in enumerate(evs):
        vals.append({
            "id": "Directory_%04d_ABCDE" % i, "category": "UserManagement",
            "correlationId": "da159bfb-%04d-4e2b-8f0c-2dd7e0e1a0b1" % i, "result": "success", "resultReason": "",
            "activityDisplayName": "Update user", "activityDateTime": iso_z(d, 7) if i % 2 else iso_z(d, 3),
            "loggedByService": "Core Directory", "operationType": "Update",
            "initiatedBy": {"app": None, "user": {"id": "id%d" % upns.index(who), "displayName": None,
                                                   "userPrincipalName": who, "ipAddress": "",
                                                   "userType": None, "homeTenantId": None, "homeTenantName": None}},
            "targetResources": [{"id": "t%d" % i, "displayName": None, "type": "User",
                                 "userPrincipalName": "user%d@contoso.com" % i, "groupType": None,
                                 "modifiedProperties": [{"displayName": "LastDirSyncTime",
                                                         "oldValue": "[\"2022-12-01T10:00:00Z\"]",
                                                         "newValue": "[\"%s\"]" % iso_z(d - timedelta(days=1))}]}],
            "additionalDetails": [{"key": "UserType", "value": "Member"}],
        })
    root = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits", "value": vals}
    write_profile(
        "entra-audit",
        {"directoryAudits.json": dumps(root, 2)},
        evs,
        {
            "profile": "entra-audit",
            "input": "export/directoryAudits.json",
            "records": "value[]",
            "time": "activityDateTime",
            "actor": "initiatedBy.user.userPrincipalName",
            "not_events": "times inside targetResources[].modifiedProperties[] values",
        },
    )


def m365_ual():
    users = ["alice@contoso.com", "bob@contoso.com"]
    evs = events(1301, 12, users, micros=True)
    rows = [["RecordId", "CreationDate", "RecordType", "Operation", "UserId", "AuditData", "AssociatedAdminUnits",
             "AssociatedAdminUnitsNames"]]
    for i, (d, who) in enumerate(evs):
        audit = {"CreationTime": d.strftime("%Y-%m-%dT%H:%M:%S"), "Id": "8d7f%04d-0000-4000-8000-000000000000" % i,
                 "Operation": "FileAccessed", "OrganizationId": "o1", "RecordType": 6, "UserKey": "i:0h.f|membership|x",
                 "UserType": 0, "Version": 1, "Workload": "SharePoint", "ClientIP": "198.51.100.4", "UserId": who,
                 "EventSource": "SharePoint", "ItemType": "File",
                 "SourceFileName": "report-%d.docx" % i,
                 "ListItemUniqueId": "f00d%04d" % i}
        if i % 3 == 0:
            audit["AppAccessContext"] = {"IssuedAtTime": (d - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S"),
                                         "UniqueTokenId": "tok%d" % i}
        rows.append(["%08d-1111-2222-3333-444444444444" % i, d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (d.microsecond * 10),
                     "SharePointFileOperation", "FileAccessed", who,
                     json.dumps(audit, separators=(",", ":")), "", ""])
    write_profile(
        "m365-unified-audit",
        {"audit_log_search.csv": "\ufeff" + csv_text(rows)},
        evs,
        {
            "profile": "m365-unified-audit",
            "input": "export/audit_log_search.csv",
            "records": "CSV rows",
            "time": "CreationDate",
            "actor": "UserId",
            "not_events": "times inside the AuditData JSON (CreationTime repeats CreationDate without a zone; "
            "AppAccessContext.IssuedAtTime is a token's)",
        },
    )


def okta():
    users = ["alice@example.com", "bob@example.com"]
    evs = events(1401, 12, users, micros=True)
    recs = []
    for i, (d, who) in enumerate(evs):
        recs.append({
            "actor": {"id": "00u1abc%d" % users.index(who), "type": "User", "alternateId": who,
                      "displayName": who.split("@")[0].capitalize(), "detailEntry": None},
            "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0", "os": "Mac OS X", "browser": "SAFARI"},
                       "zone": "null", "device": "Computer", "id": None, "ipAddress": "198.51.100.7",
                       "geographicalContext": {"city": "Oslo", "state": "Oslo", "country": "Norway",
                                               "postalCode": None, "geolocation": {"lat": 59.9, "lon": 10.7}}},
            "device": None,
            "authenticationContext": {"authenticationProvider": None, "credentialProvider": None,
                                      "credentialType": None, "issuer": None, "interface": None,
                                      "authenticationStep": 0, "externalSessionId": "102abc%d" % i},
            "displayMessage": "User login to Okta", "eventType": "user.session.start",
            "outcome": {"result": "SUCCESS", "reason": None},
            "published": iso_z(d, 3),
            "securityContext": {"asNumber": 12345, "asOrg": "example", "isp": "example", "domain": "example.net",
                                "isProxy": False},
            "severity": "INFO",
            "debugContext": {"debugData": {"requestId": "Y%d" % i, "requestUri": "/api/v1/authn", "url": "/api/v1/authn?",
                                           "dtHash": "abc", "threatSuspected": "false",
                                           "deviceFingerprint": "f%d" % i}},
            "legacyEventType": "core.user_auth.login_success",
            "transaction": {"type": "WEB", "id": "Y%d" % i, "detail": {}},
            "uuid": "dc9fd3c0-%04d-11eb-a0f6-6b0d5d7b2f4b" % i,
            "version": "0",
            "request": {"ipChain": [{"ip": "198.51.100.7", "geographicalContext": {"city": "Oslo"},
                                     "version": "V4", "source": None}]},
            "target": [{"id": "0oa%d" % i, "type": "AppInstance", "alternateId": "Okta Dashboard",
                        "displayName": "Okta Dashboard", "detailEntry": None}],
        })
    write_profile(
        "okta-system-log",
        {"okta_system_log.json": dumps(recs, 2)},
        evs,
        {
            "profile": "okta",
            "input": "export/okta_system_log.json",
            "records": "the top-level array of LogEvent objects",
            "time": "published",
            "actor": "actor.alternateId",
            "not_events": "uuid, transaction ids, securityContext.asNumber",
        },
    )


def google_workspace():
    users = ["alice@example.com", "bob@example.com"]
    evs = events(1501, 12, users, micros=True)
    items = []
    for i, (d, who) in enumerate(evs):
        ev = [{"type": "login", "name": "login_success",
               "parameters": [{"name": "login_type", "value": "google_password"},
                              {"name": "login_challenge_method", "multiValue": ["password"]},
                              {"name": "is_suspicious", "boolValue": False},
                              {"name": "login_timestamp", "intValue": str(epoch_us(d) - 1500000)}]}]
        if i % 3 == 0:
            ev.append({"type": "login", "name": "login_verification",
                       "parameters": [{"name": "login_challenge_status", "value": "passed"}]})
        items.append({"kind": "admin#reports#activity",
                      "id": {"time": iso_z(d, 3), "uniqueQualifier": str(-8000000000000000000 + i * 1234567891),
                             "applicationName": "login", "customerId": "C03az79cb"},
                      "etag": "\"abc%d\"" % i,
                      "actor": {"email": who, "profileId": str(100000000000000000000 + users.index(who))},
                      "ipAddress": "203.0.113.9", "events": ev})
    root = {"kind": "admin#reports#activities", "etag": "\"page\"", "items": items, "nextPageToken": "A:16752:x"}
    write_profile(
        "google-workspace-audit",
        {"login_activities.json": dumps(root, 2)},
        evs,
        {
            "profile": "google-workspace",
            "input": "export/login_activities.json",
            "records": "items[] (one activity, however many events[] it holds)",
            "time": "id.time",
            "actor": "actor.email",
            "not_events": "events[].parameters[] login_timestamp (microseconds), id.uniqueQualifier, actor.profileId",
        },
    )


def github_audit():
    users = ["alice", "bob", "ci-bot"]
    evs = events(1601, 12, users)
    recs = []
    for i, (d, who) in enumerate(evs):
        ms = epoch_ms(d)
        recs.append({"@timestamp": ms, "_document_id": "doc%04dXYZ" % i, "action": "git.clone" if i % 2 else "repo.access",
                     "actor": who, "actor_id": 583231 + users.index(who), "actor_is_bot": who.endswith("bot"),
                     "actor_location": {"country_code": "NL"}, "business": "acme-ent", "business_id": 1234,
                     "created_at": ms, "operation_type": "access", "org": "acme", "org_id": 7001234,
                     "repo": "acme/app", "repo_id": 602310001, "repository": "acme/app",
                     "repository_public": False, "user_agent": "git/2.39.0",
                     "token_id": 1700000000 + i if i % 3 == 0 else None})
    write_profile(
        "github-audit-log",
        {"export-acme-1675245600.json": dumps(recs, 2)},
        evs,
        {
            "profile": "github-audit",
            "input": "export/export-acme-1675245600.json",
            "records": "the top-level array",
            "time": "@timestamp (epoch milliseconds; created_at is the same instant)",
            "actor": "actor",
            "not_events": "created_at (a copy), token_id, repo_id, org_id (ids that look like epochs)",
        },
    )


def evtx_record(d, i, computer, channel, provider, event_id, data, tz_digits=6):
    return {"Event": {
        "#attributes": {"xmlns": "http://schemas.microsoft.com/win/2004/08/events/event"},
        "System": {
            "Provider": {"#attributes": {"Name": provider, "Guid": "54849625-5478-4994-A5BA-3E3B0328C30D"}},
            "EventID": event_id, "Version": 2, "Level": 0, "Task": 12544, "Opcode": 0,
            "Keywords": "0x8020000000000000",
            "TimeCreated": {"#attributes": {"SystemTime": d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}},
            "EventRecordID": 1000 + i,
            "Correlation": {"#attributes": {"ActivityID": "{ABCD-%04d}" % i}},
            "Execution": {"#attributes": {"ProcessID": 612, "ThreadID": 1400 + i}},
            "Channel": channel, "Computer": computer, "Security": None},
        "EventData": data}}


def evtx_security(evs):
    out = []
    for i, (d, host) in enumerate(evs):
        out.append(evtx_record(d, i, host, "Security", "Microsoft-Windows-Security-Auditing", 4624, {
            "SubjectUserSid": "S-1-5-18", "SubjectUserName": host.split(".")[0] + "$", "SubjectDomainName": "CORP",
            "SubjectLogonId": "0x3e7", "TargetUserSid": "S-1-5-21-1-2-3-1104", "TargetUserName": "alice",
            "TargetDomainName": "CORP", "TargetLogonId": "0x%x" % (0x1a2b3c + i), "LogonType": 3,
            "LogonProcessName": "Kerberos", "AuthenticationPackageName": "Kerberos", "WorkstationName": "-",
            "LogonGuid": "{0000}", "TransmittedServices": "-", "LmPackageName": "-", "KeyLength": 0,
            "ProcessId": "0x0", "ProcessName": "-", "IpAddress": "10.0.0.%d" % (i + 2), "IpPort": "49%03d" % i,
            "ImpersonationLevel": "%%1833"}))
    return out


def evtx_dump_json():
    evs = events(1701, 10, ["DC01.corp.local", "WS042.corp.local"], micros=True)
    recs = evtx_security(evs)
    text = "".join("Record %d\n%s\n" % (r["Event"]["System"]["EventRecordID"], json.dumps(r, indent=2)) for r in recs)
    write_profile(
        "evtx-dump-json",
        {"Security.json": text},
        evs,
        {
            "profile": "evtx-dump",
            "input": "export/Security.json",
            "records": "each root object after its \"Record N\" line",
            "time": "Event.System.TimeCreated.#attributes.SystemTime",
            "actor": "Event.System.Computer",
            "not_events": "the \"Record N\" separator lines, EventRecordID, ProcessID/ThreadID, hex logon ids",
        },
    )


def evtx_dump_jsonl():
    evs = events(1702, 10, ["DC01.corp.local", "WS042.corp.local"], micros=True)
    write_profile(
        "evtx-dump-jsonl",
        {"Security.jsonl": jsonl(evtx_security(evs))},
        evs,
        {
            "profile": "evtx-dump",
            "input": "export/Security.jsonl",
            "records": "every line",
            "time": "Event.System.TimeCreated.#attributes.SystemTime",
            "actor": "Event.System.Computer",
            "not_events": "EventRecordID, ProcessID/ThreadID",
        },
    )


def sysmon():
    users = ["CORP\\alice", "NT AUTHORITY\\SYSTEM"]
    evs = events(1801, 12, users, micros=True)
    recs = []
    for i, (d, who) in enumerate(evs):
        utc = (d - timedelta(microseconds=d.microsecond % 1000 + 2000)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        if i % 3 == 2:
            data = {"RuleName": "-", "UtcTime": utc, "ProcessGuid": "{5770385f-%04d}" % i, "ProcessId": 4100 + i,
                    "Image": "C:\\Windows\\explorer.exe", "TargetFilename": "C:\\Users\\alice\\a%d.txt" % i,
                    "CreationUtcTime": "2021-11-0%d 08:00:00.000" % (i % 9 + 1), "User": who}
            eid = 11
        else:
            data = {"RuleName": "-", "UtcTime": utc, "ProcessGuid": "{5770385f-%04d}" % i, "ProcessId": 4100 + i,
                    "Image": "C:\\Windows\\System32\\cmd.exe", "FileVersion": "10.0.19041.1",
                    "CommandLine": "cmd.exe /c echo 2023-01-01 00:00:00", "CurrentDirectory": "C:\\",
                    "User": who, "LogonGuid": "{5770385f-0000}", "LogonId": "0x3e7", "TerminalSessionId": 0,
                    "IntegrityLevel": "System", "Hashes": "SHA256=00", "ParentProcessGuid": "{5770385f-1}",
                    "ParentProcessId": 612, "ParentImage": "C:\\Windows\\System32\\services.exe",
                    "ParentCommandLine": "services.exe", "ParentUser": "NT AUTHORITY\\SYSTEM"}
            eid = 1
        recs.append(evtx_record(d, i, "WS042.corp.local", "Microsoft-Windows-Sysmon/Operational",
                                "Microsoft-Windows-Sysmon", eid, data))
    write_profile(
        "sysmon",
        {"Sysmon.jsonl": jsonl(recs)},
        evs,
        {
            "profile": "sysmon",
            "input": "export/Sysmon.jsonl",
            "records": "every line (evtx_dump JSONL of the Sysmon channel)",
            "time": "Event.System.TimeCreated.#attributes.SystemTime",
            "actor": "Event.EventData.User",
            "not_events": "EventData.UtcTime (a copy), EventData.CreationUtcTime (a file's creation time), "
            "dates inside CommandLine",
        },
    )


def evtxecmd_csv():
    evs = events(1901, 12, ["DC01.corp.local", "WS042.corp.local"], micros=True)
    head = ["RecordNumber", "EventRecordId", "TimeCreated", "EventId", "Level", "Provider", "Channel", "ProcessId",
            "ThreadId", "Computer", "ChunkNumber", "UserId", "MapDescription", "UserName", "RemoteHost",
            "PayloadData1", "PayloadData2", "PayloadData3", "PayloadData4", "PayloadData5", "PayloadData6",
            "ExecutableInfo", "HiddenRecord", "SourceFile", "Keywords", "ExtraDataOffset", "Payload"]
    rows = [head]
    for i, (d, host) in enumerate(evs):
        rows.append([i + 1, 52000 + i, d.strftime("%Y-%m-%d %H:%M:%S.%f") + "0", 4624, "LogAlways",
                     "Microsoft-Windows-Security-Auditing", "Security", 612, 1400 + i, host, 3, "",
                     "Successful logon", "CORP\\alice", "- (10.0.0.%d)" % (i + 2), "Target: CORP\\alice",
                     "LogonType 3", "LogonId: 0x%X" % (0x1A2B3C + i), "", "", "", "", "False",
                     "C:\\Windows\\System32\\winevt\\Logs\\Security.evtx", "Audit success", 0,
                     "{\"EventData\": {\"Data\": [{\"@Name\": \"TargetUserName\", \"#text\": \"alice\"}]}}"])
    write_profile(
        "evtxecmd-csv",
        {"20230201100000_EvtxECmd_Output.csv": "\ufeff" + csv_text(rows)},
        evs,
        {
            "profile": "evtxecmd",
            "input": "export/20230201100000_EvtxECmd_Output.csv",
            "records": "CSV rows",
            "time": "TimeCreated (yyyy-MM-dd HH:mm:ss.fffffff, UTC)",
            "actor": "Computer",
            "not_events": "RecordNumber, EventRecordId, ProcessId, ThreadId, ExtraDataOffset",
        },
    )


def chainsaw_csv():
    evs = events(2001, 10, ["DC01.corp.local", "WS042.corp.local"], micros=True)
    rows = [["timestamp", "detections", "path", "count", "Event.System.Provider", "Event ID", "Record ID",
             "Computer", "Event Data"]]
    for i, (d, host) in enumerate(evs):
        rows.append([d.strftime("%Y-%m-%d %H:%M:%S.%f"), "Suspicious Logon; Remote Logon",
                     "./logs/Security.evtx", 1, "Microsoft-Windows-Security-Auditing", 4624, 52000 + i, host,
                     "LogonType: 3 | TargetUserName: alice | IpAddress: 10.0.0.%d" % (i + 2)])
    write_profile(
        "chainsaw-csv",
        {"sigma.csv": csv_text(rows)},
        evs,
        {
            "profile": "chainsaw",
            "input": "export/sigma.csv",
            "records": "CSV rows",
            "time": "timestamp (UTC, no zone)",
            "actor": "Computer",
            "not_events": "Record ID, count",
        },
    )


def hayabusa_csv():
    evs = events(2101, 12, ["DC01.corp.local", "WS042.corp.local"], micros=True)
    rows = [["Timestamp", "Computer", "Channel", "EventID", "Level", "RecordID", "RuleTitle", "Details",
             "ExtraFieldInfo"]]
    for i, (d, host) in enumerate(evs):
        local = in_zone(d, 9)  # hayabusa writes the analyst machine's local time with its offset by default
        rows.append([local.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000) + " +09:00", host,
                     "Sec", 4624, "info", 52000 + i, "Logon (Network)",
                     "Type: 3 - NETWORK ¦ TgtUser: alice ¦ SrcComp: - ¦ SrcIP: 10.0.0.%d ¦ LID: 0x%x" % (i + 2, 0x1a2b3c + i),
                     "AuthPkg: Kerberos ¦ KeyLength: 0 ¦ LogonProcessName: Kerberos"])
    write_profile(
        "hayabusa-csv",
        {"timeline.csv": csv_text(rows)},
        evs,
        {
            "profile": "hayabusa",
            "input": "export/timeline.csv",
            "records": "CSV rows",
            "time": "Timestamp (yyyy-MM-dd HH:mm:ss.fff +hh:mm)",
            "actor": "Computer",
            "not_events": "RecordID, EventID",
        },
    )


def suricata():
    ips = ["10.0.0.5", "10.0.0.9"]
    evs = events(2201, 14, ips, micros=True)

    def ts(d):
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+0000"

    lines = []
    for i, (d, ip) in enumerate(evs):
        flow_id = 1200000000000000 + i * 7777777
        base = {"timestamp": ts(d), "flow_id": flow_id, "in_iface": "eth0", "src_ip": ip, "src_port": 50000 + i,
                "dest_ip": "198.51.100.20", "dest_port": 443, "proto": "TCP"}
        kind = i % 4
        if kind == 0:
            base.update({"event_type": "alert", "pkt_src": "wire/pcap",
                         "alert": {"action": "allowed", "gid": 1, "signature_id": 2013028, "rev": 7,
                                   "signature": "ET POLICY curl User-Agent Outbound", "category": "Attempted Information Leak",
                                   "severity": 2},
                         "flow": {"pkts_toserver": 4, "pkts_toclient": 3, "bytes_toserver": 400, "bytes_toclient": 900,
                                  "start": ts(d - timedelta(seconds=3))}})
        elif kind == 1:
            base.update({"event_type": "flow", "app_proto": "tls",
                         "flow": {"pkts_toserver": 10, "pkts_toclient": 12, "bytes_toserver": 1700, "bytes_toclient": 9000,
                                  "start": ts(d - timedelta(minutes=2)), "end": ts(d - timedelta(seconds=1)),
                                  "age": 119, "state": "closed", "reason": "timeout", "alerted": False},
                         "tcp": {"tcp_flags": "1b", "syn": True, "fin": True, "psh": True, "ack": True, "state": "closed"}})
        elif kind == 2:
            base.update({"event_type": "tls",
                         "tls": {"subject": "CN=example.com", "issuerdn": "CN=R3", "serial": "04:AB",
                                 "fingerprint": "ab:cd", "sni": "example.com", "version": "TLS 1.2",
                                 "notbefore": "2022-11-01T00:00:00", "notafter": "2023-01-30T23:59:59",
                                 "ja3": {"hash": "e7d705a3286e19ea42f587b344ee6865"}}})
        else:
            base.update({"event_type": "dns", "dns": {"type": "query", "id": 1700 + i, "rrname": "example.com",
                                                       "rrtype": "A", "tx_id": 0}})
        lines.append(base)
    write_profile(
        "suricata-eve",
        {"eve.json": jsonl(lines)},
        evs,
        {
            "profile": "suricata-eve",
            "input": "export/eve.json",
            "records": "every line",
            "time": "timestamp (…+0000)",
            "actor": "src_ip",
            "not_events": "flow_id (16 digits), flow.start/flow.end, tls.notbefore/notafter, dns.id",
        },
    )


def zeek():
    ips = ["10.0.0.5", "10.0.0.9"]
    evs = events(2301, 12, ips, micros=True)
    conn = []
    for i, (d, ip) in enumerate(evs):
        conn.append({"ts": float("%d.%06d" % (epoch(d), d.microsecond)), "uid": "C%08dabcd" % i,
                     "id.orig_h": ip, "id.orig_p": 49152 + i, "id.resp_h": "198.51.100.20", "id.resp_p": 443,
                     "proto": "tcp", "service": "ssl", "duration": 12.5 + i, "orig_bytes": 1700000000 + i,
                     "resp_bytes": 8200, "conn_state": "SF", "local_orig": True, "local_resp": False,
                     "missed_bytes": 0, "history": "ShADadFf", "orig_pkts": 12, "orig_ip_bytes": 1800,
                     "resp_pkts": 10, "resp_ip_bytes": 8800})
    x509 = [{"ts": float("%d.%06d" % (epoch(evs[0][0]), 5)), "id": "FvD3xk1", "certificate.version": 3,
             "certificate.serial": "04AB", "certificate.subject": "CN=example.com", "certificate.issuer": "CN=R3",
             "certificate.not_valid_before": 1667260800.0, "certificate.not_valid_after": 1675036799.0,
             "certificate.key_alg": "rsaEncryption", "certificate.sig_alg": "sha256WithRSAEncryption"}]
    write_profile(
        "zeek-json",
        {"conn.log": jsonl(conn)},
        evs,
        {
            "profile": "zeek",
            "input": "export/conn.log",
            "records": "every line",
            "time": "ts (epoch seconds with a fraction)",
            "actor": "id.orig_h",
            "not_events": "duration, orig_bytes (1,700,000,000-ish sizes), id.orig_p",
        },
    )
    # x509.log as a second file is not written into the conn golden: its own not_valid_* numbers are
    # tested by the generic rules; keep the conn file the single input of this profile.
    del x509


def journald():
    idents = ["sshd", "sudo", "systemd"]
    evs = events(2401, 12, idents, micros=True)
    lines = []
    for i, (d, who) in enumerate(evs):
        us = epoch_us(d)
        lines.append({"__CURSOR": "s=6b1c;i=%x;b=9f0e;m=%x;t=%x;x=1" % (0x1000 + i, 1000000 + i, us),
                      "__REALTIME_TIMESTAMP": str(us), "__MONOTONIC_TIMESTAMP": str(3600000000 + i * 1000003),
                      "_BOOT_ID": "9f0e0000000000000000000000000000", "PRIORITY": "6",
                      "SYSLOG_FACILITY": "4", "_UID": "0", "_GID": "0", "_HOSTNAME": "web01",
                      "_TRANSPORT": "syslog", "SYSLOG_IDENTIFIER": who, "_PID": str(1200 + i),
                      "_COMM": who, "MESSAGE": "Accepted publickey for alice" if who == "sshd" else "session opened",
                      "SYSLOG_TIMESTAMP": in_zone(d, 1).strftime("%b %e %H:%M:%S "),
                      "_SOURCE_REALTIME_TIMESTAMP": str(us - 1234)})
    write_profile(
        "journald-json",
        {"journal.json": jsonl(lines)},
        evs,
        {
            "profile": "journald",
            "input": "export/journal.json",
            "records": "every line (journalctl -o json)",
            "time": "__REALTIME_TIMESTAMP (epoch microseconds as a string)",
            "actor": "SYSLOG_IDENTIFIER",
            "not_events": "__MONOTONIC_TIMESTAMP (since boot), _SOURCE_REALTIME_TIMESTAMP (a copy), "
            "SYSLOG_TIMESTAMP (no year, local), __CURSOR",
        },
    )


def elastic():
    users = ["alice", "bob"]
    evs = events(2501, 12, users, micros=True)
    lines = []
    for i, (d, who) in enumerate(evs):
        lines.append({"_index": "logs-auth-2023.01", "_type": "_doc", "_id": "aZ%06dQ" % i, "_score": 1,
                      "_source": {"@timestamp": iso_z(d, 3),
                                  "event": {"created": iso_z(d + timedelta(seconds=2), 3),
                                            "ingested": iso_z(d + timedelta(minutes=75), 6), "kind": "event",
                                            "category": ["authentication"], "outcome": "success"},
                                  "user": {"name": who}, "host": {"name": "web01"},
                                  "message": "login ok", "agent": {"version": "8.5.0"}}})
    write_profile(
        "elastic-source",
        {"logs-auth.json": jsonl(lines)},
        evs,
        {
            "profile": "elastic-source",
            "input": "export/logs-auth.json",
            "records": "every line (elasticdump) or hits.hits[] (a search response)",
            "time": "_source.@timestamp",
            "actor": "_source.user.name",
            "not_events": "_source.event.created, _source.event.ingested (pipeline times), _id, _score",
        },
    )


def plaso_l2tcsv():
    users = ["alice", "-"]
    # the first rows all have day <= 12 in a month-first file: only the profile knows the order
    evs = events(2601, 12, users, start=datetime(2023, 3, 6, tzinfo=UTC), days=14)
    head = ["date", "time", "timezone", "MACB", "source", "sourcetype", "type", "user", "host", "short", "desc",
            "version", "filename", "inode", "notes", "format", "extra"]
    rows = [head]
    for i, (d, who) in enumerate(evs):
        rows.append([d.strftime("%m/%d/%Y"), d.strftime("%H:%M:%S"), "UTC", "M..." if i % 2 else "..C.", "FILE",
                     "NTFS $MFT", "Content Modification Time", who, "WS042", "C:/Users/alice/doc%d.txt" % i,
                     "C:/Users/alice/doc%d.txt File reference: %d-1" % (i, 64000 + i), 2, "TSK:/$MFT", 64000 + i,
                     "-", "mft", "file_size: %d" % (1698000000 + i)])
    write_profile(
        "plaso-l2tcsv",
        {"timeline.csv": csv_text(rows)},
        [(d, who) for d, who in evs],
        {
            "profile": "plaso-l2tcsv",
            "input": "export/timeline.csv",
            "records": "CSV rows",
            "time": "date (MM/DD/YYYY) + time, in the timezone column",
            "actor": "user",
            "not_events": "inode, version, extra (file sizes)",
        },
    )


def plaso_dynamic():
    evs = events(2602, 12, [None], micros=True)
    rows = [["datetime", "timestamp_desc", "source", "source_long", "message", "parser", "display_name", "tag"]]
    for i, (d, _) in enumerate(evs):
        rows.append([d.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "Last Visited Time", "WEBHIST",
                     "Chrome History", "https://example.com/%d (visited 3 times) last 2020-01-01" % i,
                     "sqlite/chrome_27_history", "TSK:/Users/alice/History", "-"])
    write_profile(
        "plaso-dynamic",
        {"timeline.csv": csv_text(rows)},
        evs,
        {
            "profile": "plaso-dynamic",
            "input": "export/timeline.csv",
            "records": "CSV rows",
            "time": "datetime",
            "actor": None,
            "not_events": "dates inside message",
        },
    )


# ---------------------------------------------------------------------------------------------
# Mail


def rfc2822(d, hours):
    return in_zone(d, hours).strftime("%a, %-d %b %Y %H:%M:%S ") + ("%+03d00" % hours if hours else "+0000")


def mail_message(d, sender, i, hours):
    quoted = d - timedelta(days=1, hours=3)
    lines = [
        "Return-Path: <%s>" % sender,
        "Received: from mx.example.com (mx.example.com [203.0.113.1])",
        "\tby mail.example.org with ESMTPS id abc%d;" % i,
        "\t%s" % rfc2822(d + timedelta(seconds=4), 0),
        "Received: from laptop (unknown [10.0.0.4]) by mx.example.com; %s" % rfc2822(d + timedelta(seconds=2), 0),
        "From: %s <%s>" % (sender.split("@")[0].capitalize(), sender),
        "To: team@example.org",
        "Subject: status %d" % i,
        "Date: %s" % rfc2822(d, hours),
        "Message-ID: <%d.%d@example.com>" % (epoch(d), i),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hello,",
        "",
        "On %s, Bob wrote:" % rfc2822(quoted, 0),
        "> Date: %s" % rfc2822(quoted, 0),
        ">From the archive: see below.",
        "",
        "-- ",
        "sent at %s" % rfc2822(d, hours),
        "",
    ]
    return lines


def mbox():
    senders = ["alice@example.com", "bob@example.net"]
    evs = events(2701, 10, senders)
    out = []
    for i, (d, who) in enumerate(evs):
        out.append("From %s %s" % (who, d.strftime("%a %b %e %H:%M:%S %Y")))
        body = mail_message(d, who, i, [1, -5, 0, 9][i % 4])
        # mboxrd: body lines starting with "From " are quoted with ">"
        out += [(">" + l) if l.startswith("From ") or l.startswith(">From ") else l for l in body]
        if i == 4:
            # a forwarded message inside the body: its Date is not an event of this mailbox
            out[-1:-1] = ["---------- Forwarded message ---------", "Date: Mon, 2 Jan 2023 03:04:05 +0000",
                          "From: Carol <carol@example.org>", "Subject: old", ""]
    write_profile(
        "mbox",
        {"Inbox.mbox": "\n".join(out) + "\n"},
        evs,
        {
            "profile": "mbox",
            "input": "export/Inbox.mbox",
            "records": "messages, each starting at a \"From \" line at the start of a line after a blank line",
            "time": "the Date: header of each message",
            "actor": "the From: header's address",
            "not_events": "Received: header dates, \"From \" separator dates, dates quoted in bodies and "
            "forwarded messages' headers",
        },
    )


def eml_folder():
    senders = ["alice@example.com", "bob@example.net"]
    evs = events(2801, 8, senders)
    files = {}
    for i, (d, who) in enumerate(evs):
        lines = mail_message(d, who, i, [1, -5, 0, 9][i % 4])
        if i == 3:
            # a folded Date header with a comment
            k = next(n for n, l in enumerate(lines) if l.startswith("Date: "))
            lines[k:k + 1] = ["Date: " + rfc2822(d, 1).split(" ", 1)[0], " " + rfc2822(d, 1).split(" ", 1)[1] + " (CET)"]
        files["%02d %s.eml" % (i, "status")] = "\r\n".join(lines) + "\r\n"
    files[".DS_Store"] = b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00"
    files["sub/.hidden.eml"] = "Date: Mon, 2 Jan 2023 03:04:05 +0000\r\nFrom: x@example.com\r\n\r\nhidden\r\n"
    write_profile(
        "eml-folder",
        files,
        evs,
        {
            "profile": "eml",
            "input": "export",
            "records": "every .eml file in the folder (recursive, hidden files skipped)",
            "time": "the Date: header",
            "actor": "the From: header's address",
            "not_events": "Received: header dates, dates in bodies, hidden files (.DS_Store, .hidden.eml)",
        },
    )


ALL = [telegram_single, telegram_full, discord, slack_workspace, slack_channel, element, mattermost, rocketchat,
       jabber, signal, twitter_archive, twitter_v1, twitter_v2, mastodon, cloudtrail, entra_signins, entra_audit,
       m365_ual, okta, google_workspace, github_audit, evtx_dump_json, evtx_dump_jsonl, sysmon, evtxecmd_csv,
       chainsaw_csv, hayabusa_csv, suricata, zeek, journald, elastic, plaso_l2tcsv, plaso_dynamic, mbox, eml_folder]

if __name__ == "__main__":
    for f in ALL:
        f()
    print("wrote %d profiles under %s" % (len(ALL), ROOT))
