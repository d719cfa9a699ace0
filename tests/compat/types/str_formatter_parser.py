# str/unicode._formatter_parser() and _formatter_field_name_split(), the
# helpers string.Formatter is built on, including their parse errors.
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)
for s in ['', 'abc', 'a{0}b', '{}', '{{x}}', 'a}}b{{c', '{0!r:>5}', '{a.b[c]:{w}}', '{0!r}', '{:}',
          'a{', 'a}', '{0!}', '{0!rx}', '{0', '{a[:]}', u'x{0}\xe9', '}}', '{{']:
    show(repr(s), lambda: list(s._formatter_parser()))
for s in ['a', '0', '', 'a.b[0][x]', '12[3].y', u'a.b', 'a[', 'a.', 'a]x', 'a[0]x', '99999999999999999999']:
    def f():
        first, rest = s._formatter_field_name_split()
        return first, list(rest)
    show(repr(s), f)
