"""sha (Python 2.7, deprecated): sha.new / sha.sha are hashlib.sha1."""

from hashlib import sha1 as sha
new = sha
blocksize = 1
digest_size = 20
digestsize = 20
