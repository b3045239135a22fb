"""Makes state-codes.tsv: ISO 3166-1 alpha-3 <-> COW <-> Gleditsch-Ward state codes (see SOURCES.md).

Run once, by hand, with python3 (standard library only):

    python3 make-state-codes.py COUNTRYCODE_DIR STATES_DIR > state-codes.tsv

COUNTRYCODE_DIR is a checkout of github.com/vincentarelbundock/countrycode and STATES_DIR one of
github.com/andybega/states, at the commits SOURCES.md names. Nothing reads this script at run time.
"""
import bz2, csv, gzip, lzma, struct, sys

# The states list runs a state "to the present" with this end date (9999-12-31, in days since 1970).
PRESENT = 2932896.0
# Codes the lists' abbreviations cannot link: COW keeps 345 (Yugoslavia) for Serbia after 2006;
# Kosovo has no ISO 3166 code and dyad (after world-countries) calls it UNK; GW abbreviates
# Kiribati KBI where COW writes KIR.
BY_HAND = {("cow", 345): "SRB", ("cow", 347): "UNK", ("gw", 347): "UNK", ("gw", 970): "KIR"}
# Current GW microstates with no ISO 3166 code of their own: left out.
NO_ISO = {("gw", 396), ("gw", 397)}


def read_rda(path):
    """The objects of an R .rda file (XDR serialization), enough of it for data frames."""
    raw = open(path, "rb").read()
    if raw[:3] == b"BZh":
        raw = bz2.decompress(raw)
    elif raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    elif raw[:5] == b"\xfd7zXZ":
        raw = lzma.decompress(raw)
    assert raw[:7] in (b"RDX2\nX\n", b"RDX3\nX\n"), raw[:7]
    r = _Rds(raw[7:])
    version = r.int()
    r.int(), r.int()
    if version == 3:
        r.take(r.int())
    return r.item()


class _Vec(list):
    def __init__(self, values, attrs):
        super().__init__(values)
        self.attrs = attrs or {}


class _Rds:
    def __init__(self, b):
        self.b, self.p, self.refs = b, 0, []

    def take(self, n):
        self.p += n
        return self.b[self.p - n : self.p]

    def int(self):
        return struct.unpack(">i", self.take(4))[0]

    def item(self):
        flags = self.int()
        kind, attr, tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in (241, 242, 247, 251, 252, 253, 254):  # environments, NULL, missing
            return None
        if kind == 255:  # a reference to a symbol read before
            return self.refs[(flags >> 8 or self.int()) - 1]
        if kind == 1:  # symbol
            sym = ("sym", self.item())
            self.refs.append(sym)
            return sym
        if kind == 2:  # pairlist: attributes, names, an .rda's objects
            if attr:
                self.item()
            key = self.item()[1] if tag else 0
            out = {key: self.item()}
            rest = self.item()
            out.update(rest if isinstance(rest, dict) else {})
            return out
        if kind == 9:  # one string
            n = self.int()
            return None if n == -1 else self.take(n).decode("utf-8")
        n = self.int()
        if kind in (10, 13):  # logical, integer
            values = [self.int() for _ in range(n)]
            values = [None if v == -(2**31) else v for v in values]
        elif kind == 14:  # double
            values = [struct.unpack(">d", self.take(8))[0] for _ in range(n)]
        elif kind in (16, 19):  # character vector, list
            values = [self.item() for _ in range(n)]
        else:
            raise ValueError("R type %d is not read here" % kind)
        return _Vec(values, self.item() if attr else {})


def frame(df):
    names = df.attrs["names"]
    return [dict(zip(names, row)) for row in zip(*df)]


def current(states_dir, name, code):
    rows = frame(read_rda("%s/data/%s.rda" % (states_dir, name))[name])
    return {int(r[code]): r for r in rows if r["end"] == PRESENT}


def main(countrycode_dir, states_dir):
    codelist = list(csv.DictReader(open(countrycode_dir + "/dictionary/codelist_without_cldr.csv", encoding="utf-8")))
    systems = {"cow": current(states_dir, "cowstates", "cowcode"), "gw": current(states_dir, "gwstates", "gwcode")}
    column = {"cow": ("cown", "cowc"), "gw": ("gwn", "gwc")}
    rows = {}
    for c in codelist:
        if c["iso3c"]:
            rows[c["iso3c"]] = {"iso3c": c["iso3c"], "cown": "", "gwn": "", "country_name": c["country.name.en"]}
    for system, states in systems.items():
        num, abbr = column[system]
        other_abbr = column["gw" if system == "cow" else "cow"][1]
        for c in codelist:
            # A code that names no state of the present (the Papal States' 327 for the Vatican,
            # GW's 815 of Vietnam before 1893 for today's Vietnam) is left out.
            if c["iso3c"] and c[num] and int(c[num]) in states:
                rows[c["iso3c"]][num] = c[num]
        carried = {int(r[num]) for r in rows.values() if r[num]}
        for code, state in sorted(states.items()):
            if code in carried or (system, code) in NO_ISO:
                continue
            iso = BY_HAND.get((system, code))
            if iso is None:
                # GW's microstates, GW's Yemen (678) and Vietnam (816) share their abbreviation with
                # the codelist's row in the other system.
                iso = next(c["iso3c"] for c in codelist if c["iso3c"] and c[other_abbr] == state[abbr])
            if iso not in rows:
                rows[iso] = {"iso3c": iso, "cown": "", "gwn": "", "country_name": state["country_name"]}
            assert not rows[iso][num], (system, code, rows[iso])
            rows[iso][num] = str(code)
            print("linked %s %d (%s) to %s" % (system, code, state["country_name"], iso), file=sys.stderr)
    for system, states in systems.items():
        num = column[system][0]
        emitted = [int(r[num]) for r in rows.values() if r[num]]
        assert len(emitted) == len(set(emitted)), system
        missing = set(states) - set(emitted) - {c for s, c in NO_ISO if s == system}
        assert not missing, (system, missing)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["iso3c", "cown", "gwn", "country_name"])
    for iso in sorted(rows):
        r = rows[iso]
        if r["cown"] or r["gwn"]:
            out.writerow([r["iso3c"], r["cown"], r["gwn"], r["country_name"]])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
