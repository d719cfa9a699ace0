# SPDX-License-Identifier: Apache-2.0
"""Values of NUMBER and STRING tokens, decoded exactly as CPython 2.7 does.

Numbers: int within 64 bits, else ast27.Long (so are 5L and big hex); a
minus folded by the parser is part of the literal (-9223372036854775808 is an
int). Strings: a 2.7 str is the source's bytes after escape processing
(codecs.escape_decode is 2.7's PyString_DecodeEscape); a unicode literal goes
through 2.7's own route -- in a UTF-8 source every non-ASCII character first
becomes a \\U%08x escape, then unicode_escape / raw_unicode_escape -- so the
positions in its error messages match 2.7's. Adjacent literals concatenate
like 2.7's parsestrplus(). Errors are ast.c-level (Parser.ast_err).
"""

import codecs
import re
import unicodedata
import warnings

from . import ast27 as A
from .tokenizer import decode_utf8_27

MAXINT = (1 << 63) - 1


def parse_number(s, neg=False):
    """The value 2.7 gives the NUMBER token `s` (with a folded minus if neg)."""
    c = s[-1]
    if c in 'jJ':
        v = float(s[:-1])
        return complex(0.0, -v if neg else v)
    if c in 'lL':
        v = _int_value(s[:-1])
        return A.Long(-v if neg else v)
    if s[:2].lower() != '0x' and ('.' in s or 'e' in s or 'E' in s):
        v = float(s)
        return -v if neg else v
    if len(s) > 1 and s[0] == '0' and s[1] in '0123456789' and ('8' in s or '9' in s):
        v = float(s)  # '09' (accepted before 'e...', see tokenizer): strtod reads it
        return -v if neg else v
    v = _int_value(s)
    if neg:
        v = -v
    if -MAXINT - 1 <= v <= MAXINT:
        return v
    return A.Long(v)


def _int_value(s):
    if len(s) > 1 and s[0] == '0':
        c = s[1]
        if c in 'xX':
            return int(s[2:], 16)
        if c in 'oO':
            return int(s[2:], 8)
        if c in 'bB':
            return int(s[2:], 2)
        return int(s, 8)
    return int(s)


_NONASCII_OR_ESC = re.compile(r'\\[\x00-\x7f]|\\[^\x00-\x7f]|[^\x00-\x7f]', re.S)


def _uesc(m):
    s = m.group()
    if s[0] == '\\':
        if ord(s[1]) < 0x80:
            return s
        return '\\u005c\\U%08x' % ord(s[1])
    return '\\U%08x' % ord(s)


class LiteralsMixin(object):
    """Parser methods that decode literal tokens (mixed into Parser)."""

    def number(self, tok, neg):
        s = tok[1]
        return parse_number(s, neg)

    def decode_strings(self, toks):
        """Value of adjacent string literals; returns (value, all_plain)."""
        values = []
        any_unicode = False
        plain = True
        for tok in toks:
            prefix, body = tok[1][:2]
            p = prefix.lower()
            if 'u' in p:
                is_unicode = True
                plain = False
            elif 'b' in p:
                is_unicode = False
                plain = False
            else:
                is_unicode = self.unicode_literals
            raw = 'r' in p
            try:
                v = self.decode_one(body, is_unicode, raw)
            except UnicodeError as e:
                self.ast_err('(unicode error) %s' % _unicode_error_text(e), toks[0][2])
                v = u'' if is_unicode else b''
            except ValueError as e:
                # 2.7 raises a plain ValueError (no line) for a bad \x in a str.
                self.ast_err(_value_error_text(e), toks[0][2], kind='ValueError')
                v = u'' if is_unicode else b''
            any_unicode = any_unicode or is_unicode
            values.append(v)
        if len(values) == 1:
            return values[0], plain
        if any_unicode:
            # 2.7's parsestrplus(): str + str stays str; str + unicode decodes
            # the str accumulated so far (or the new piece) as ASCII.
            acc = values[0]
            for v in values[1:]:
                if isinstance(acc, bytes) and isinstance(v, bytes):
                    acc += v
                    continue
                try:
                    if isinstance(acc, bytes):
                        acc = acc.decode('ascii')
                    if isinstance(v, bytes):
                        v = v.decode('ascii')
                except UnicodeDecodeError as e:
                    self.ast_err('(unicode error) %s' % _unicode_error_text(e), toks[0][2])
                    return u'', plain
                acc += v
            return acc, plain
        return b''.join(values), plain

    def decode_one(self, body, is_unicode, raw):
        src = self.src
        enc = src.encoding
        if not is_unicode:
            if src.translated:
                text = decode_utf8_27(body.encode('latin-1'), strict=True)
                data = text.encode(enc, 'surrogatepass' if codecs.lookup(enc).name == 'utf-8'
                                   else 'strict')
            else:
                data = body.encode('latin-1')
            if raw or b'\\' not in data:
                return data
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                return codecs.escape_decode(data)[0]
        # unicode literal: real characters first
        if enc == 'utf-8' or src.translated:
            raw_bytes = body.encode('latin-1')
            if raw_bytes.isascii():
                text = body
            else:
                # 2.7 decodes each run of non-ASCII bytes on its own (so the
                # positions in its message are relative to the run), with
                # its own UTF-8 rules (lone surrogates pass)
                text = re.sub(rb'[\x80-\xff]+',
                              lambda m: decode_utf8_27(m.group(), strict=True).encode(
                                  'utf-8', 'surrogatepass'),
                              raw_bytes).decode('utf-8', 'surrogatepass')
        else:
            text = body
        if raw and '\\' not in text:
            return text
        if not raw and '\\' not in text:
            return text
        if enc == 'utf-8' or src.translated:
            # 2.7 turns each non-ASCII char into \U%08x before decoding
            # (error positions count in that buffer).
            if not text.isascii():
                text = _NONASCII_OR_ESC.sub(_uesc, text)
            data = text.encode('ascii')
        else:
            data = text.encode('latin-1')
        if not raw and b'\\N{' in data:
            data = _no_name_aliases(data)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            if raw:
                return codecs.raw_unicode_escape_decode(data)[0]
            return codecs.unicode_escape_decode(data)[0]


_NAMED_ESCAPE = re.compile(rb'(?<!\\)((?:\\\\)*)\\N\{([^}]*)\}')


def _no_name_aliases(data):
    """Python 3's \\N{...} also takes name aliases (Unicode 3.2+ corrections
    and abbreviations); 2.7 does not. Blank out such names so that the decoder
    fails at the very place 2.7's does."""
    def fix(m):
        name = m.group(2).decode('latin-1')
        try:
            ch = unicodedata.lookup(name)
        except KeyError:
            return m.group()
        canonical = unicodedata.name(ch, '')
        if canonical == name.upper() or canonical.startswith(('CJK UNIFIED IDEOGRAPH-',
                                                              'HANGUL SYLLABLE ')):
            return m.group()
        return m.group(1) + b'\\N{' + b'\x7f' * len(m.group(2)) + b'}'
    return _NAMED_ESCAPE.sub(fix, data)


def _unicode_error_text(e):
    s = str(e)
    if isinstance(e, UnicodeDecodeError):
        if e.encoding == 'rawunicodeescape':
            # 2.7 counts from the first backslash of the run, and its
            # reason text has no ' escape'
            start = e.start
            while start > 0 and e.object[start - 1] == 0x5c:
                start -= 1
            reason = e.reason.replace(' escape', '')
            s = "'rawunicodeescape' codec can't decode bytes in position %d-%d: %s" % (
                start, e.end - 1, reason)

    # Python 3 names the codecs like 2.7 except for utf-8 ('utf8' in 2.7).
    return s.replace("'utf-8' codec", "'utf8' codec")


def _value_error_text(e):
    s = str(e)
    if 'invalid \\x escape' in s:
        return 'invalid \\x escape'
    return s
