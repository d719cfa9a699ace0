# SPDX-License-Identifier: Apache-2.0
"""encodings (Python 2.7): the name normalisation and the codec search
function. The codecs are native; see codecs.py."""
import codecs


class CodecRegistryError(LookupError):
    pass


def normalize_encoding(encoding):
    if isinstance(encoding, unicode):
        encoding = encoding.encode('latin-1')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    try:
        return codecs.lookup(encoding)
    except LookupError:
        return None
