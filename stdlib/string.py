"""Common string operations (Python 2.7's string module).

Template is implemented with a small hand-written scanner instead of a
regular expression; it recognises what 2.7's default pattern does ($$,
$identifier, ${identifier}) for any delimiter, and ignores a subclass's
idpattern.
"""

whitespace = '\t\n\x0b\x0c\r '
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace

_idmap = ''.join([chr(c) for c in range(256)])


def capwords(s, sep=None):
    """Split the argument into words, capitalize each, and join them."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


def maketrans(fromstr, tostr):
    """Return a translation table (a string of 256 bytes)."""
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_idmap)
    for i in range(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


####################################################################
# Template

class _multimap:
    """Looks a key up in the primary mapping, then in the secondary."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    def __init__(self, template):
        self.template = template

    def _scan(self, convert):
        # convert(kind, name, whole, pos) for kind in escaped/named/braced/invalid
        s = self.template
        d = self.delimiter
        dl = len(d)
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + dl
            if s[k:k + dl] == d:
                out.append(convert('escaped', None, d, j))
                i = k + dl
                continue
            if k < n and _is_id_start(s[k]):
                e = k + 1
                while e < n and _is_id_char(s[e]):
                    e += 1
                out.append(convert('named', s[k:e], s[j:e], j))
                i = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and _is_id_start(s[k + 1]):
                e = k + 2
                while e < n and _is_id_char(s[e]):
                    e += 1
                if e < n and s[e] == '}':
                    out.append(convert('braced', s[k + 1:e], s[j:e + 1], j))
                    i = e + 1
                    continue
            out.append(convert('invalid', None, d, j))
            i = k
        return ''.join(out)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(kind, name, whole, pos):
            if kind == 'named' or kind == 'braced':
                val = mapping[name]
                return '%s' % (val,)
            if kind == 'escaped':
                return self.delimiter
            self._invalid(pos)
        return self._scan(convert)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(kind, name, whole, pos):
            if kind == 'named' or kind == 'braced':
                try:
                    return '%s' % (mapping[name],)
                except KeyError:
                    return whole
            if kind == 'escaped':
                return self.delimiter
            return whole
        return self._scan(convert)


####################################################################
# Formatter

class Formatter(object):
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if not args:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'")
        format_string, args = args[0], args[1:]
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 'r':
            return repr(value)
        if conversion == 's':
            return str(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


####################################################################
# The 2.7 string functions (most are deprecated aliases of str methods)

index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)

joinfields = join


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)

_float = float
_int = int
_long = long


def atof(s):
    return _float(s)


def atoi(s, base=10):
    return _int(s, base)


def atol(s, base=10):
    return _long(s, base)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    return s.translate(table + s[:0])


def capitalize(s):
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)
