"""gzip (Python 2.7): reading and writing gzip files (RFC 1952) on zlib.

Writing follows 2.7 byte for byte: the 10-byte header (FNAME set when the
file has a name, minus a '.gz' suffix; mtime from the argument or the
clock; XFL 2, OS 255), raw deflate at the given level, then CRC-32 and
size. Reading decodes member after member, checks each trailer with 2.7's
messages ("Not a gzipped file", "CRC check failed 0x.. != 0x..L") and skips
the zero padding between members. Unlike 2.7 the reader never seeks the
underlying file: bytes read past a member's end are kept in _pending and
consumed first.
"""

import os
import struct
import time
import zlib

__all__ = ["GzipFile", "open"]

_builtin_open = open

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_EBADF = 9


def write32u(output, value):
    output.write(struct.pack("<L", value))


def read32(input):
    return struct.unpack("<I", input.read(4))[0]


def open(filename, mode="rb", compresslevel=9):
    """GzipFile(filename, mode, compresslevel)."""
    return GzipFile(filename, mode, compresslevel)


class GzipFile(object):
    """A file-like object reading or writing one gzip file."""

    myfileobj = None
    max_read_chunk = 10 * 1024 * 1024

    def __init__(self, filename=None, mode=None, compresslevel=9,
                 fileobj=None, mtime=None):
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, basestring) or filename == '<fdopen>':
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode[0:1] == 'r':
            self.mode = READ
            self._init_read()
            self.name = filename
        elif mode[0:1] in ('w', 'a'):
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
        else:
            raise IOError("Mode " + mode + " not supported")

        self.fileobj = fileobj
        self.offset = 0
        self.mtime = mtime
        if self.mode == WRITE:
            self._write_gzip_header()

    @property
    def filename(self):
        return self.name

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    # ---- writing ----

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32("") & 0xffffffffL
        self.size = 0

    def _write_gzip_header(self):
        out = self.fileobj
        out.write('\037\213\010')
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, str):
                fname = fname.encode('latin-1')
            if fname.endswith('.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = ''
        out.write(chr(FNAME if fname else 0))
        mtime = self.mtime
        if mtime is None:
            mtime = time.time()
        write32u(out, long(mtime))
        out.write('\002\377')
        if fname:
            out.write(fname + '\000')

    def write(self, data):
        self._check_closed()
        if self.mode != WRITE:
            raise IOError(_EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, memoryview):
            data = data.tobytes()
        if len(data) > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc) & 0xffffffffL
            self.offset += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- reading ----

    def _init_read(self):
        self.crc = zlib.crc32("") & 0xffffffffL
        self.size = 0
        self._decomp = None     # None between members
        self._buf = ''          # decompressed, not yet returned
        self._pending = ''      # compressed input read past a member
        self._at_eof = False

    def _raw(self, n):
        """Up to n bytes of compressed input (pending bytes first)."""
        if self._pending:
            data = self._pending[:n]
            self._pending = self._pending[n:]
            if len(data) < n:
                data += self.fileobj.read(n - len(data))
            return data
        return self.fileobj.read(n)

    def _read_exact_or_short(self, n):
        data = self._raw(n)
        while len(data) < n:
            more = self._raw(n - len(data))
            if not more:
                break
            data += more
        return data

    def _read_gzip_header(self):
        """Starts a member; False at the end of the file."""
        magic = self._raw(2)
        if magic == '':
            return False
        if magic != '\037\213':
            raise IOError('Not a gzipped file')
        if ord(self._raw(1)) != 8:
            raise IOError('Unknown compression method')
        flag = ord(self._raw(1))
        self.mtime = struct.unpack("<I", self._read_exact_or_short(4))[0]
        self._raw(2)    # extra flags, OS
        if flag & FEXTRA:
            xlen = ord(self._raw(1))
            xlen += 256 * ord(self._raw(1))
            self._read_exact_or_short(xlen)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    c = self._raw(1)
                    if not c or c == '\000':
                        break
        if flag & FHCRC:
            self._raw(2)
        self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
        self.crc = zlib.crc32("") & 0xffffffffL
        self.size = 0
        return True

    def _member_done(self, trailer_start):
        """Checks the member's trailer; input after it goes to _pending."""
        self._pending = trailer_start + self._pending
        crc32 = struct.unpack("<I", self._read_exact_or_short(4))[0]
        isize = struct.unpack("<I", self._read_exact_or_short(4))[0]
        if crc32 != self.crc:
            raise IOError("CRC check failed %s != %s" % (hex(crc32),
                                                         hex(self.crc)))
        elif isize != (self.size & 0xffffffffL):
            raise IOError("Incorrect length of data produced")
        # Members may be followed by zero padding.
        while True:
            c = self._raw(1)
            if c != '\000':
                self._pending = c + self._pending
                break
        self._decomp = None

    def _add(self, data):
        self.crc = zlib.crc32(data, self.crc) & 0xffffffffL
        self.size += len(data)
        self._buf += data

    def _fill(self, want):
        """Decompresses until _buf holds `want` bytes (all if want < 0)."""
        chunk = 1024
        while not self._at_eof and (want < 0 or len(self._buf) < want):
            if self._decomp is None and not self._read_gzip_header():
                self._at_eof = True
                break
            data = self._raw(chunk)
            if data == '':
                # The file ends inside a member: the trailer read fails.
                self._add(self._decomp.flush())
                self._member_done('')
                self._at_eof = True
                break
            self._add(self._decomp.decompress(data))
            if self._decomp.unused_data != '':
                self._add(self._decomp.flush())
                self._member_done(self._decomp.unused_data)
            chunk = min(chunk * 2, self.max_read_chunk)

    def _take(self, n):
        data = self._buf[:n]
        self._buf = self._buf[n:]
        self.offset += len(data)
        return data

    def _check_readable(self):
        self._check_closed()
        if self.mode != READ:
            raise IOError(_EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_readable()
        if size < 0:
            self._fill(-1)
            return self._take(len(self._buf))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable()
        if size < 0:
            size = None
        while True:
            end = self._buf.find('\n')
            if end >= 0 and (size is None or end < size):
                return self._take(end + 1)
            if size is not None and len(self._buf) >= size:
                return self._take(size)
            if self._at_eof:
                return self._take(len(self._buf))
            self._fill(len(self._buf) + 1)

    def readlines(self, sizehint=0):
        # As io's readlines: the line that crosses the hint is included.
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            if sizehint > 0 and len(line) > sizehint - total:
                break
            total += len(line)
        return lines

    def __iter__(self):
        self._check_closed()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- position ----

    def tell(self):
        return self.offset

    def rewind(self):
        """Returns to the start of the uncompressed data (reading only)."""
        if self.mode != READ:
            raise IOError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._init_read()
        self.offset = 0

    def seek(self, offset, whence=0):
        if whence:
            if whence == 1:
                offset = self.offset + offset
            else:
                raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            if offset < self.offset:
                raise IOError('Negative seek in write mode')
            count = offset - self.offset
            for i in xrange(count // 1024):
                self.write(1024 * '\0')
            self.write((count % 1024) * '\0')
        elif self.mode == READ:
            if offset < self.offset:
                self.rewind()
            count = offset - self.offset
            for i in xrange(count // 1024):
                self.read(1024)
            self.read(count % 1024)
        return self.offset

    # ---- file protocol ----

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffffL)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def isatty(self):
        return False

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()
