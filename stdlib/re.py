"""Support for regular expressions (Python 2.7's re), on PCRE2.

The native _pcre module compiles patterns (translating the few spots where
2.7's syntax differs from PCRE2's) and finds matches; this file holds 2.7's
API and its exact iteration rules: findall, finditer, sub and split walk the
string as 2.7's _sre does (after an empty match the next search starts one
character later), sub skips an empty match adjacent to the previous match,
and split never splits on an empty match.
"""

import sys
import _pcre

__all__ = ["match", "search", "sub", "subn", "split", "findall",
           "compile", "purge", "template", "escape", "I", "L", "M", "S", "X",
           "U", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "error"]

__version__ = "2.2.1"

I = IGNORECASE = 2
L = LOCALE = 4
U = UNICODE = 32
M = MULTILINE = 8
S = DOTALL = 16
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128

error = _pcre.error

_MAXINT = sys.maxint


class MatchObject(object):
    """The result of a successful match (2.7's _sre.SRE_Match)."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, (int, long)):
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        try:
            return self.re.groupindex[g]
        except (KeyError, TypeError):
            raise IndexError("no such group")

    def _group(self, i):
        s = self._spans[2 * i]
        if s < 0:
            return None
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple([self._group(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        result = []
        for i in range(1, self.re.groups + 1):
            v = self._group(i)
            result.append(default if v is None else v)
        return tuple(result)

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re._names:
            v = self._group(i)
            d[name] = default if v is None else v
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1])
                      for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        # The group that closed last: the matched group ending furthest
        # right, the outermost one on a tie.
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            s = self._spans[2 * i]
            if s < 0:
                continue
            e = self._spans[2 * i + 1]
            if e > best_end:
                best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == i:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, self, _compile_template(self.re, template))


class RegexObject(object):
    """A compiled regular expression (2.7's _sre.SRE_Pattern)."""

    def __init__(self, pattern, flags):
        self._code = _pcre.compile(pattern, flags)
        self.pattern = pattern
        self.flags = self._code.flags
        self.groups = self._code.groups
        self.groupindex = self._code.groupindex
        self._names = self.groupindex.items()

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, basestring):
            raise TypeError("expected string or buffer")
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        return pos, endpos

    def match(self, string, pos=0, endpos=_MAXINT):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = self._code.search(string, pos, endpos, True)
        if spans is None:
            return None
        return MatchObject(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXINT):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = self._code.search(string, pos, endpos, False)
        if spans is None:
            return None
        return MatchObject(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXINT):
        pos, endpos = self._bounds(string, pos, endpos)
        result = []
        ngroups = self.groups
        for spans in self._code.scan(string, pos, endpos):
            if ngroups == 0:
                result.append(string[spans[0]:spans[1]])
            elif ngroups == 1:
                s = spans[2]
                result.append(string[s:spans[3]] if s >= 0 else string[:0])
            else:
                item = []
                for i in range(1, ngroups + 1):
                    s = spans[2 * i]
                    item.append(string[s:spans[2 * i + 1]] if s >= 0 else string[:0])
                result.append(tuple(item))
        return result

    def finditer(self, string, pos=0, endpos=_MAXINT):
        pos, endpos = self._bounds(string, pos, endpos)
        return iter([MatchObject(self, string, pos, endpos, spans)
                     for spans in self._code.scan(string, pos, endpos)])

    def _subx(self, repl, string, count):
        if callable(repl):
            fn = repl
            template = None
        else:
            fn = None
            template = _compile_template(self, repl)
        pieces = []
        i = 0
        n = 0
        for spans in self._code.scan(string, 0, len(string)):
            if count and n >= count:
                break
            b, e = spans[0], spans[1]
            if i < b:
                pieces.append(string[i:b])
            if not (i == b and i == e and n > 0):
                m = MatchObject(self, string, 0, len(string), spans)
                if fn is not None:
                    r = fn(m)
                    if r:
                        pieces.append(r)
                else:
                    pieces.append(_expand(self, m, template))
                n += 1
            i = e
        pieces.append(string[i:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        if not isinstance(string, basestring):
            raise TypeError("expected string or buffer")
        result = []
        last = 0
        n = 0
        ngroups = self.groups
        for spans in self._code.scan(string, 0, len(string)):
            if maxsplit and n >= maxsplit:
                break
            b, e = spans[0], spans[1]
            if b == e:
                continue
            result.append(string[last:b])
            for i in range(1, ngroups + 1):
                s = spans[2 * i]
                result.append(string[s:spans[2 * i + 1]] if s >= 0 else None)
            n += 1
            last = e
        result.append(string[last:])
        return result

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates (2.7's sre_parse.parse_template) ----

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIG = '0123456789'


def _isname(name):
    if not name or not (name[0] == '_' or name[0].isalpha()):
        return False
    for c in name[1:]:
        if not (c == '_' or c.isalnum()):
            return False
    return True


def _compile_template(pattern, template):
    # -> list of items: literal strings, or ints (group indexes)
    items = []
    lit = []
    i = 0
    n = len(template)
    empty = template[:0]
    while i < n:
        c = template[i]
        if c != '\\' or i + 1 >= n:
            lit.append(c)
            i += 1
            continue
        d = template[i + 1]
        i += 2
        if d == 'g':
            name = ''
            if i < n and template[i] == '<':
                j = template.find('>', i + 1)
                if j < 0:
                    raise error("unterminated group name")
                name = template[i + 1:j]
                i = j + 1
            if not name:
                raise error("missing group name")
            try:
                index = int(name)
                if index < 0:
                    raise error("negative group number")
            except ValueError:
                if not _isname(name):
                    raise error("bad character in group name")
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name")
            if index > pattern.groups:
                raise error("invalid group reference")
            if lit:
                items.append(empty.join(lit))
                lit = []
            items.append(index)
        elif d == '0':
            digits = d
            if i < n and template[i] in _OCT:
                digits += template[i]
                i += 1
                if i < n and template[i] in _OCT:
                    digits += template[i]
                    i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif d in _DIG:
            digits = d
            isoctal = False
            if i < n and template[i] in _DIG:
                digits += template[i]
                i += 1
                if (d in _OCT and digits[1] in _OCT and i < n and
                        template[i] in _OCT):
                    digits += template[i]
                    i += 1
                    isoctal = True
                    lit.append(chr(int(digits, 8) & 0xff))
            if not isoctal:
                index = int(digits)
                if index > pattern.groups:
                    raise error("invalid group reference")
                if lit:
                    items.append(empty.join(lit))
                    lit = []
                items.append(index)
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
        else:
            lit.append('\\' + d)
    if lit:
        items.append(empty.join(lit))
    return items


def _expand(pattern, m, items):
    out = []
    for item in items:
        if isinstance(item, int):
            s = m._group(item)
            if s is None:
                raise error("unmatched group")
            out.append(s)
        else:
            out.append(item)
    return m.string[:0].join(out)


# ---- module-level functions ----

_cache = {}
_MAXCACHE = 100


def _compile(pattern, flags):
    if isinstance(pattern, RegexObject):
        if flags:
            raise ValueError('Cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, basestring):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    p = RegexObject(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)

_alphanum = frozenset("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def escape(pattern):
    s = list(pattern)
    alphanum = _alphanum
    for i in range(len(s)):
        c = s[i]
        if c not in alphanum:
            if c == "\000":
                s[i] = "\\000"
            else:
                s[i] = "\\" + c
    return pattern[:0].join(s)
