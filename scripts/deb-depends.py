#!/usr/bin/env python3
"""scripts/deb-depends.py — check the hand-written Depends of the .deb (cmake/LogTriagePackaging.cmake).

    scripts/deb-depends.py build-release/bin/logtriage build-release/bin/logtriage-cli

What dpkg-shlibdeps does, for a sysroot without dpkg-dev: for every dynamic symbol the
binaries import, find the Debian package and minimum version in the sysroot's
/var/lib/dpkg/info/*.symbols (C++ entries are matched demangled), fall back to *.shlibs for
libraries without a symbols file, and print the resulting Depends line. Runs on the host
(needs objdump and c++filt from binutils); LT_SYSROOT points at the sysroot.
"""
import os
import re
import subprocess
import sys

SYSROOT = os.environ.get('LT_SYSROOT', '/var/cache/logtriage/sysroot-trixie')
INFO = os.path.join(SYSROOT, 'var/lib/dpkg/info')


def version_key(v):
    return [int(x) if x.isdigit() else x for x in re.split(r'[.:~+-]', v) if x]


def needed_libraries(binary):
    out = subprocess.run(['objdump', '-p', binary], capture_output=True, text=True, check=True).stdout
    return re.findall(r'^\s*NEEDED\s+(\S+)', out, re.M)


def owners():
    """soname -> (package, symbols-file or None, shlibs dependency)"""
    result = {}
    for name in os.listdir(INFO):
        if not name.endswith('.shlibs'):
            continue
        base = name[:-len('.shlibs')]
        symbols = os.path.join(INFO, base + '.symbols')
        for line in open(os.path.join(INFO, name)):
            parts = line.split(None, 2)
            if len(parts) == 3 and not line.startswith(('udeb:', '#')):
                soname = f'{parts[0]}.so.{parts[1]}'
                result.setdefault(soname, (base.split(':')[0], symbols if os.path.exists(symbols) else None,
                                           parts[2].strip()))
    return result


def symbol_table(path):
    table = {}
    for line in open(path):
        m = re.match(r'\s+(\([^)]*\))?"?(.*?)"?\s+(\S+)(\s+\d+)?\s*$', line)
        if line.startswith(' ') and m:
            table.setdefault(m.group(2), m.group(3))
    return table


def imported_symbols(binary):
    out = subprocess.run(['objdump', '-T', binary], capture_output=True, text=True, check=True).stdout
    symbols = [(p[-1], p[-2].strip('()')) for p in (l.split() for l in out.splitlines() if '*UND*' in l)]
    demangled = subprocess.run(['c++filt'], input='\n'.join(s for s, _ in symbols),
                               capture_output=True, text=True, check=True).stdout.splitlines()
    return [(s, d, v) for (s, v), d in zip(symbols, demangled)]


def main(binaries):
    libs = owners()
    depends = {}
    for binary in binaries:
        sonames = needed_libraries(binary)
        tables = {so: symbol_table(libs[so][1]) for so in sonames if so in libs and libs[so][1]}
        for so in sonames:
            if so not in libs:
                sys.exit(f'{binary}: no installed package provides {so}')
            package, symbols, shlibs = libs[so]
            if not symbols:   # no symbols file: the shlibs line is the dependency
                depends.setdefault(package, shlibs)
        for name, pretty, version in imported_symbols(binary):
            for so, table in tables.items():
                minver = table.get(f'{name}@{version}') or table.get(f'{pretty}@{version}')
                if minver:
                    package = libs[so][0]
                    current = depends.get(package)
                    if current is None or version_key(minver) > version_key(current.split('>= ')[-1].rstrip(')')):
                        depends[package] = f'{package} (>= {minver})'
                    break
        for so in sonames:   # a library used only through unversioned symbols still counts
            package = libs[so][0]
            depends.setdefault(package, package)
    print(', '.join(depends[p] for p in sorted(depends)))


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
