"""quopri (Python 2.7): quoted-printable encoding (RFC 1521).

2.7 uses binascii's a2b_qp/b2a_qp whenever they exist, as they do here,
so the file and string functions are thin wrappers; the per-character
helpers (needsquoting, quote, ishex, unhex) are kept for callers.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = '='
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = ''


def needsquoting(c, quotetabs, header):
    """Whether character c must be written as =XX."""
    if c in ' \t':
        return quotetabs
    if c == '_':
        return header
    return c == ESCAPE or not (' ' <= c <= '~')


def quote(c):
    """The =XX form of character c."""
    n = ord(c)
    return ESCAPE + HEX[n // 16] + HEX[n % 16]


def encode(input, output, quotetabs, header=0):
    """Encodes file `input` into file `output`."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=0, header=0):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=0):
    """Decodes file `input` into file `output`."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=0):
    return a2b_qp(s, header=header)


def ishex(c):
    return '0' <= c <= '9' or 'a' <= c <= 'f' or 'A' <= c <= 'F'


def unhex(s):
    """The value of the hex digits at the start of s."""
    value = 0
    for c in s:
        if not ishex(c):
            break
        value = value * 16 + int(c, 16)
    return value
