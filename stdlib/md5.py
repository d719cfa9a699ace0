"""md5 (Python 2.7, deprecated): md5.new / md5.md5 are hashlib.md5."""

from hashlib import md5
new = md5
blocksize = 1
digest_size = 16
