# SPDX-License-Identifier: Apache-2.0
# Writes the SHA-1 of the runtime library to OUT (the build driver's cache key).
file(SHA1 ${LIB} _h)
string(SUBSTRING ${_h} 0 16 _h)
file(WRITE ${OUT} "${_h}\n")
