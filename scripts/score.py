#!/usr/bin/env python3
# Copied unchanged from ../shared/tools/score.py (the judge), so that `npm test` and
# `npm run accuracy` run on a clean clone; test/accuracy.test.ts checks it is still the same.
"""Scores protocol exports against hand-checked gold records.

usage: score.py GOLD_DIR EXPORT_DIR [--json] [--show N] [--min-core F1]

Each gold file GOLD_DIR/<stem>.json is matched to the export whose
document.source has the same stem (or whose document.sha256 is equal).
Every gold fact is an item; an exported fact that matches no gold item is a
false positive. Precision, recall and F1 are printed per category, then the
micro F1 over the core categories. Names are compared without academic
honorifics; texts after whitespace folding only (so an export must
be NFC, as the gold is).
Exit status 1 when --min-core is given and the core F1 falls below it.
"""
import json
import re
import sys
from pathlib import Path

CORE = ["meeting", "members", "guests", "staff", "absent", "agenda", "titles", "sponsors",
        "clauses", "clause_items", "preambles", "outcomes", "positions", "notes", "attachments"]
STRETCH = ["number", "chair_flags", "unanimity", "debate", "note_texts", "attachment_refs",
           "departures", "agenda_changes", "amendments", "announcements", "reports"]
STATES = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"]
HONORIFIC = re.compile(r"\b(?:Prof\.|Dr\.(?:-Ing\.)?|h\.\s?c\.|Dipl\.-\w+\.?)\s*", re.I)


def text(s):
    if s is None:
        return None
    return re.sub(r"\s+", " ", str(s)).strip()


def name(s):
    if s is None:
        return None
    return text(HONORIFIC.sub("", s)).casefold()


def facts(rec):
    """The scored facts of one record, by category: a set of hashable items,
    plus per-category 'alternatives' (an item that may stand for another)."""
    F = {c: set() for c in CORE + STRETCH}
    ALT = {}
    ignore_votes = set()
    doc = rec.get("document") or {}
    if doc.get("kind") == "press_report" or rec.get("report"):
        r = rec.get("report") or {}
        m = r.get("meeting") or {}
        F["reports"] |= {("kind", doc.get("kind")), ("published", r.get("published")),
                         ("meeting.number", m.get("number")), ("duplicate_of", Path(r["duplicate_of"]).stem if r.get("duplicate_of") else None)}
        if m.get("date"):
            F["reports"].add(("meeting.date", m.get("date")))
        return F, ALT, ignore_votes
    m = rec.get("meeting") or {}
    for k in ("place", "start", "end"):
        if m.get(k) is not None:
            F["meeting"].add((k, text(m[k])))
    for c in m.get("chair") or []:
        F["meeting"].add(("chair", name(c if isinstance(c, str) else c.get("name"))))
    for p in m.get("minutes") or []:
        F["meeting"].add(("minutes", name(p.get("name")), p.get("org")))
    if m.get("number") is not None:
        F["number"].add(("number", m.get("number")))
    for d in m.get("departures") or []:
        F["departures"].add((d.get("org"), d.get("time"), d.get("proxy")))
    for a in m.get("announcements") or []:
        F["announcements"].add((a.get("number"), a.get("date")))
    for p in rec.get("attendees") or []:
        role, org, nm = p.get("role"), p.get("org"), name(p.get("name"))
        cat = {"member": "members", "deputy": "members", "permanent_guest": "guests", "guest": "guests", "staff": "staff"}.get(role)
        if cat:
            F[cat].add((org, nm))
            for alt in p.get("alt_orgs") or []:
                ALT.setdefault(cat, {})[(alt, nm)] = (org, nm)
        if role in ("member", "deputy") and p.get("chair"):
            F["chair_flags"].add((org, nm))
    for s in rec.get("absent") or []:
        F["absent"].add(s)
    for a in rec.get("agenda") or []:
        n = str(a.get("number"))
        F["agenda"].add((n, str(a.get("parent")) if a.get("parent") is not None else None))
        if a.get("title") is not None:
            F["titles"].add((n, text(a.get("title"))))
        F["sponsors"].add((n, tuple(sorted(a.get("sponsors") or []))))
        for x in a.get("attachments") or []:
            F["attachment_refs"].add((n, str(x)))
        r = a.get("resolution")
        if r:
            if r.get("preamble"):
                F["preambles"].add((n, text(r["preamble"])))
            for c in r.get("clauses") or []:
                F["clauses"].add((n, str(c.get("number")), text(c.get("text"))))
                for it in c.get("items") or []:
                    F["clause_items"].add((n, str(c.get("number")), it.get("label"), text(it.get("text"))))
        v = a.get("vote")
        if v == "ignore":
            ignore_votes.add(n)
        elif v:
            F["outcomes"].add((n, v.get("outcome")))
            if v.get("unanimous") is not None:
                F["unanimity"].add((n, bool(v["unanimous"])))
            if v.get("debate") is not None:
                F["debate"].add((n, bool(v["debate"])))
            pos = v.get("positions")
            if pos:
                for s in STATES:
                    if s in pos:
                        F["positions"].add((n, s, pos[s]))
        for note in a.get("notes") or []:
            F["notes"].add((n, note.get("org")))
            F["note_texts"].add((n, note.get("org"), text(note.get("text"))))
        for am in a.get("amendments") or []:
            for c in am.get("clauses") or []:
                F["amendments"].add((n, str(c), am.get("action")))
    for ch in rec.get("agenda_changes") or []:
        F["agenda_changes"].add((str(ch.get("number")), ch.get("change")))
    for x in rec.get("attachments") or []:
        F["attachments"].add((str(x.get("number")), text(x.get("title"))))
    return F, ALT, ignore_votes


def compare(gold, pred):
    G, ALT, ignore = facts(gold)
    P, _, _ = facts(pred)
    # Votes on items the gold leaves open are neither right nor wrong.
    for cat in ("outcomes", "unanimity", "debate", "positions"):
        P[cat] = {x for x in P[cat] if x[0] not in ignore}
    # Where gold keeps no positions (the text does not say them), predicted ones are not scored.
    scored_pos_tops = {x[0] for x in G["positions"]}
    P["positions"] = {x for x in P["positions"] if x[0] in scored_pos_tops}
    # Titles the gold leaves open are not scored.
    open_titles = {str(a.get("number")) for a in gold.get("agenda") or [] if a.get("title") is None}
    P["titles"] = {x for x in P["titles"] if x[0] not in open_titles}
    out = {}
    misses = {}
    for cat in G:
        g, p = set(G[cat]), set(P[cat])
        alts = ALT.get(cat, {})
        p = {alts.get(x, x) if alts.get(x, x) in g and x not in g else x for x in p}
        tp = len(g & p)
        out[cat] = (tp, len(p), len(g))
        misses[cat] = (sorted(map(repr, g - p)), sorted(map(repr, p - g)))
    return out, misses


def prf(tp, np_, ng):
    p = tp / np_ if np_ else (1.0 if ng == 0 else 0.0)
    r = tp / ng if ng else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    opts = {}
    for i, a in enumerate(argv):
        if a.startswith("--"):
            opts[a] = argv[i + 1] if i + 1 < len(argv) and not argv[i + 1].startswith("--") and a != "--json" else True
    gold_dir, export_dir = Path(args[0]), Path(args[1])
    show = int(opts.get("--show", 0) or 0)
    exports = {}
    for f in sorted(export_dir.rglob("*.json")):
        try:
            rec = json.loads(f.read_text(encoding="utf-8"))
        except Exception:
            continue
        if not isinstance(rec, dict):
            continue
        d = rec.get("document") or {}
        if d.get("source"):
            exports[Path(d["source"]).stem] = rec
        if d.get("sha256"):
            exports[d["sha256"]] = rec
    totals = {}
    per_doc = {}
    missing = []
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pred = exports.get(gf.stem) or exports.get((gold.get("document") or {}).get("sha256"))
        if pred is None:
            missing.append(gf.stem)
            pred = {}
        res, misses = compare(gold, pred)
        per_doc[gf.stem] = (res, misses)
        for cat, (tp, np_, ng) in res.items():
            t = totals.setdefault(cat, [0, 0, 0])
            t[0] += tp; t[1] += np_; t[2] += ng
    # Core score: the mean over core categories, so that no category (the 16
    # positions of every vote, say) outweighs the others.
    scored = [prf(*totals[c]) for c in CORE if c in totals and totals[c][1] + totals[c][2] > 0]
    cp, cr, cf = (sum(x[i] for x in scored) / len(scored) if scored else 0.0 for i in range(3))
    if "--json" in opts:
        print(json.dumps({"core": {"p": cp, "r": cr, "f1": cf}, "missing": missing,
                          "categories": {c: dict(zip(("tp", "pred", "gold"), v)) for c, v in totals.items()}}, indent=1))
    else:
        if missing:
            print(f"no export for: {', '.join(missing)}")
        print(f"{'category':16} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold")
        for group, cats in (("core", CORE), ("stretch", STRETCH)):
            print(f"-- {group}")
            for c in cats:
                if c in totals and totals[c][2] + totals[c][1] > 0:
                    p, r, f = prf(*totals[c])
                    print(f"{c:16} {p:6.3f} {r:6.3f} {f:6.3f}   {totals[c][0]}/{totals[c][1]}/{totals[c][2]}")
        if show:
            for stem, (res, misses) in per_doc.items():
                for c, (fn, fp) in misses.items():
                    for x in fn[:show]:
                        print(f"MISS {stem} {c} {x[:220]}")
                    for x in fp[:show]:
                        print(f"EXTRA {stem} {c} {x[:220]}")
        print(f"core F1 {cf:.3f} (P {cp:.3f} R {cr:.3f})")
    if "--min-core" in opts and cf < float(opts["--min-core"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
