#!/usr/bin/env python3
"""Writes Sources/TalonConfig/Sections/Devices/EvdevCodeNames.swift from
<linux/input-event-codes.h>, so hall configurations can name key, button and axis codes.
Run from the repository root: python3 hardware/input/gen-evdev-names.py"""
import re

HEADER = '/usr/include/linux/input-event-codes.h'
OUT = 'Sources/TalonConfig/Sections/Devices/EvdevCodeNames.swift'

text = open(HEADER).read()
defs = {}
for m in re.finditer(r'^#define\s+((?:KEY|BTN|ABS)_[A-Z0-9_]+)\s+(\S+)', text, re.M):
    name, val = m.group(1), m.group(2)
    if name.endswith(('_MAX', '_CNT')) or name == 'KEY_RESERVED':
        continue
    try:
        v = int(val, 0)
    except ValueError:
        v = defs.get(val)  # an alias of an earlier name
        if v is None:
            continue
    defs[name] = v
keys = [(n, v) for n, v in defs.items() if n.startswith(('KEY_', 'BTN_'))]
axes = [(n, v) for n, v in defs.items() if n.startswith('ABS_')]


def fmt(items):
    out, line = [], '        '
    for n, v in items:
        s = f'"{n}": {v}, '
        if len(line) + len(s) > 110:
            out.append(line.rstrip())
            line = '        '
        line += s
    out.append(line.rstrip())
    return '\n'.join(out)


open(OUT, 'w').write(f'''// Generated from <linux/input-event-codes.h> (Debian 12, linux-libc-dev) by
// hardware/input/gen-evdev-names.py. Do not edit: run the script again.

/// The names of evdev key, button and absolute-axis codes, so a configuration can
/// write `BTN_0`, `KEY_ENTER` or `ABS_Z` instead of numbers.
enum EvdevCodeNames {{
    /// `KEY_*` and `BTN_*` names (aliases included) → code.
    static let keys: [String: UInt16] = [
{fmt(keys)}
    ]

    /// `ABS_*` names → code.
    static let axes: [String: UInt16] = [
{fmt(axes)}
    ]
}}
''')
print(f'wrote {OUT}: {len(keys)} key names, {len(axes)} axis names')
