#!/usr/bin/env python3
"""Writes the discord/ and slack/ golden inputs and their .expected files (issue 13).

The lines follow the producing tools' own formatting code:
- DiscordChatExporter, DiscordChatExporter.Core/Exporting/PlainTextMessageWriter.cs: a preamble
  of a 62 '=' rule, 'Guild: ', 'Channel: ', optional 'Topic: ', 'After: ', 'Before: ', the rule and
  a blank line; per message '[{date}] {author}' (+ ' (pinned)'), the content, a blank line, then
  '{Attachments}', '{Embed}', '{Stickers}', '{Reactions}' blocks each ended by a blank line, and a
  blank line; a postamble 'Exported N message(s)' between two rules. {date} is
  ExportContext.FormatDate: .NET's "g" pattern in the export's culture (en-US 'M/d/yyyy h:mm tt',
  with U+202F before AM/PM under .NET 8 on ICU 72+; de-DE 'dd.MM.yyyy HH:mm').
- slackdump, internal/format/text.go: per message '> {sender} [{user id}] @ {02/01/2006 15:04:05
  Z0700}:' then the text on the next line, a blank line before each header; a message from the
  same user within 3 minutes of the one before is only its text line (no header); thread replies
  carry the prefix '|   ' on every line.
The expected grids are computed here from the chosen instants, never by reading the lines back.
"""
import datetime as dt
import os
import random
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RULE = "=" * 62


def expected(path, title, events, continuation, groups, field):
    cells = {}
    for t in events:
        u = t.astimezone(dt.timezone.utc) if t.tzinfo else t
        key = (u.weekday(), u.hour)
        cells[key] = cells.get(key, 0) + 1
    us = sorted(t.astimezone(dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t for t in events)
    fmt = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    out = ["# " + title,
           "# Cells: day-of-week hour(0-23) count, in UTC with default options (values with",
           "# no offset are read as UTC, the default --input-tz). Generated from the chosen",
           "# instants, not by reading the lines back.",
           "events %d" % len(events), "continuation %d" % continuation,
           "first " + fmt(us[0]), "last " + fmt(us[-1])]
    for (d, h) in sorted(cells):
        out.append("%s %02d %d" % (DAYS[d], h, cells[(d, h)]))
    counts = {}
    for g in groups:
        counts[g] = counts.get(g, 0) + 1
    for g in sorted(counts):
        out.append("group %s %s %d" % (field, g.replace(" ", "\\s"), counts[g]))
    with open(path + ".expected", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write(path, lines, crlf=False):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n"))


def instants(r, start, n):
    t, out = start, []
    for _ in range(n):
        t = t + dt.timedelta(minutes=r.randint(7, 900), seconds=r.randint(0, 59))
        out.append(t)
    return out


# ------------------------------------------------------------------ DiscordChatExporter

def us_g(t, nnbsp):
    h = t.hour % 12 or 12
    sp = "\u202f" if nnbsp else " "
    return "%d/%d/%d %d:%02d%s%s" % (t.month, t.day, t.year, h, t.minute, sp, "AM" if t.hour < 12 else "PM")


def de_g(t):
    return "%02d.%02d.%d %02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute)


def discord(name, title, fmt, seed, authors, crlf=False):
    r = random.Random(seed)
    # Wall-clock times as the exporter wrote them (local, no offset): read as UTC by default.
    times = instants(r, dt.datetime(2024, 2, 26, 8, 0), 30)
    times.insert(3, times[2].replace(hour=0, minute=5))  # just after midnight
    times[3] = max(times[3], times[2])
    times.insert(6, times[5].replace(hour=12, minute=0) if times[5].hour < 12 else times[5])  # noon
    times = sorted(times)
    lines = [RULE, "Guild: Heatmap Friends", "Channel: Projects / general",
             "Topic: weekly sync [3/4 - agenda]", "After: " + fmt(dt.datetime(2024, 2, 26, 0, 0)), RULE, ""]
    cont = 6
    events, groups = [], []
    for i, t in enumerate(times):
        a = authors[i % len(authors)]
        events.append(t.replace(second=0))
        groups.append(a)
        head = "[%s] %s" % (fmt(t), a)
        if i % 11 == 4:
            head += " (pinned)"
        lines.append(head)
        k = i % 6
        if k == 0:
            lines += ["morning all", "[link](https://example.com/notes) - see above", ""]
            cont += 2
        elif k == 1:
            lines += ["", ""]  # an empty message (an attachment only)
            lines += ["{Attachments}", "https://cdn.discordapp.com/attachments/1/2/photo.png", ""]
            cont += 2
        elif k == 2:
            lines += ["ok: sounds good", ""]
            cont += 1
        elif k == 3:
            lines += ["Pinned a message.", ""]
            lines += ["{Reactions}", "\U0001f44d (2) \U0001f389"]
            cont += 3
        elif k == 4:
            lines += ["see https://example.org/x", ""]
            lines += ["{Embed}", "Example Domain", "https://example.org/x",
                      "This domain is for use in documentation examples.", ""]
            cont += 5
        else:
            lines += ["line one", "  line two, indented", ""]
            cont += 2
        lines.append("")
    lines += [RULE, "Exported %d message(s)" % len(times), RULE]
    cont += 3
    path = os.path.join(HERE, "discord", name)
    write(path, lines, crlf)
    expected(path, title, events, cont, groups, "sender")


SRC_D = ("DiscordChatExporter plain text (DiscordChatExporter.Core/Exporting/PlainTextMessageWriter.cs:"
         " preamble rule/Guild/Channel/Topic/After, '[{date}] {author}' with ' (pinned)', content,"
         " {Attachments}/{Embed}/{Reactions} blocks, postamble; the date ExportContext.FormatDate, .NET 'g')")
discord("general-en-US.txt", "Discord export, culture en-US, .NET 'g' = M/d/yyyy h:mm tt; " + SRC_D,
        lambda t: us_g(t, False), 1, ["alice.w", "Bob#0420", "carol"])
discord("general-en-US-icu.txt",
        "Discord export, culture en-US under .NET 8 with ICU 72+ (U+202F before AM/PM); " + SRC_D,
        lambda t: us_g(t, True), 2, ["alice.w", "dave_k"])
discord("allgemein-de-DE.txt", "Discord export, culture de-DE, .NET 'g' = dd.MM.yyyy HH:mm, CRLF; " + SRC_D,
        de_g, 3, ["Jürgen", "alice.w", "Bob#0420"], crlf=True)


# ------------------------------------------------------------------ slackdump

def slack(name, title, zone, seed):
    r = random.Random(seed)
    tz = ZoneInfo(zone)
    # across the change to summer time in Europe (31 Mar 2024)
    times = instants(r, dt.datetime(2024, 3, 25, 9, 0, tzinfo=tz), 34)
    times = [t.astimezone(tz) for t in times]
    users = [("Alice Smith", "U01AL1CE0"), ("bob", "U02B0B000"), ("<external>:U10H7D9RR", "U10H7D9RR"),
             ("Dana @ Ops", "U03DANA00")]
    lines, events, groups = [], [], []
    cont = 0

    def stamp(t):
        s = t.strftime("%d/%m/%Y %H:%M:%S ")
        off = t.utcoffset()
        if off == dt.timedelta(0):
            return s + "Z"
        m = int(off.total_seconds() // 60)
        return s + ("+" if m >= 0 else "-") + "%02d%02d" % (abs(m) // 60, abs(m) % 60)

    i = 0
    while i < len(times):
        t = times[i]
        name_, uid = users[i % len(users)]
        lines += ["", "> %s [%s] @ %s:" % (name_, uid, stamp(t)), "message %d from %s" % (i, name_.split()[0])]
        events.append(t)
        groups.append(name_)
        cont += 1
        if i % 5 == 1:
            # same user within 3 minutes: slackdump writes the text only
            lines.append("a follow-up, no header of its own")
            cont += 1
        if i % 7 == 3 and i + 1 < len(times):
            # a thread: replies carry the '|   ' prefix
            for k in range(2):
                rt = t + dt.timedelta(minutes=5 + 9 * k, seconds=7)
                rn, ru = users[(i + k + 1) % len(users)]
                lines += ["|   ", "|   > %s [%s] @ %s:" % (rn, ru, stamp(rt)), "|   reply %d" % k]
                events.append(rt)
                groups.append(rn)
                cont += 2
        i += 1
    path = os.path.join(HERE, "slack", name)
    write(path, lines)
    expected(path, title, events, cont, groups, "sender")


SRC_S = ("slackdump text (rusq/slackdump internal/format/text.go: '> {sender} [{user id}] @ {02/01/2006 15:04:05"
         " Z0700}:' then the text; one header per run of a user's messages within 3 minutes; thread replies"
         " prefixed '|   '; internal/format/text_test.go's expected output)")
slack("general-utc.txt", "Slack conversation dumped by slackdump on a UTC machine (zone Z); " + SRC_S, "UTC", 4)
slack("general-berlin.txt",
      "Slack conversation dumped by slackdump in Europe/Berlin (+0100, +0200 after 31 Mar 2024); " + SRC_S,
      "Europe/Berlin", 5)
