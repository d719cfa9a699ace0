"""hashlib (Python 2.7), as 2.7.18 behaves when built without OpenSSL.

The constructors are those of the _md5, _sha, _sha256 and _sha512 modules
(native here, on libcrypto); new() picks one by name. pbkdf2_hmac checks
its arguments as 2.7's pure-Python version does, then derives the key in
one libcrypto call.
"""

import _md5
import _sha
import _sha256
import _sha512
import _pytrans_hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'algorithms',
           'pbkdf2_hmac')

algorithms = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
algorithms_guaranteed = set(algorithms)
algorithms_available = set(algorithms)

md5 = _md5.new
sha1 = _sha.new
sha224 = _sha256.sha224
sha256 = _sha256.sha256
sha384 = _sha512.sha384
sha512 = _sha512.sha512

# Both spellings are accepted, as in 2.7 ('sha256' and 'SHA256').
_constructors = {}
for _name, _ctor in [('md5', md5), ('sha1', sha1), ('sha224', sha224),
                     ('sha256', sha256), ('sha384', sha384),
                     ('sha512', sha512)]:
    _constructors[_name] = _ctor
    _constructors[_name.upper()] = _ctor
del _name, _ctor


def _constructor_for(name):
    ctor = _constructors.get(name) if isinstance(name, basestring) else None
    if ctor is None:
        # 2.7 builds the message with '+': a non-string name fails there.
        raise ValueError('unsupported hash type ' + name)
    return ctor


def __py_new(name, string=''):
    return _constructor_for(name)(string)

new = __py_new


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    if not isinstance(password, (str, bytearray)):
        password = str(buffer(password))
    if not isinstance(salt, (str, bytearray)):
        salt = str(buffer(salt))
    digest_size = _constructor_for(hash_name)().digest_size
    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = digest_size
    if dklen < 1:
        raise ValueError(dklen)
    # 2.7 loops with xrange(iterations - 1) and slices [:dklen]: the same
    # argument types are refused with the same messages.
    xrange(iterations - 1)
    ''[:dklen]
    return _pytrans_hashlib.pbkdf2_hmac(hash_name.upper(), password, salt,
                                        int(iterations), int(dklen))
