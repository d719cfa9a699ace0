# SPDX-License-Identifier: Apache-2.0
"""Deterministic mutations of Python sources, for the robustness tests.

mutations(data, rng, n) yields n mutated copies of `data` (bytes): a token-ish
chunk deleted, duplicated or swapped with its neighbour, random bytes
inserted, a bracket/quote dropped in; or a whole line deleted, duplicated,
swapped, indented or dedented.
"""

import re

_CHUNK = re.compile(rb'[A-Za-z_0-9]+|\s+|.', re.S)
_INTERESTING = [b'(', b')', b'[', b']', b'{', b'}', b':', b',', b'"', b"'", b'"""',
                b'\\', b'\n', b'\t', b' ', b'    ', b'\r', b'#', b'@', b'`', b'lambda',
                b'yield', b'print', b'=', b'.', b'...', b'*', b'**', b'if', b'else',
                b'for', b'in', b'not', b'is', b'0x', b'1e', b'09', b'\x00', b'\xff',
                b'\xc3\xa9', b'u"\\N{', b'"\\x', b'\\\n', b'\f']


def mutate_lines(data, rng):
    lines = data.split(b'\n')
    i = rng.randrange(len(lines))
    kind = rng.randrange(5)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        lines[i] = rng.choice((b' ', b'  ', b'    ', b'\t', b'\f', b'        ')) + lines[i]
    elif kind == 3:
        lines[i] = lines[i][rng.randrange(1, 5):]
    else:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b'\n'.join(lines)


def mutate(data, rng):
    if rng.randrange(4) == 0:
        return mutate_lines(data, rng)
    chunks = _CHUNK.findall(data)
    if not chunks:
        return data + bytes([rng.randrange(256)])
    kind = rng.randrange(7)
    i = rng.randrange(len(chunks))
    if kind == 0:
        del chunks[i]
    elif kind == 1:
        chunks.insert(i, chunks[i])
    elif kind == 2 and i + 1 < len(chunks):
        chunks[i], chunks[i + 1] = chunks[i + 1], chunks[i]
    elif kind == 3:
        chunks.insert(i, bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4))))
    elif kind == 4:
        chunks.insert(i, rng.choice(_INTERESTING))
    elif kind == 5:
        chunks[i] = rng.choice(_INTERESTING)
    else:
        j = rng.randrange(len(chunks))
        chunks[i], chunks[j] = chunks[j], chunks[i]
    return b''.join(chunks)


def mutations(data, rng, n):
    for _ in range(n):
        out = data
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            out = mutate(out, rng)
        yield out
