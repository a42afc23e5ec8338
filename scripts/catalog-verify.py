#!/usr/bin/env python3
"""Check resources/catalog/*.json against Windows SDK headers.

Every name and alias that a header defines must have the catalog entry's value
(Win32-keyed entries may also match their HRESULT_FROM_WIN32 form). Names no header
knows are listed; they must come from the document cited in the file's "sources".

Headers: the MinGW-w64 copies (Debian package mingw-w64-common) by default, or
--include DIR. Usage: scripts/catalog-verify.py [--include DIR] [--strict]
Exit status 1 on a mismatch (and, with --strict, on names no header defines)."""
import argparse, glob, json, os, re, sys

HEADERS = ['winerror.h', 'ntstatus.h', 'winhttp.h', 'wininet.h', 'wuerror.h', 'winsock2.h', 'corerror.h', 'setupapi.h', 'bitsmsg.h', 'winnt.h']

# Where the MinGW copy of a header disagrees with Microsoft's documentation, the catalog
# follows Microsoft; each case is listed here with the reason.
KNOWN_HEADER_ERRATA = {
    'WU_E_REDIRECTOR_UNEXPECTED': 'MinGW wuerror.h has 0x802450FF; Microsoft\'s WU error reference has '
                                  '0x80245FFF, like every other WU_E_*_UNEXPECTED (0x8024xFFF)',
}
DEFINE = re.compile(r'^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*(?://.*|/\*.*)?$')


def load_defines(include):
    raw = {}
    for h in HEADERS:
        path = os.path.join(include, h)
        if not os.path.exists(path):
            continue
        with open(path, encoding='latin-1') as f:
            for line in f:
                m = DEFINE.match(line)
                if m and m.group(1) not in raw:
                    raw[m.group(1)] = m.group(2)
    return raw


def evaluate(name, raw, cache, depth=0):
    if name in cache:
        return cache[name]
    if name not in raw or depth > 20:
        return None
    expr = raw[name]
    expr = re.sub(r'__MSABI_LONG|_HRESULT_TYPEDEF_|_NDIS_ERROR_TYPEDEF_|\(\s*(?:HRESULT|NTSTATUS|DWORD|LONG|SCODE|int|long)\s*\)', '', expr)
    m = re.fullmatch(r'\s*\(*\s*HRESULT_FROM_WIN32\s*\(\s*([A-Za-z0-9_]+)\s*\)\s*\)*\s*', expr)
    if m:
        inner = evaluate(m.group(1), raw, cache, depth + 1) if not m.group(1)[0].isdigit() else int(m.group(1).rstrip('lLuU'), 0)
        value = None if inner is None else (inner if inner == 0 else (inner & 0xFFFF) | 0x80070000)
        cache[name] = value
        return value
    tokens = re.findall(r'0[xX][0-9A-Fa-f]+[lLuU]*|\d+[lLuU]*|[A-Za-z_][A-Za-z0-9_]*|[()+\-|<>*]+|\S', expr)
    out = []
    for t in tokens:
        if re.fullmatch(r'0[xX][0-9A-Fa-f]+[lLuU]*|\d+[lLuU]*', t):
            out.append(str(int(t.rstrip('lLuU'), 0)))
        elif re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', t):
            v = evaluate(t, raw, cache, depth + 1)
            if v is None:
                cache[name] = None
                return None
            out.append(str(v))
        elif re.fullmatch(r'[()+\-|<>*]+', t):
            out.append(t)
        else:
            cache[name] = None
            return None
    try:
        value = eval(' '.join(out), {'__builtins__': {}}) & 0xFFFFFFFF
    except Exception:
        value = None
    cache[name] = value
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--include', default='/usr/share/mingw-w64/include')
    ap.add_argument('--strict', action='store_true')
    ap.add_argument('--catalog', default=os.path.join(os.path.dirname(__file__), '..', 'resources', 'catalog'))
    args = ap.parse_args()
    raw = load_defines(args.include)
    if not raw:
        sys.exit(f'no headers under {args.include} (apt-get install mingw-w64-common)')
    cache = {}
    mismatches, unknown, checked = [], [], 0
    for path in sorted(glob.glob(os.path.join(args.catalog, '*.json'))):
        doc = json.load(open(path, encoding='utf-8'))
        for e in doc['entries']:
            code = int(e['code'], 16)
            names = ([e['name']] if e.get('name') else []) + e.get('aliases', [])
            for n in names:
                v = evaluate(n, raw, cache)
                if v is None:
                    unknown.append(f"{os.path.basename(path)}: {n} = 0x{code:08X}")
                    continue
                checked += 1
                ok = (v == code
                      or (code <= 0xFFFF and code != 0 and v == (0x80070000 | code))      # HRESULT_FROM_WIN32
                      or ((v & 0xFFFF0000) == 0xE0000000 and code == (0x800F0000 | (v & 0xFFFF))))  # HRESULT_FROM_SETUPAPI
                if not ok and n in KNOWN_HEADER_ERRATA:
                    print(f'known erratum: {n}: {KNOWN_HEADER_ERRATA[n]}')
                elif not ok:
                    mismatches.append(f"{os.path.basename(path)}: {n}: catalog 0x{code:08X}, header 0x{v:08X}")
    print(f'{checked} names checked against headers, {len(mismatches)} mismatches, {len(unknown)} not in headers')
    for m in mismatches:
        print('MISMATCH', m)
    for u in unknown:
        print('not in headers:', u)
    sys.exit(1 if mismatches or (args.strict and unknown) else 0)


if __name__ == '__main__':
    main()
