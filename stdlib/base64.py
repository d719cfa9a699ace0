"""base64 (Python 2.7): Base16, Base32 and Base64 encodings (RFC 3548).

Base64 and Base16 lean on binascii; Base32 is done here, five bytes (one
40-bit number) to eight characters at a time. Decoding errors are raised
as TypeError with 2.7's texts ("Incorrect padding", "Non-base32 digit
found"); encodestring/decodestring and encode/decode use binascii's
76-character lines and let binascii.Error through, as 2.7 does.
"""

import binascii
from string import maketrans as _maketrans

__all__ = [
    'encode', 'decode', 'encodestring', 'decodestring',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

EMPTYSTRING = ''

MAXLINESIZE = 76                         # characters per encoded line
MAXBINSIZE = (MAXLINESIZE // 4) * 3      # input bytes per encoded line


# ---- Base64 ----

def _alt(altchars):
    # 2.7's maketrans reads its arguments as character buffers: unicode
    # goes through the default (ascii) encoding.
    altchars = altchars[:2]
    if isinstance(altchars, unicode):
        altchars = str(altchars)
    return altchars


def b64encode(s, altchars=None):
    """Base64-encodes s; altchars (2 characters) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        return encoded.translate(_maketrans('+/', _alt(altchars)))
    return encoded


def b64decode(s, altchars=None):
    """Decodes Base64; characters outside the alphabet are ignored."""
    if altchars is not None:
        s = s.translate(_maketrans(_alt(altchars), '+/'))
    try:
        return binascii.a2b_base64(s)
    except binascii.Error as err:
        raise TypeError(err)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_to_urlsafe = _maketrans('+/', '-_')
_from_urlsafe = _maketrans('-_', '+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    return b64decode(s.translate(_from_urlsafe))


# ---- Base32 ----

_B32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_VALUES = dict((c, i) for i, c in enumerate(_B32_ALPHABET))

# Input bytes in the last group -> '=' characters that end the output.
_B32_PAD_FOR_LEFTOVER = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# '=' characters at the end -> bytes the last group decodes to.
_B32_BYTES_FOR_PAD = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}


def b32encode(s):
    """Base32-encodes s, padding the output to a multiple of 8 with '='."""
    leftover = len(s) % 5
    if isinstance(s, unicode):
        s = str(s)
    chars = []
    for start in xrange(0, len(s), 5):
        group = s[start:start + 5]
        n = 0
        for c in group:
            n = (n << 8) | ord(c)
        n <<= 8 * (5 - len(group))
        for shift in xrange(35, -1, -5):
            chars.append(_B32_ALPHABET[(n >> shift) & 31])
    pad = _B32_PAD_FOR_LEFTOVER[leftover]
    if pad:
        del chars[-pad:]
        chars.append('=' * pad)
    return EMPTYSTRING.join(chars)


def b32decode(s, casefold=False, map01=None):
    """Decodes Base32. casefold accepts lower case; map01 says which letter
    a digit 1 stands for (0 is always read as the letter O)."""
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    if map01:
        s = s.translate(_maketrans('01', 'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip('=')
    padchars = len(s) - len(body)
    out = []
    n = 0
    count = 0
    for c in body:
        value = _B32_VALUES.get(c)
        if value is None:
            raise TypeError('Non-base32 digit found')
        n = (n << 5) | value
        count += 1
        if count == 8:
            out.append(_int_bytes(n, 5))
            n = 0
            count = 0
    if padchars not in _B32_BYTES_FOR_PAD:
        raise TypeError('Incorrect padding')
    if count:
        n <<= 5 * (8 - count)
        out.append(_int_bytes(n, 5)[:_B32_BYTES_FOR_PAD[padchars]])
    return EMPTYSTRING.join(out)


def _int_bytes(n, size):
    return ''.join([chr((n >> (8 * i)) & 0xff)
                    for i in xrange(size - 1, -1, -1)])


# ---- Base16 ----

_HEX_UPPER = frozenset('0123456789ABCDEF')


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decodes upper-case hex (any case with casefold)."""
    if casefold:
        s = s.upper()
    if isinstance(s, (bytearray, buffer)):
        text = str(s)
    elif isinstance(s, basestring):
        text = s
    else:
        raise TypeError('expected string or buffer')
    for c in text:
        if c not in _HEX_UPPER:
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- MIME-style line interfaces ----

def encode(input, output):
    """Encodes file `input` into file `output`, 76 characters per line."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        # A short read is not the end: fill the line before encoding it.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decodes file `input` line by line into file `output`."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Base64 of s in lines of at most 76 characters, each ending in '\\n'."""
    return ''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in xrange(0, len(s), MAXBINSIZE)])


def decodestring(s):
    return binascii.a2b_base64(s)
