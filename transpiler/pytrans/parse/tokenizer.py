# SPDX-License-Identifier: Apache-2.0
"""Python 2.7 tokenizer.

Source bytes are first turned into a *latin-1 view*: a str in which each
character stands for one byte of the text that CPython 2.7's own tokenizer
sees. For sources without a coding cookie, or with a utf-8 / latin-1 cookie,
that is the file's bytes unchanged; for any other declared encoding, 2.7
re-encodes the source into UTF-8 first, and so do we. Working on that view
gives 2.7's col_offset (a byte offset) for free, and the bytes of a str
literal are recovered exactly by encoding its characters back to latin-1.

Tokens are tuples ``(type, value, lineno, col)``; ``type`` is one of the
module constants below. OP tokens carry the operator text as value; keywords
are NAME tokens (the parser knows which names are keywords). A STRING token's
value is ``(prefix, body, buffer_first_line, start_col, end_offset)`` and it
is positioned as 2.7 positions it: a string that spans lines gets the line
where it ENDS and col -1 (an artefact of 2.7's tokenizer we reproduce).

The stream ends as 2.7's tokenizer plus parsetok() end it: DEDENTs, an extra
NEWLINE, ENDMARKER (EOF tokens carry the value 'EOF', so that an error there
is reported as 2.7 reports errors at the end of input). A tokenizer error
does not raise: it ends the list with an ERRORTOKEN, raised when the parser
gets there, because 2.7 tokenizes lazily and an earlier parse error wins.

Error offsets follow 2.7's arithmetic: they count from the start of its line
buffer, which stays at the first line of a string spanning lines until the
next line is read (Source.line_bases), and are converted back to the
declared encoding (Source.restore_offset).
"""

import codecs
import re

from .errors import SyntaxError27

NAME = 'NAME'
NUMBER = 'NUMBER'
STRING = 'STRING'
OP = 'OP'
NEWLINE = 'NEWLINE'
INDENT = 'INDENT'
DEDENT = 'DEDENT'
ENDMARKER = 'ENDMARKER'
ERRORTOKEN = 'ERRORTOKEN'  # value: the SyntaxError27 to raise when the parser gets here

TABSIZE = 8

_OPERATORS = [
    '**=', '//=', '>>=', '<<=',
    '<>', '!=', '==', '<=', '>=', '**', '//', '<<', '>>', '+=', '-=', '*=',
    '/=', '%=', '&=', '|=', '^=',
    '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']',
    '{', '}', ',', ':', '.', ';', '@', '=', '`',
]

# One regex for everything that can follow whitespace inside a line. Strings
# come before names (so that ur'' is not the name `ur`), numbers before
# operators (so that .5 is not '.').
_TOKEN_RE = re.compile(r'''[ \t\f]*(?:
  (?P<str>(?:[uU][rR]?|[bB][rR]?|[rR])?(?:\'\'\'|"""|'|"))
| (?P<name>[A-Za-z_][A-Za-z0-9_]*)
| (?P<num>
      0[xX][0-9a-fA-F]*[lL]?
    | 0[oO][0-7]*[lL]?
    | 0[bB][01]*[lL]?
    | (?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE](?:[+-][0-9]*|[0-9]+))?[jJ]?
    | [0-9]+[eE](?:[+-][0-9]*|[0-9]+)[jJ]?
    | [0-9]+[jJlL]?
  )
| (?P<op>%s)
| (?P<comment>\#[^\n]*)
| (?P<cont>\\\n)
| (?P<nl>\n)
)''' % '|'.join(re.escape(op) for op in _OPERATORS), re.VERBOSE)

_WS_RE = re.compile(r'[ \t\f]*')

# String bodies, from just after the opening quote to just after the closing
# one. A backslash escapes any character, newline included.
_STRING_END = {
    "'": re.compile(r"[^\n'\\]*(?:\\.[^\n'\\]*)*'", re.S),
    '"': re.compile(r'[^\n"\\]*(?:\\.[^\n"\\]*)*"', re.S),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''", re.S),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""', re.S),
}

_CODING_RE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)


def _normal_encoding(name):
    """2.7's get_normal_name(): utf-8 and latin-1 spellings collapse."""
    s = name[:12].lower().replace('_', '-')
    if s == 'utf-8' or s.startswith('utf-8-'):
        return 'utf-8'
    if s in ('latin-1', 'iso-8859-1', 'iso-latin-1') or s.startswith(
            ('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


class Source(object):
    """The decoded view of one file, plus what 2.7 knows about its encoding.

    ``encoding`` is None (no cookie, no BOM), 'utf-8', 'iso-8859-1', or a
    codec name whose text was translated into UTF-8 (``translated`` True).
    """

    def __init__(self, data, filename, file_mode=False):
        self.filename = filename
        self.file_mode = file_mode  # 2.7 reading a file, not ast.parse(string)
        encoding = None
        if data.startswith(b'\xef\xbb\xbf'):
            data = data[3:]
            encoding = 'utf-8'
        # 2.7's translate_newlines(): \r\n and \r become \n, and a final
        # \r\n leaves an extra empty line behind (a 2.7 bug we keep).
        # (Reading a file uses universal newlines instead, without the bug.)
        extra = data.endswith(b'\r\n') and not file_mode
        # (2.7's file reader sees an extra empty line after a final '\n')
        self.ended_with_newline = data.endswith(b'\n')
        data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        if extra:
            data += b'\n'
        cookie = None
        lines = data.split(b'\n', 2)
        for i, line in enumerate(lines[:2]):
            if file_mode:
                line = line.split(b'\x00', 1)[0]  # (a C string, see below)
            m = _CODING_RE.match(line.decode('latin-1'))
            if m:
                cookie = m.group(1)
                break
            if line.lstrip(b' \t\f')[:1] not in (b'#', b''):
                break  # 2.7 stops looking after a line with code
        if file_mode and b'\x00' in data:
            # 2.7's file reader keeps C strings: a NUL ends the line there and
            # swallows its newline, joining it with the next line -- except
            # at the very start of a line, which then reads as an empty line
            data = re.sub(b'(?m)^\x00[^\n]*', b'', data)
            data = re.sub(b'\x00[^\n]*\n?', b'', data)
            if not data.endswith(b'\n'):
                self.ended_with_newline = False
        self.translated = False
        self.file_error = None  # file mode: error 2.7's reader raises at some line
        self.string_spans = []  # (first, last) lines of strings spanning lines
        if file_mode and cookie is not None and i == 1 and not lines[0].isascii():
            # line 1 was read (and found non-ASCII) before the cookie on line 2
            self.file_error = 'non-ascii'
        self.line_bases = {}  # lineno -> (offset base, first line), see tokenize()
        if cookie is not None:
            norm = _normal_encoding(cookie)
            # 2.7 reports encoding problems at line 0, offset 0.
            if encoding == 'utf-8' and norm != 'utf-8':
                raise SyntaxError27('SyntaxError', 'encoding problem: %s with BOM' % norm,
                                    filename, i + 1 if file_mode else 0, 0, None, 1)
            if norm not in ('utf-8', 'iso-8859-1'):
                try:
                    info = codecs.lookup(norm)
                except LookupError:
                    info = None
                lname = norm.lower().replace('-', '_')
                if lname in ('rot13', 'rot_13'):
                    # a text codec in 2.7 (a str-to-str one in Python 3)
                    data = codecs.decode(data.decode('latin-1'), 'rot13').encode('latin-1')
                    info = codecs.lookup('latin-1')
                    norm = 'latin-1'
                elif lname == 'string_escape' or (
                        info is not None and not getattr(info, '_is_text_encoding', True)):
                    # 2.7's bytes-to-bytes codecs (string-escape, hex, ...)
                    if file_mode:
                        # the reader fails on the first line after the cookie
                        rest = data.split(b'\n', i + 1)[i + 1:]
                        if rest and rest[0]:
                            self.file_error = SyntaxError27(
                                'SyntaxError', 'codec did not return a unicode object',
                                filename, i + 2, 0, None, 1)
                            data = b'\n'.join(data.split(b'\n')[:i + 1]) + b'\n'
                        info = codecs.lookup('latin-1')
                        norm = 'latin-1'
                    else:
                        if info is not None:
                            try:
                                codecs.decode(data, norm)
                            except Exception as e:  # noqa: BLE001 - any codec failure
                                raise SyntaxError27('SyntaxError', str(e.__cause__ or e),
                                                    filename, 0, 0, None, 1)
                        raise SyntaxError27(
                            'SyntaxError',
                            'decoder did not return an unicode object (type=str)',
                            filename, 0, 0, None, 1)
                if info is None:
                    if file_mode:
                        raise SyntaxError27('SyntaxError', 'encoding problem: %s' % cookie,
                                            filename, i + 1, 0, None, 1)
                    raise SyntaxError27('SyntaxError', 'unknown encoding: %s' % cookie,
                                        filename, 0, 0, None, 1)
                if file_mode:
                    # 2.7's file reader decodes line by line after the cookie
                    # line and stops at the first bad one (an earlier syntax
                    # error still wins).
                    self.ended_with_newline = False  # (no extra line then)
                    head = data.split(b'\n', i + 1)
                    rest = head.pop() if len(head) > i + 1 else b''
                    text, err = _read_like_27(rest, norm)
                    if err is not None:
                        lineno = i + 2 + text.count('\n')
                        self.file_error = SyntaxError27(
                            'SyntaxError', _py2_codec_names(str(err)), filename, lineno, 0,
                            None, 1)
                    data = b'\n'.join(head) + b'\n' + text.encode('utf-8', 'surrogatepass')
                else:
                    try:
                        if codecs.lookup(norm).name == 'utf-8':  # e.g. 'utf8'
                            data = decode_utf8_27(data, strict=True).encode(
                                'utf-8', 'surrogatepass')
                        else:
                            data = data.decode(norm).encode('utf-8')
                    except UnicodeError as e:
                        raise SyntaxError27('SyntaxError', _py2_codec_names(str(e)),
                                            filename, 0, 0, None, 1)
                self.translated = True
            encoding = norm
        self.encoding = encoding
        self.text = data.decode('latin-1')
        if not self.text.endswith('\n'):
            self.text += '\n'

    def restore_offset(self, line, offset):
        """2.7's PyTokenizer_RestoreEncoding(): an error offset counted in
        the declared encoding, after a round trip through UTF-8 ('replace')."""
        if self.encoding is None or not line or offset is None or offset <= 1:
            return offset
        prefix = line[:offset - 1]
        if prefix.isascii():
            return offset
        text = decode_utf8_27(prefix.encode('latin-1'))
        if self.encoding == 'utf-8' or (self.translated and
                                        codecs.lookup(self.encoding).name == 'utf-8'):
            return 1 + len(text.encode('utf-8', 'surrogatepass'))
        return 1 + len(text.encode(self.encoding, 'replace'))

    def line(self, lineno):
        """Line `lineno` (1-based) of the latin-1 view, with its newline."""
        if not hasattr(self, '_starts'):
            starts = [0]
            find = self.text.find
            i = find('\n')
            while i >= 0:
                starts.append(i + 1)
                i = find('\n', i + 1)
            self._starts = starts
        starts = self._starts
        if 1 <= lineno < len(starts):
            return self.text[starts[lineno - 1]:starts[lineno]]
        return None

    def text_lines(self):
        """The source as real text lines (for error carets and tracebacks)."""
        if self.encoding in ('utf-8',) or self.translated:
            text = self.text.encode('latin-1').decode('utf-8', 'replace')
        elif self.encoding is None and not self.text.isascii():
            # no declaration: show UTF-8 text as such if it is UTF-8
            try:
                text = self.text.encode('latin-1').decode('utf-8')
            except UnicodeDecodeError:
                text = self.text
        else:
            text = self.text
        return text.splitlines(True)


def decode_utf8_27(data, strict=False):
    """bytes.decode('utf-8', 'replace' or 'strict') as 2.7 does it: lone
    surrogates (ED A0..BF xx) are valid, and an invalid sequence is replaced
    by one U+FFFD covering its lead byte and the continuation bytes that
    follow it (at most length-1 of them, length-2 for an overlong or
    out-of-range lead) -- Python 3 treats those byte by byte. With strict,
    the first invalid sequence raises UnicodeDecodeError with 2.7's span and
    reason."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c < 0x80:
            out.append(chr(c))
            i += 1
            continue
        need = 2 if 0xc2 <= c <= 0xdf else 3 if 0xe0 <= c <= 0xef else (
            4 if 0xf0 <= c <= 0xf4 else 0)
        if need == 0:
            span, reason = 1, 'invalid start byte'
        else:
            cont = 0
            while cont < need - 1 and i + 1 + cont < n and 0x80 <= data[i + 1 + cont] <= 0xbf:
                cont += 1
            second = data[i + 1] if i + 1 < n else 0
            bad_range = ((c == 0xe0 and second < 0xa0) or (c == 0xf0 and second < 0x90)
                         or (c == 0xf4 and second > 0x8f))
            if cont == need - 1 and not bad_range:
                out.append(data[i:i + need].decode('utf-8', 'surrogatepass'))
                i += need
                continue
            span = 1 + min(cont, need - 2 if bad_range else need - 1)
            reason = ('unexpected end of data' if i + need > n
                      else 'invalid continuation byte')
        if strict:
            raise UnicodeDecodeError('utf-8', bytes(data), i, i + span, reason)
        out.append('\ufffd')
        i += span
    return ''.join(out)


def _utf8_stream_decode_27(data, errors='strict'):
    """2.7's codecs.utf_8_decode(data, errors, final=False)."""
    try:
        return decode_utf8_27(data, strict=True), len(data)
    except UnicodeDecodeError as e:
        if e.reason == 'unexpected end of data':  # (checked first in 2.7)
            return decode_utf8_27(data[:e.start], strict=True), e.start
        raise


def _read_like_27(data, encoding):
    """Decode `data` (the file after the cookie line) as 2.7's file reader
    does: codecs.StreamReader(encoding).readline() until the end or the first
    UnicodeDecodeError. Returns (text read, error or None).

    The reader decodes in chunks of 72 bytes and more, so an undecodable
    byte stops it some lines before that byte, and the error's position is
    relative to the chunk; this replays 2.7's codecs.py logic exactly (for
    codecs whose reader is the generic StreamReader, e.g. utf8 spelled so,
    or single-byte codecs; others are decoded line by line).
    """
    cls = codecs.getreader(encoding)
    if not (issubclass(cls, codecs.StreamReader)
            and cls.read is codecs.StreamReader.read
            and cls.readline is codecs.StreamReader.readline):
        out = []
        for line in data.splitlines(True):
            try:
                out.append(line.decode(encoding))
            except UnicodeDecodeError as e:
                return ''.join(out), e
        return ''.join(out), None
    decode = cls(None).decode
    if codecs.lookup(encoding).name == 'utf-8':
        decode = _utf8_stream_decode_27
    st = {'pos': 0, 'bytes': b'', 'chars': '', 'lines': None}

    def read(size=-1, chars=-1, firstline=False):
        if st['lines']:
            st['chars'] = ''.join(st['lines'])
            st['lines'] = None
        while True:
            if chars >= 0:
                if len(st['chars']) >= chars:
                    break
            elif size >= 0:
                if len(st['chars']) >= size:
                    break
            n = len(data) if size < 0 else size
            newdata = data[st['pos']:st['pos'] + n]
            st['pos'] += len(newdata)
            chunk = st['bytes'] + newdata
            try:
                newchars, decoded = decode(chunk, 'strict')
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, decoded = decode(chunk[:exc.start], 'strict')
                if len(newchars.splitlines(True)) <= 1:
                    raise
            st['bytes'] = chunk[decoded:]
            st['chars'] += newchars
            if not newdata:
                break
        if chars < 0:
            result, st['chars'] = st['chars'], ''
        else:
            result, st['chars'] = st['chars'][:chars], st['chars'][chars:]
        return result

    def readline():
        if st['lines']:
            line = st['lines'].pop(0)
            if len(st['lines']) == 1:
                st['chars'] = st['lines'][0]
                st['lines'] = None
            return line
        readsize = 72
        line = ''
        while True:
            got = read(readsize, firstline=True)
            if got and got.endswith('\r'):
                got += read(size=1, chars=1)
            line += got
            lines = line.splitlines(True)
            if lines:
                if len(lines) > 1:
                    line = lines.pop(0)
                    if len(lines) > 1:
                        lines[-1] += st['chars']
                        st['lines'] = lines
                        st['chars'] = ''
                    else:
                        st['chars'] = lines[0] + st['chars']
                    break
                if lines[0] != lines[0].splitlines(False)[0]:
                    st['chars'] = ''.join(lines[1:]) + st['chars']
                    line = lines[0]
                    break
            if not got:
                break
            if readsize < 8000:
                readsize *= 2
        return line

    out = []
    while True:
        try:
            line = readline()
        except UnicodeDecodeError as e:
            return ''.join(out), e
        if not line:
            return ''.join(out), None
        out.append(line)


def _py2_codec_names(msg):
    for py3, py2 in (("'utf-8'", "'utf8'"), ("'utf-16-le'", "'utf16'"),
                     ("'utf-16-be'", "'utf16'"), ("'utf-32-le'", "'utf32'"),
                     ("'utf-32-be'", "'utf32'")):
        msg = msg.replace(py3, py2)  # 2.7's codec names
    return msg


def bad_number_end(s):
    """0, or where 2.7's tokenizer stops reading the invalid number `s`."""
    c = s[:2].lower()
    if c in ('0x', '0o', '0b'):
        if not s[2:].rstrip('lL'):
            return 2
        return 0
    low = s.lower()
    e = low.find('e')
    if e >= 0:
        if low[e + 1:e + 2] in ('+', '-') and not low[e + 2:e + 3].isdigit():
            return e + 2
    elif '.' not in s and s[-1] not in 'jJ':
        digits = s.rstrip('lL')
        if len(digits) > 1 and digits[0] == '0' and ('8' in digits or '9' in digits):
            return len(digits)
    return 0


def tokenize(src):
    """Return the list of tokens of `src` (a Source).

    An error ends the list with an ERRORTOKEN instead of raising: 2.7 reads
    tokens lazily, so a syntax error the parser finds earlier must win.
    """
    toks = []
    try:
        _tokenize(src, toks)
    except SyntaxError27 as e:
        toks.append((ERRORTOKEN, e, e.lineno, 0))
    return toks


def _tokenize(src, toks):
    text = src.text
    filename = src.filename
    append = toks.append
    token_match = _TOKEN_RE.match
    ws_match = _WS_RE.match
    pos = 0
    end = len(text)
    lineno = 1
    line_start = 0
    indents = [0]
    depth = 0
    at_line_start = True
    blankline = False

    def error(msg, lno, col, kind='SyntaxError', offset=None, text_line=None):
        line = src.line(lno) if text_line is None else text_line
        base = src.line_bases.get(lno)
        if base is not None and text_line is None:
            offset = (col + 1 if offset is None else offset) + base[0]
            line = ''.join(src.line(k) for k in range(base[1], lno + 1))
        if offset is None:
            offset = col + 1
        own = src.line(lno) or ''
        cli_col = offset - (len(line) - len(own)) if line and line.endswith(own) else offset
        raise SyntaxError27(kind, msg, filename, lno, src.restore_offset(line, offset), line,
                            max(cli_col, 1))

    while True:
        if at_line_start:
            at_line_start = False
            # Measure indentation: tabs to the next multiple of 8, form feed
            # resets (2.7 counts a \f as column 0).
            col = 0
            p = pos
            while p < end:
                c = text[p]
                if c == ' ':
                    col += 1
                elif c == '\t':
                    col = (col // TABSIZE + 1) * TABSIZE
                elif c == '\f':
                    col = 0
                else:
                    break
                p += 1
            c = text[p] if p < end else ''
            pos = p
            if c == '':
                at_line_start = True  # input ended at a line start
                break
            # 2.7: a line whose first non-blank is '#' or the newline is
            # blank (no NEWLINE, no indentation); '\\' does NOT make it blank.
            blankline = c == '#' or c == '\n'
            if not blankline and not depth:
                # (2.7 raises TabError for inconsistent tabs only under
                # -tt, so mixed tabs and spaces are accepted here too.)
                if col == indents[-1]:
                    pass
                elif col > indents[-1]:
                    if len(indents) >= 100:  # 2.7's MAXINDENT
                        line = src.line(lineno)
                        error('too many levels of indentation', lineno, 0,
                              'IndentationError', offset=len(line))
                    indents.append(col)
                    append((INDENT, '', lineno, p - line_start))
                else:
                    if col not in indents:
                        line = src.line(lineno)
                        error('unindent does not match any outer indentation level',
                              lineno, 0, 'IndentationError',
                              offset=len(line.rstrip('\n')) + 1 if line else None)
                    while indents[-1] > col:
                        indents.pop()
                        append((DEDENT, '', lineno, p - line_start))

        if pos >= end:
            break
        m = token_match(text, pos)
        if m is None:
            pos = ws_match(text, pos).end()
            if pos >= end:
                break
            if text[pos] == '\\':
                line = src.line(lineno)
                error('unexpected character after line continuation character',
                      lineno, 0, offset=len(line.rstrip('\n')) + 1)
            error('invalid syntax', lineno, pos - line_start)
        kind = m.lastgroup
        start = m.start(kind)
        pos = m.end()
        if kind == 'name':
            append((NAME, text[start:pos], lineno, start - line_start))
        elif kind == 'op':
            op = text[start:pos]
            if op in '([{':
                depth += 1
            elif op in ')]}':
                if depth:
                    depth -= 1
            append((OP, op, lineno, start - line_start))
        elif kind == 'nl':
            if depth == 0 and not blankline:
                append((NEWLINE, '', lineno, start - line_start))
            lineno += 1
            line_start = pos
            at_line_start = True
        elif kind == 'str':
            quote = text[start:pos]
            q = quote.lstrip('uUbBrR')
            prefix = quote[:len(quote) - len(q)]
            sm = _STRING_END[q].match(text, pos)
            if sm is None:
                if len(q) == 3:
                    n_lines = text.count('\n', start) - 1
                    src.string_spans.append((lineno, lineno + n_lines + 1))
                    base = src.line_bases.get(lineno)
                    line = text[line_start - (base[0] if base else 0):]
                    if src.file_mode:
                        # 2.7's file reader sees one more (empty) line after
                        # a final newline, and counts the line at EOF too
                        n_lines += 1
                        if src.ended_with_newline:
                            n_lines += 1
                            line += '\n'
                    error('EOF while scanning triple-quoted string literal',
                          lineno + n_lines, 0, offset=len(line), text_line=line)
                # EOL: find the end of the (possibly backslash-continued) line.
                p = pos
                while True:
                    nl = text.find('\n', p)
                    k = nl - 1
                    nb = 0
                    while k >= pos and text[k] == '\\':
                        nb += 1
                        k -= 1
                    if nb % 2 == 1 and nl + 1 < end:
                        p = nl + 1
                        continue
                    break
                chunk = text[line_start:nl + 1]
                err_line = lineno + chunk.count('\n') - 1
                off = nl - line_start
                if nl + 1 >= end and nb % 2 == 1:
                    # a backslash-newline ran into the end of the input:
                    # 2.7 points past the newline (and, reading a file, at
                    # the extra empty line its reader sees)
                    off += 1
                    if src.file_mode and src.ended_with_newline:
                        err_line += 1
                        chunk += '\n'
                base = src.line_bases.get(lineno)
                if base is not None:
                    off += base[0]
                    chunk = text[line_start - base[0]:nl + 1]
                error('EOL while scanning string literal', err_line,
                      0, offset=off, text_line=chunk)
            body_end = sm.end()
            body = text[pos:body_end - len(q)]
            nls = body.count('\n')
            if nls:
                src.string_spans.append((lineno, lineno + nls))
                start_col = start - line_start
                first_line_start = line_start
                first_lineno = lineno
                prev = src.line_bases.get(lineno)
                if prev is not None:
                    # the buffer already started on an earlier line
                    first_line_start -= prev[0]
                    first_lineno = prev[1]
                lineno += nls
                line_start = text.rfind('\n', 0, body_end) + 1
                # 2.7 keeps measuring offsets on this line from the string's
                # first line (its buffer starts there until the next line).
                src.line_bases[lineno] = (line_start - first_line_start, first_lineno)
                # 2.7 measures an error offset here from the first line's start.
                append((STRING, (prefix, body, first_lineno, start_col,
                                 body_end - first_line_start), lineno, -1))
            else:
                append((STRING, (prefix, body, lineno, start - line_start,
                                 body_end - line_start), lineno,
                        start - line_start))
            pos = body_end
        elif kind == 'num':
            s = text[start:pos]
            # '1abc' is NUMBER NAME in 2.7 (the parser rejects it); '09',
            # '0x' and '1e+' are invalid tokens.
            if s[0] == '0' or '+' in s or '-' in s:
                bad = bad_number_end(s)
                if bad == len(s) and text[pos] in 'eE':
                    bad = 0  # 2.7 quirk: '09e' reads as NUMBER '09', then a name
                if bad:
                    error('invalid token', lineno, 0, offset=start - line_start + bad)
            append((NUMBER, s, lineno, start - line_start))
        elif kind == 'comment':
            pass
        else:  # cont
            lineno += 1
            line_start = pos
    # End of input, as 2.7's tokenizer + parsetok() see it: dedents if the
    # input ends at a line start outside brackets, then (unless nothing but
    # blank lines came) ENDMARKER turned into an extra NEWLINE (flagged 'EOF':
    # an error there is reported as an EOF error), the remaining dedents.
    if at_line_start and depth == 0:
        for _ in indents[1:]:
            append((DEDENT, 'EOF', lineno, 0))
        del indents[1:]
    if toks:
        append((NEWLINE, 'EOF', lineno, 0))
        for _ in indents[1:]:
            append((DEDENT, 'EOF', lineno, 0))
    append((ENDMARKER, '', lineno, 0))
    return toks
