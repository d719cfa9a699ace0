"""HMAC (RFC 2104) for Python 2.7: keyed hashing over any hashlib digest.

HMAC is an old-style class, as in 2.7. The key is padded to the digest's
block size and xor-ed with 0x36 (inner) and 0x5C (outer) by translating it
through two 256-byte tables; digest() finishes copies, so the object can
keep being updated.
"""

import hashlib as _hashlib

trans_5C = ''.join([chr(_i ^ 0x5C) for _i in xrange(256)])
trans_36 = ''.join([chr(_i ^ 0x36) for _i in xrange(256)])

# Module-level digest_size: 2.7 leaves it None (the size depends on the
# digest chosen).
digest_size = None

# Passed as the key by copy() to skip the key schedule.
_secret_backdoor_key = []


def _buffer_bytes(x):
    if isinstance(x, str):
        return x
    if isinstance(x, (bytearray, buffer, memoryview)):
        return str(x) if not isinstance(x, memoryview) else x.tobytes()
    return None


def compare_digest(a, b):
    """Compares two digests in a time that does not depend on where they
    differ (2.7's operator._compare_digest)."""
    if isinstance(a, unicode) and isinstance(b, unicode):
        pass
    else:
        ba = _buffer_bytes(a)
        bb = _buffer_bytes(b)
        if ba is None and bb is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x, bx in ((a, ba), (b, bb)):
            if bx is None:
                raise TypeError("'%s' does not have the buffer interface"
                                % type(x).__name__)
        a, b = ba, bb
    # A length mismatch still walks b so that the time depends on b only.
    result = 0 if len(a) == len(b) else 1
    if result:
        a = b
    for x, y in zip(a, b):
        result |= ord(x) ^ ord(y)
    return result == 0


class HMAC:
    """RFC 2104 HMAC; new() is the usual way to make one."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=None):
        if key is _secret_backdoor_key:
            return
        if digestmod is None:
            digestmod = _hashlib.md5
        if callable(digestmod):
            self.digest_cons = digestmod
        else:
            module = digestmod
            self.digest_cons = lambda d='': module.new(d)
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        blocksize = self.blocksize
        if hasattr(self.inner, 'block_size'):
            blocksize = self.inner.block_size
            if blocksize < 16:
                blocksize = self.blocksize
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = key + chr(0) * (blocksize - len(key))
        self.outer.update(key.translate(trans_5C))
        self.inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        self.inner.update(msg)

    def copy(self):
        other = self.__class__(_secret_backdoor_key)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _finished(self):
        h = self.outer.copy()
        h.update(self.inner.digest())
        return h

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=None):
    """Returns a new HMAC object keyed with `key`."""
    return HMAC(key, msg, digestmod)
