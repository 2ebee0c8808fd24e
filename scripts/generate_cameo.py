#!/usr/bin/env python3
"""Regenerate ``dictionaries/cameo.yaml`` from the GDELT CAMEO lookup tables.

Not needed at runtime: eventcoder reads the YAML file this script writes.

Inputs
  * GDELT ``CAMEO.eventcodes.txt``   (code -> name; CAMEO 1.1b3 as distributed with GDELT)
  * GDELT ``CAMEO.goldsteinscale.txt`` (code -> Goldstein value)
  * GDELT ``CAMEO.type.txt``          (actor role / type codes -> label)
  * GDELT ``CAMEO.knowngroup.txt``    (known-group codes -> label)
  * the CAMEO -> PLOVER table below (``PLOVER``), written for eventcoder from the definitions in
    the PLOVER manual (2021: event categories, modes and contexts). It is our own reading of the
    manual, not a copy of any published CAMEO->PLOVER table.

Usage
  python scripts/generate_cameo.py [--gdelt DIR] [-o dictionaries/cameo.yaml]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_GDELT = "/work/shared/reference/gdelt-lookups"

# ---------------------------------------------------------------------------------------------
# Repairs of the GDELT event-code table (applied to names only; documented in the YAML header).
# ---------------------------------------------------------------------------------------------
NAME_FIXES = {
    "033": "Express intent to provide material aid, not specified below",  # typo "matyerial"
    "044": "Meet at a 'third' location",  # mojibake quotes in the GDELT file
}
# Labels where GDELT's table differs from the CAMEO 1.1b3 manual. GDELT's label is kept (the
# gold set and GDELT data use it); the manual's label goes into a comment.
MANUAL_LABELS = {
    "101": "Demand material cooperation, not specified below",
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
}

QUAD_CLASSES = [
    (1, "Verbal Cooperation", ["01", "02", "03", "04", "05"]),
    (2, "Material Cooperation", ["06", "07", "08"]),
    (3, "Verbal Conflict", ["09", "10", "11", "12", "13"]),
    (4, "Material Conflict", ["14", "15", "16", "17", "18", "19", "20"]),
]

# ---------------------------------------------------------------------------------------------
# CAMEO -> PLOVER, written from the PLOVER manual (event categories of the 2021 manual:
# AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST
# SANCTION MOBILIZE COERCE ASSAULT; modes from each category's mode table; contexts from the
# general context table). Each value is (event, mode, context); None leaves the field out.
# A code missing here (and not covered by a shorter prefix rule) gets no PLOVER mapping.
# Lookup: exact code first, then the 3-digit parent, then the root.
# ---------------------------------------------------------------------------------------------
E = None  # readability: "no mode" / "no context"

PLOVER: dict[str, tuple[str, str | None, str | None]] = {
    # 01 MAKE PUBLIC STATEMENT: the manual drops plain statements. We keep two that the manual
    # itself names as reasonable exceptions, and expressions of accord/empathy as SUPPORT
    # ("express support for, commend, approve").
    "016": ("REJECT", E, E),  # deny responsibility
    "018": ("SUPPORT", E, E),  # empathetic comment (condolences, sympathy)
    "019": ("SUPPORT", E, E),  # express accord
    # 02 APPEAL -> REQUEST (the 2021 REQUEST covers requests, demands and orders)
    "02": ("REQUEST", E, E),
    "021": ("REQUEST", "assist", E),
    "0211": ("REQUEST", "assist", "economic"),
    "0212": ("REQUEST", "assist", "military"),
    "0213": ("REQUEST", "assist", "legal"),
    "0214": ("REQUEST", "assist", "intelligence"),
    "022": ("REQUEST", "assist", "diplomatic"),
    "023": ("REQUEST", "assist", E),
    "0231": ("REQUEST", "assist", "economic"),
    "0232": ("REQUEST", "assist", "military"),
    "0233": ("REQUEST", "assist", "human_security"),
    "0234": ("REQUEST", "assist", "peacekeeping"),
    "024": ("REQUEST", "change", E),
    "0241": ("REQUEST", "change", "executive"),
    "0242": ("REQUEST", "change", E),
    "0243": ("REQUEST", "change", "rights_freedoms"),
    "0244": ("REQUEST", "change", "political_institutions"),
    "025": ("REQUEST", "yield", E),
    "0251": ("REQUEST", "yield", "rights_freedoms"),
    "0252": ("REQUEST", "yield", E),
    "0253": ("REQUEST", "yield", E),
    "0254": ("REQUEST", "yield", "economic"),
    "0255": ("REQUEST", "yield", E),
    "0256": ("REQUEST", "yield", "military"),
    "026": ("REQUEST", "meet", E),
    "027": ("REQUEST", "meet", E),
    "028": ("REQUEST", "meet", E),
    # 03 EXPRESS INTENT TO COOPERATE -> AGREE; future concessions/retreats stay CONCEDE
    "03": ("AGREE", E, E),
    "0311": ("AGREE", E, "economic"),
    "0312": ("AGREE", E, "military"),
    "0313": ("AGREE", E, "legal"),
    "0314": ("AGREE", E, "intelligence"),
    "032": ("AGREE", E, "diplomatic"),
    "0331": ("AGREE", E, "economic"),
    "0332": ("AGREE", E, "military"),
    "0333": ("AGREE", E, "human_security"),
    "0334": ("AGREE", E, "peacekeeping"),
    "0341": ("AGREE", E, "executive"),
    "0343": ("AGREE", E, "rights_freedoms"),
    "0344": ("AGREE", E, "political_institutions"),
    "035": ("CONCEDE", E, E),  # manual: announced future retreats/concessions are CONCEDE
    "0351": ("CONCEDE", E, "rights_freedoms"),
    "0354": ("CONCEDE", E, "economic"),
    "0356": ("CONCEDE", E, "military"),
    # 04 CONSULT
    "04": ("CONSULT", E, E),
    "041": ("CONSULT", "phone", E),
    "042": ("CONSULT", "visit", E),
    "043": ("CONSULT", "visit", E),  # host side of a visit
    "044": ("CONSULT", "third-party", E),
    "045": ("CONSULT", "third-party", E),  # mediation: a third party brings the sides together
    # 05 ENGAGE IN DIPLOMATIC COOPERATION -> SUPPORT; apologies are CONCEDE (regret, remorse)
    "05": ("SUPPORT", E, E),
    "054": ("SUPPORT", E, "diplomatic"),
    "055": ("CONCEDE", E, E),
    # 06 ENGAGE IN MATERIAL COOPERATION -> COOPERATE
    "06": ("COOPERATE", E, E),
    "061": ("COOPERATE", E, "economic"),
    "062": ("COOPERATE", E, "military"),
    "063": ("COOPERATE", E, "legal"),
    "064": ("COOPERATE", E, "intelligence"),
    # 07 PROVIDE AID -> AID
    "07": ("AID", E, E),
    "071": ("AID", E, "economic"),
    "072": ("AID", E, "military"),
    "073": ("AID", E, "human_security"),
    "074": ("AID", E, "peacekeeping"),
    "075": ("AID", E, "asylum"),
    # 08 YIELD: verbal concessions -> CONCEDE; material ones -> RETREAT (resignations RETREAT)
    "08": ("CONCEDE", E, E),
    "081": ("CONCEDE", E, E),
    "0811": ("CONCEDE", E, "rights_freedoms"),
    "0812": ("CONCEDE", E, "political_institutions"),
    "0813": ("CONCEDE", E, "rights_freedoms"),
    "0814": ("CONCEDE", E, "political_institutions"),
    "0831": ("RETREAT", "resign", "executive"),
    "0833": ("CONCEDE", E, "rights_freedoms"),
    "0834": ("CONCEDE", E, "political_institutions"),
    "084": ("RETREAT", "release", E),
    "0842": ("RETREAT", E, E),  # return of property: the manual has no active mode for it
    "085": ("RETREAT", E, "economic"),
    "086": ("RETREAT", "access", E),
    "0861": ("RETREAT", "access", "peacekeeping"),
    "0863": ("RETREAT", "access", "human_security"),
    "087": ("RETREAT", E, "military"),
    "0871": ("RETREAT", "ceasefire", "military"),
    "0873": ("RETREAT", "disarm", "military"),
    "0874": ("RETREAT", "withdraw", "military"),
    # 09 INVESTIGATE -> ACCUSE, mode investigate
    "09": ("ACCUSE", "investigate", E),
    "091": ("ACCUSE", "investigate", "crime"),
    "092": ("ACCUSE", "investigate", "human_rights"),
    "093": ("ACCUSE", "investigate", "military"),
    "094": ("ACCUSE", "investigate", "legal"),
    # 10 DEMAND -> REQUEST (labels as in GDELT's table)
    "10": ("REQUEST", E, E),
    "101": ("REQUEST", "assist", E),
    "1011": ("REQUEST", "assist", "economic"),
    "1012": ("REQUEST", "assist", "military"),
    "1013": ("REQUEST", "assist", "legal"),
    "1014": ("REQUEST", "assist", "intelligence"),
    "102": ("REQUEST", "assist", "diplomatic"),
    "103": ("REQUEST", "assist", E),
    "1031": ("REQUEST", "assist", "economic"),
    "1032": ("REQUEST", "assist", "military"),
    "1033": ("REQUEST", "assist", "human_security"),
    "1034": ("REQUEST", "assist", "peacekeeping"),
    "104": ("REQUEST", "change", E),
    "1041": ("REQUEST", "change", "executive"),
    "1043": ("REQUEST", "change", "rights_freedoms"),
    "1044": ("REQUEST", "change", "political_institutions"),
    "105": ("REQUEST", "yield", E),
    "1051": ("REQUEST", "yield", "rights_freedoms"),
    "1054": ("REQUEST", "yield", "economic"),
    "1056": ("REQUEST", "yield", "military"),
    "106": ("REQUEST", "yield", "military"),  # GDELT: demand withdrawal
    "107": ("REQUEST", "yield", "military"),  # GDELT: demand ceasefire
    "108": ("REQUEST", "meet", E),  # GDELT: demand meeting, negotiation
    # 11 DISAPPROVE -> ACCUSE; court verdicts -> SANCTION convict
    "11": ("ACCUSE", "disapprove", E),
    "112": ("ACCUSE", "allege", E),
    "1121": ("ACCUSE", "allege", "crime"),
    "1122": ("ACCUSE", "allege", "human_rights"),
    "1123": ("ACCUSE", "allege", "military"),
    "1124": ("ACCUSE", "allege", "legal"),
    "1125": ("ACCUSE", "allege", "intelligence"),
    "115": ("ACCUSE", "allege", "legal"),
    "116": ("SANCTION", "convict", "legal"),
    # 12 REJECT
    "12": ("REJECT", E, E),
    "121": ("REJECT", "assist", E),
    "1211": ("REJECT", "assist", "economic"),
    "1212": ("REJECT", "assist", "military"),
    "122": ("REJECT", "assist", E),
    "1221": ("REJECT", "assist", "economic"),
    "1222": ("REJECT", "assist", "military"),
    "1223": ("REJECT", "assist", "human_security"),
    "1224": ("REJECT", "assist", "peacekeeping"),
    "123": ("REJECT", "change", E),
    "1231": ("REJECT", "change", "executive"),
    "1233": ("REJECT", "change", "rights_freedoms"),
    "1234": ("REJECT", "change", "political_institutions"),
    "124": ("REJECT", "yield", E),
    "1241": ("REJECT", "yield", "rights_freedoms"),
    "1244": ("REJECT", "yield", "economic"),
    "1246": ("REJECT", "yield", "military"),
    "125": ("REJECT", "meet", E),
    "126": ("REJECT", "meet", E),
    "129": ("REJECT", E, "legislative"),
    # 13 THREATEN
    "13": ("THREATEN", E, E),
    "1311": ("THREATEN", E, "economic"),
    "1312": ("THREATEN", "restrict", "economic"),
    "1313": ("THREATEN", "relations", "diplomatic"),
    "132": ("THREATEN", "restrict", E),
    "1321": ("THREATEN", "restrict", "rights_freedoms"),
    "1322": ("THREATEN", "restrict", "political_institutions"),
    "133": ("THREATEN", "restrict", E),  # threaten strikes, boycotts, protests
    "134": ("THREATEN", "relations", E),
    "135": ("THREATEN", "relations", E),
    "136": ("THREATEN", "expel", E),
    "137": ("THREATEN", "arrest", "repression"),
    "138": ("THREATEN", "violence", "military"),
    "1381": ("THREATEN", "restrict", "military"),
    "1382": ("THREATEN", "territory", "territory"),
    "1383": ("THREATEN", "violence", E),
    "1385": ("THREATEN", "violence", "cbrn"),
    # 14 PROTEST
    "14": ("PROTEST", E, E),
    "141": ("PROTEST", "demo", E),
    "142": ("PROTEST", "hunger", E),
    "143": ("PROTEST", "strike", E),
    "144": ("PROTEST", "obstruct", E),
    "145": ("PROTEST", "riot", E),
    # 15 EXHIBIT FORCE POSTURE -> MOBILIZE
    "15": ("MOBILIZE", E, E),
    "151": ("MOBILIZE", "police", E),
    "152": ("MOBILIZE", "troops", "military"),
    "153": ("MOBILIZE", "police", E),
    "154": ("MOBILIZE", "troops", "military"),
    # 16 REDUCE RELATIONS -> SANCTION
    "16": ("SANCTION", E, E),
    "161": ("SANCTION", "discontinue", "diplomatic"),
    "162": ("SANCTION", "withdraw", E),
    "1621": ("SANCTION", "withdraw", "economic"),
    "1622": ("SANCTION", "withdraw", "military"),
    "1623": ("SANCTION", "withdraw", "human_security"),
    "163": ("SANCTION", "discontinue", "economic"),
    "164": ("SANCTION", "discontinue", E),
    "165": ("SANCTION", "withdraw", E),
    "166": ("SANCTION", "expel", E),
    "1661": ("SANCTION", "expel", "peacekeeping"),
    # 17 COERCE
    "17": ("COERCE", E, E),
    "171": ("COERCE", "seize", E),
    "1712": ("COERCE", E, E),  # destroy property (listed under COERCE in the summary)
    "172": ("COERCE", "restrict", E),
    "1721": ("COERCE", "restrict", "rights_freedoms"),
    "1722": ("COERCE", "restrict", "political_institutions"),
    "1723": ("COERCE", "curfew", E),
    "1724": ("COERCE", "martial-law", E),
    "173": ("COERCE", "arrest", E),
    "174": ("COERCE", "deport", E),
    "175": ("ASSAULT", "crowd-control", "repression"),
    # 18 ASSAULT
    "18": ("ASSAULT", E, E),
    "181": ("ASSAULT", "abduct", E),
    "182": ("ASSAULT", "beat", E),
    "1821": ("ASSAULT", "sexual", E),
    "1822": ("ASSAULT", "torture", E),
    "183": ("ASSAULT", "explosives", E),
    "1831": ("ASSAULT", "suicide-attack", E),
    "185": ("ASSAULT", "targeted", E),
    "186": ("ASSAULT", "targeted", E),
    # 19 FIGHT -> ASSAULT (blockade is a restriction of movement -> COERCE restrict)
    "19": ("ASSAULT", E, "military"),
    "191": ("COERCE", "restrict", "military"),
    "192": ("ASSAULT", E, "territory"),
    "193": ("ASSAULT", "firearms", "military"),
    "194": ("ASSAULT", "heavy-weapons", "military"),
    "195": ("ASSAULT", "aerial", "military"),
    # 20 UNCONVENTIONAL MASS VIOLENCE -> ASSAULT (mass expulsion -> COERCE deport)
    "20": ("ASSAULT", E, E),
    "201": ("COERCE", "deport", "territory"),
    "202": ("ASSAULT", "targeted", E),
    "203": ("ASSAULT", "targeted", "religion_ethnicity"),
    "204": ("ASSAULT", "unconventional", "cbrn"),
}

# Codes that must stay unmapped even though a shorter prefix has a rule.
PLOVER_NONE: set[str] = set()

# CAMEO international region codes (CAMEO 1.1b3 actor codebook, region table), used as the
# second element of IGO / NGO / IMG codes (IGOWSTNAT, IGOEUREEC, IGOAFRAFU, IGOWLDIMF).
REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
    "CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe",
    "EIN": "East Indies", "EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe",
    "LAM": "Latin America", "MEA": "Middle East", "MDT": "Mediterranean",
    "NAF": "North Africa", "NMR": "North America", "PGS": "Persian Gulf",
    "SCN": "Scandinavia", "SAM": "South America", "SAS": "South Asia",
    "SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa",
    "WST": "The West", "WLD": "World (global organisations)",
}

# Group codes used by eventcoder's organisation/armed-group files that the GDELT known-group
# table lacks.
EXTRA_GROUPS = {
    "AFU": "African Union",
    "ISI": "Islamic State",
    "MUS": "Muslim (religion code used in IMGMUSISI)",
}

# Roles eventcoder uses that are not in GDELT's CAMEO.type.txt.
EXTRA_ROLES = {
    "PTY": "Political Party",
}


def read_table(path: Path) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh):
            line = line.rstrip("\n").rstrip("\r")
            if i == 0 or not line.strip():
                continue
            code, _, label = line.partition("\t")
            rows.append((code.strip(), label.strip()))
    return rows


EMBEDDED = re.compile(r"^(?P<head>.*?)(?P<code>\d{2,4}):\[(?P<g>-?\d+(?:\.\d+)?)\]\s*(?P<name>.+)$")


def load_events(gdelt: Path):
    names: dict[str, str] = {}
    goldstein: dict[str, float] = {}
    for code, label in read_table(gdelt / "CAMEO.eventcodes.txt"):
        m = EMBEDDED.match(label)
        if m:  # a line of GDELT's file holds two records ("...engagement106:[-5.0] Demand withdrawal")
            label = m.group("head").strip()
            names[m.group("code")] = m.group("name").strip()
            goldstein[m.group("code")] = float(m.group("g"))
        names[code] = label
    for code, value in read_table(gdelt / "CAMEO.goldsteinscale.txt"):
        goldstein[code] = float(value)
    for code, fix in NAME_FIXES.items():
        names[code] = fix
    missing = sorted(set(names) ^ set(goldstein))
    if missing:
        sys.exit(f"codes without both a name and a Goldstein value: {missing}")
    return names, goldstein


def pretty_name(code: str, name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    if len(code) == 2 and name.isupper():  # root names are in capitals in GDELT's table
        name = name.capitalize()
    return name


def plover_for(code: str):
    if code in PLOVER_NONE:
        return None
    for key in (code, code[:3], code[:2]):
        if key in PLOVER:
            return PLOVER[key]
    return None


def sort_key(code: str):
    # CAMEO order: root, then its 3-digit codes each followed by their 4-digit children
    return (code[:2], code[:3], code)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(names, goldstein, roles, groups) -> str:
    out = []
    w = out.append
    w("kind: cameo")
    w("# CAMEO 1.1b3 event codes with names, Goldstein values, QuadClass (by root) and a CAMEO -> PLOVER")
    w("# mapping, plus CAMEO actor role, region and known-group codes.")
    w("#")
    w("# GENERATED by scripts/generate_cameo.py: edit the script and regenerate rather than this file.")
    w("# Sources:")
    w("#  * names and Goldstein values: GDELT lookup tables CAMEO.eventcodes.txt and")
    w("#    CAMEO.goldsteinscale.txt (CAMEO 1.1b3 as distributed with GDELT; free for use with citation).")
    w("#    Repairs: GDELT's file joins 1056 and 106 on one line (split here); 033 typo and 044 mojibake")
    w("#    fixed. Where GDELT's label differs from the CAMEO 1.1b3 manual (101, 105-108) GDELT's label")
    w("#    is kept, as in GDELT data and eventcoder's gold set, and the manual's label is in a comment.")
    w("#  * QuadClass: GDELT's numbering by root code.")
    w("#  * plover: written for eventcoder from the PLOVER manual (openeventdata/PLOVER, CC BY-SA 4.0):")
    w("#    2021 event categories, their modes and the general contexts. Our own reading of the manual's")
    w("#    definitions. Choices worth knowing: 01x statements have no PLOVER event (the manual drops")
    w("#    them) except 016 deny -> REJECT and 018/019 -> SUPPORT; 02x appeals and 10x demands ->")
    w("#    REQUEST; 035x intent to yield -> CONCEDE (announced retreats); 055 apologize -> CONCEDE;")
    w("#    081-083 -> CONCEDE but 0831 (resignation) -> RETREAT resign; 084-087 -> RETREAT; 09x ->")
    w("#    ACCUSE investigate; 116 find guilty -> SANCTION convict; 175 -> ASSAULT crowd-control;")
    w("#    191 blockade -> COERCE restrict; 19x/20x -> ASSAULT; 201 mass expulsion -> COERCE deport.")
    w("#  * roles: GDELT CAMEO.type.txt (+ PTY); regions: CAMEO 1.1b3 actor codebook region table")
    w("#    (+ WLD, used for global bodies); groups: GDELT CAMEO.knowngroup.txt (+ AFU, ISI, MUS).")
    w('source: "GDELT lookup tables CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (CAMEO 1.1b3)"')
    w("quad_classes:          # GDELT's QuadClass numbering, by root code")
    for num, name, roots in QUAD_CLASSES:
        w(f"  {num}: {{name: {name}, roots: [{', '.join(q(r) for r in roots)}]}}")
    w("events:")
    for code in sorted(names, key=sort_key):
        if len(code) == 2:
            w(f"  # --- {code} {pretty_name(code, names[code]).upper()} ---")
        parts = [f"name: {q(pretty_name(code, names[code]))}", f"goldstein: {goldstein[code]:.1f}"]
        pl = plover_for(code)
        if pl:
            event, mode, ctx = pl
            sub = [f"event: {event}"]
            if mode:
                sub.append(f"mode: {mode}")
            if ctx:
                sub.append(f"context: {ctx}")
            parts.append("plover: {" + ", ".join(sub) + "}")
        line = f"  {q(code) + ':':8s} {{{', '.join(parts)}}}"
        if code in MANUAL_LABELS:
            line += f"   # CAMEO manual: {MANUAL_LABELS[code]}"
        w(line)
    w("roles:                 # actor role / type codes (second or third element of an actor code)")
    for code, label in roles:
        w(f"  {code}: {q(label)}")
    w("regions:               # international region codes (second element of IGO/NGO/IMG codes)")
    for code, label in REGIONS.items():
        w(f"  {code}: {q(label)}")
    w("groups:                # known-group codes (last element of IGO/NGO/IMG codes: IGOWSTNAT)")
    for code, label in groups:
        w(f"  {code}: {q(label)}")
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gdelt", default=DEFAULT_GDELT, help="folder with GDELT's CAMEO.*.txt lookup tables")
    ap.add_argument("-o", "--output", default=str(Path(__file__).resolve().parent.parent / "dictionaries" / "cameo.yaml"))
    args = ap.parse_args(argv)
    gdelt = Path(args.gdelt)
    names, goldstein = load_events(gdelt)
    roles: dict[str, str] = {}
    for code, label in read_table(gdelt / "CAMEO.type.txt"):
        roles.setdefault(code, label)  # the GDELT table lists UIS twice
    roles.update({k: v for k, v in EXTRA_ROLES.items() if k not in roles})
    groups: dict[str, str] = {}
    for code, label in read_table(gdelt / "CAMEO.knowngroup.txt"):
        label = label.replace("?", "'")
        if code in groups and groups[code] != label:
            # CEM and WTO appear twice in GDELT's table; keep both labels
            if label.rstrip(" )").split(" (")[0] not in groups[code]:
                groups[code] = f"{groups[code]} / {label}"
            continue
        groups.setdefault(code, label)
    groups.update({k: v for k, v in EXTRA_GROUPS.items() if k not in groups})
    text = render(names, goldstein, list(roles.items()), list(groups.items()))
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: {len(names)} event codes, {len(roles)} roles, {len(groups)} groups")


if __name__ == "__main__":
    main()
