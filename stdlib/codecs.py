# SPDX-License-Identifier: Apache-2.0
"""codecs (Python 2.7): codec lookup, error handlers, incremental and stream
codecs, BOM constants.

The codecs themselves are native (runtime/objects/codecs*.cc), reached
through str.encode / unicode.decode; _codecs holds the registries. A
CodecInfo for a built-in codec is made on first lookup from those methods,
and cached by the name 2.7 caches it under (lowercased, spaces as '-').
Incremental decoders keep the bytes of an incomplete character for the next
call (utf-8, utf-8-sig, utf-16, utf-32); the other codecs decode each chunk
whole.
"""
import _codecs
import _pytrans
from _codecs import register, register_error, utf_8_decode

_builtin_open = open

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'strict_errors',
           'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors', 'register_error',
           'lookup_error']

BOM_UTF8 = '\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = '\xff\xfe'
BOM_BE = BOM_UTF16_BE = '\xfe\xff'
BOM_UTF32_LE = '\xff\xfe\x00\x00'
BOM_UTF32_BE = '\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = _pytrans.tuple_new(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at 0x%x>" % (
            self.__class__.__module__, self.__class__.__name__, self.name, id(self))


# ---- error handlers ----

def _unicode_error_kind(exc):
    if isinstance(exc, UnicodeEncodeError):
        return 'encode'
    if isinstance(exc, UnicodeDecodeError):
        return 'decode'
    if isinstance(exc, UnicodeTranslateError):
        return 'translate'
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    _unicode_error_kind(exc)
    return (u'', exc.end)


def replace_errors(exc):
    kind = _unicode_error_kind(exc)
    if kind == 'encode':
        return (u'?' * (exc.end - exc.start), exc.end)
    if kind == 'decode':
        return (u'\ufffd', exc.end)
    return (u'\ufffd' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (u''.join([u'&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]]), exc.end)


def backslashreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    out = []
    for c in exc.object[exc.start:exc.end]:
        n = ord(c)
        if n < 0x100:
            out.append(u'\\x%02x' % n)
        elif n < 0x10000:
            out.append(u'\\u%04x' % n)
        else:
            out.append(u'\\U%08x' % n)
    return (u''.join(out), exc.end)


_builtin_errors = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
}


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument 1 must be string, not %s' % type(name).__name__)
    handler = _codecs._registered_error(name)
    if handler is not None:
        return handler
    if name in _builtin_errors:
        return _builtin_errors[name]
    raise LookupError("unknown error handler name '%s'" % name)


# ---- base classes ----

class Codec:

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''


class IncrementalDecoder(object):

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return ('', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = ''
        self.charbuffer = u''
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size):
        """Reads and decodes more bytes into charbuffer; False at end of stream."""
        if size < 0:
            newdata = self.stream.read()
        else:
            newdata = self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        newchars, decodedbytes = self._decode_part(data, not newdata)
        self.bytebuffer = data[decodedbytes:]
        self.charbuffer += newchars
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0 and size >= 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size):
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = u''
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def _decode_part(self, data, final):
        return self.decode(data, self.errors)

    def readline(self, size=None, keepends=True):
        eof = False
        while True:
            lines = self.charbuffer.splitlines(True)
            # A line is complete when another follows it, when it ends in
            # '\n' ('\r' may still be followed by '\n'), or at end of stream.
            if len(lines) > 1 or (lines and (eof or lines[0][-1:] == u'\n')):
                line = lines[0]
                break
            if eof:
                line = u''
                break
            eof = not self._fill(72)
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends and line:
            line = line.splitlines(False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = ''
        self.charbuffer = u''
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def next(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter(object):

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def next(self):
        return self.reader.next()

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(object):

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(1)

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = ''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the built-in codecs as CodecInfo ----

_StreamWriterBase = StreamWriter
_StreamReaderBase = StreamReader

def _partial_units(data, width, order):
    """Bytes of data that make whole code units (utf-16/32), keeping a final
    high surrogate back for the next chunk."""
    n = len(data) - len(data) % width
    if width == 2 and n >= 2:
        hi = data[n - 1] if order == 'le' else data[n - 2]
        if '\xd8' <= hi <= '\xdb':
            n -= 2
    return n


def _make_partial_decoder(name):
    key = name.replace('_', '-')
    if key == 'utf-8':
        return utf_8_decode
    if key == 'utf-8-sig':
        def decode(input, errors='strict', final=False):
            if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                return u'', 0
            skip = 3 if input[:3] == BOM_UTF8 else 0
            output, consumed = utf_8_decode(input[skip:], errors, final)
            return output, consumed + skip
        return decode
    for prefix, width in (('utf-16', 2), ('utf-32', 4)):
        if key.startswith(prefix):
            order = 'be' if key.endswith('be') else 'le'

            def decode(input, errors='strict', final=False, name=name, width=width, order=order):
                n = len(input) if final else _partial_units(input, width, order)
                return input[:n].decode(name, errors), n
            return decode
    return None


def _make_info(name, kind):
    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        return input.decode(name, errors), len(input)

    partial = _make_partial_decoder(name)
    key = name.replace('_', '-')
    bom_codec = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf-8-sig': 'utf-8'}.get(key)

    def inc_encode(self, input, final=False):
        if bom_codec is not None and self.started:
            return input.encode(bom_codec, self.errors)
        self.started = True
        return input.encode(name, self.errors)

    def inc_reset(self):
        self.started = False

    def inc_init(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.started = False

    module = 'encodings.' + _codecs._resolve(name)[2]
    enc_class = type('IncrementalEncoder', (IncrementalEncoder,),
                     {'__init__': inc_init, 'encode': inc_encode, 'reset': inc_reset, '__module__': module})

    if partial is not None:
        state = {}

        def buffer_decode(self, input, errors, final):
            if key in ('utf-16', 'utf-32') and not getattr(self, 'fixed', None):
                width = 2 if key == 'utf-16' else 4
                if len(input) < width and not final:
                    return u'', 0
                bom_le = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
                bom_be = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
                self.fixed = key + ('-be' if input[:width] == bom_be else '-le')
                skip = width if input[:width] in (bom_le, bom_be) else 0
                fixed_decode = _make_partial_decoder(self.fixed)
                output, consumed = fixed_decode(input[skip:], errors, final)
                return output, consumed + skip
            if getattr(self, 'fixed', None):
                return _make_partial_decoder(self.fixed)(input, errors, final)
            if key == 'utf-8-sig' and getattr(self, 'seen_start', False):
                return utf_8_decode(input, errors, final)
            output, consumed = partial(input, errors, final)
            if key == 'utf-8-sig' and consumed:
                self.seen_start = True
            return output, consumed

        def dec_reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.fixed = None
            self.seen_start = False

        dec_class = type('IncrementalDecoder', (BufferedIncrementalDecoder,),
                         {'_buffer_decode': buffer_decode, 'reset': dec_reset, '__module__': module})

        def reader_part(self, data, final):
            return partial(data, self.errors, final)
    else:
        def inc_decode(self, input, final=False):
            return input.decode(name, self.errors)
        dec_class = type('IncrementalDecoder', (IncrementalDecoder,), {'decode': inc_decode, '__module__': module})

        def reader_part(self, data, final):
            return decode(data, self.errors)

    def writer_write(self, object):
        if bom_codec is not None and getattr(self, 'started', False):
            data = object.encode(bom_codec, self.errors)
        else:
            data = object.encode(name, self.errors)
        self.started = True
        self.stream.write(data)

    # Classic classes, like the StreamWriter/StreamReader they extend.
    class StreamWriter(_StreamWriterBase):
        pass
    StreamWriter.encode = staticmethod(encode)
    StreamWriter.decode = staticmethod(decode)
    StreamWriter.write = writer_write
    StreamWriter.__module__ = module

    class StreamReader(_StreamReaderBase):
        pass
    StreamReader.encode = staticmethod(encode)
    StreamReader.decode = staticmethod(decode)
    StreamReader._decode_part = reader_part
    StreamReader.__module__ = module
    writer = StreamWriter
    reader = StreamReader
    return CodecInfo(encode, decode, reader, writer, enc_class, dec_class, name)


_cache = {}


def lookup(encoding):
    if not isinstance(encoding, basestring):
        raise TypeError('lookup() argument 1 must be string, not %s' % type(encoding).__name__)
    if isinstance(encoding, unicode):
        encoding = encoding.encode('latin-1')
    key = encoding.lower().replace(' ', '-')
    info = _cache.get(key)
    if info is not None:
        return info
    found = _codecs._resolve(encoding)
    if found is None:
        info = _codecs._search(encoding)
        if info is None:
            raise LookupError('unknown encoding: %s' % encoding)
    elif found[1] == 'undefined':
        def undefined(input, errors='strict'):
            raise UnicodeError('undefined encoding')
        info = CodecInfo(undefined, undefined, None, None, None, None, found[0])
    else:
        info = _make_info(found[0], found[1])
    _cache[key] = info
    return info


def encode(obj, encoding='ascii', errors='strict'):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='ascii', errors='strict'):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def open(filename, mode='rb', encoding=None, errors='strict', buffering=1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtin_open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode('', True)
    if output:
        yield output


def make_identity_dict(rng):
    res = {}
    for i in rng:
        res[i] = i
    return res


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---- the _codecs functions programs call directly ----

def _pair(name):
    def enc(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict', final=False):
        return input.decode(name, errors), len(input)
    return enc, dec


ascii_encode, ascii_decode = _pair('ascii')
latin_1_encode, latin_1_decode = _pair('latin-1')
utf_7_encode, utf_7_decode = _pair('utf-7')
utf_16_encode, utf_16_decode = _pair('utf-16')
utf_16_le_encode, utf_16_le_decode = _pair('utf-16-le')
utf_16_be_encode, utf_16_be_decode = _pair('utf-16-be')
utf_32_encode, utf_32_decode = _pair('utf-32')
utf_32_le_encode, utf_32_le_decode = _pair('utf-32-le')
utf_32_be_encode, utf_32_be_decode = _pair('utf-32-be')
unicode_escape_encode, unicode_escape_decode = _pair('unicode-escape')
raw_unicode_escape_encode, raw_unicode_escape_decode = _pair('raw-unicode-escape')
unicode_internal_encode, unicode_internal_decode = _pair('unicode-internal')
escape_encode, escape_decode = _pair('string-escape')


def utf_8_encode(input, errors='strict'):
    return input.encode('utf-8', errors), len(input)


# ---- charmap codecs defined by programs (tables or dicts) ----

def charmap_build(decoding_table):
    if not isinstance(decoding_table, unicode) or len(decoding_table) != 256:
        raise TypeError('bad argument type for built-in operation')
    m = {}
    for i, c in enumerate(decoding_table):
        m[ord(c)] = i
    return m


def _charmap_lookup(mapping, b):
    if isinstance(mapping, unicode):
        if b >= len(mapping) or mapping[b] == u'\ufffe':
            return None
        return mapping[b]
    try:
        value = mapping[b]
    except LookupError:
        return None
    if value is None or isinstance(value, unicode):
        return value
    if isinstance(value, (int, long)):
        if not 0 <= value <= 0x10ffff:
            raise TypeError('character mapping must be in range(0x110000)')
        return unichr(value)
    raise TypeError('character mapping must return integer, None or unicode')


def charmap_decode(input, errors='strict', mapping=None):
    if mapping is None:
        return input.decode('latin-1', errors), len(input)
    out = []
    i = 0
    n = len(input)
    while i < n:
        c = _charmap_lookup(mapping, ord(input[i]))
        if c is not None:
            out.append(c)
            i += 1
            continue
        exc = UnicodeDecodeError('charmap', input, i, i + 1, 'character maps to <undefined>')
        rep, i = lookup_error(errors)(exc)
        if i < 0:
            i += n
        out.append(rep)
    return u''.join(out), n


def _charmap_put(mapping, ch):
    try:
        value = mapping[ord(ch)]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, (int, long)):
        if not 0 <= value < 256:
            raise TypeError('character mapping must be in range(256)')
        return chr(value)
    if isinstance(value, str):
        return value
    raise TypeError('character mapping must return integer, None or str')


def charmap_encode(input, errors='strict', mapping=None):
    if mapping is None:
        return input.encode('latin-1', errors), len(input)
    if isinstance(input, str):
        input = unicode(input)
    out = []
    i = 0
    n = len(input)
    while i < n:
        b = _charmap_put(mapping, input[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_put(mapping, input[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', input, i, j, 'character maps to <undefined>')
        rep, i = lookup_error(errors)(exc)
        if i < 0:
            i += n
        for c in rep:
            b = _charmap_put(mapping, c)
            if b is None:
                raise exc
            out.append(b)
    return ''.join(out), n
