"""cStringIO for pytrans: the StringIO class under 2.7's cStringIO names."""

from StringIO import StringIO as _StringIO


class _CStringIO(_StringIO):
    pass


def StringIO(buf=None):
    if buf is None:
        return _CStringIO()
    return _CStringIO(buf)

InputType = OutputType = _CStringIO
