# binascii.b2a_qp / a2b_qp on generated inputs (every flag combination,
# soft breaks at 76, CRLF data, trailing whitespace, lone dots, '=' forms),
# argument errors; the quopri module on top of them.
import binascii
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
alphabet = ['a', 'b', ' ', '\t', '\n', '\r', '\r\n', '=', '.', '_', '\x00', '\xff', '\x7f', '~', 'x' * 70, '=4', '=4A', '=a', '=\n', '=\r\n', '==', 'Z']
for case in range(400):
    parts = [alphabet[rnd(len(alphabet))] for i in range(rnd(12))]
    if rnd(5) == 0:
        parts.append('y' * rnd(160))
    s = ''.join(parts)
    q, t, h = rnd(2), rnd(2), rnd(2)
    e = binascii.b2a_qp(s, q, t, h)
    print repr(s), q, t, h, repr(e), repr(binascii.a2b_qp(e, h)), repr(binascii.a2b_qp(s)), repr(binascii.a2b_qp(s, True))
print repr(binascii.b2a_qp('a b', header=True)), repr(binascii.b2a_qp('a\tb', quotetabs=True)), repr(binascii.b2a_qp('a\nb', istext=False))
print repr(binascii.a2b_qp(data='a_b', header=1)), repr(binascii.b2a_qp(data='x '))
for f, a, k in [(binascii.b2a_qp, (), {}), (binascii.b2a_qp, ('a', 1, 1, 1, 1), {}), (binascii.a2b_qp, ('a', 1, 1), {}),
                (binascii.b2a_qp, (1,), {}), (binascii.a2b_qp, ('a',), {'x': 1}), (binascii.b2a_qp, ('a', 'x'), {}),
                (binascii.b2a_qp, ('a',), {'header': 1.5}), (binascii.a2b_qp, (u'=41',), {}), (binascii.b2a_qp, (u'\xe9',), {})]:
    try:
        print repr(f(*a, **k))
    except Exception as e:
        print type(e).__name__, e

import quopri
import StringIO
text = 'caf\xe9 = ok\t \nline two_ with spaces \r\n.\n' + 'z' * 100
enc = quopri.encodestring(text)
print repr(enc)
print quopri.decodestring(enc) == text, repr(quopri.encodestring('a b_c', 1, 1)), repr(quopri.decodestring('a_b=3D', 1))
out = StringIO.StringIO()
quopri.encode(StringIO.StringIO(text), out, 1)
print repr(out.getvalue())
back = StringIO.StringIO()
quopri.decode(StringIO.StringIO(out.getvalue()), back)
print back.getvalue() == text
print [quopri.needsquoting(c, 0, 0) for c in ' \t_=a\x7f\x1f~'], quopri.needsquoting(' ', 1, 0), quopri.needsquoting('_', 0, 1)
print quopri.quote('\xe9'), quopri.quote('='), quopri.ishex('F'), quopri.ishex('g'), quopri.unhex('1f'), quopri.unhex('ffz9'), quopri.unhex('')
print quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, sorted(quopri.__all__)
