a + b + c - d
a * b + c * d + e
a | b ^ c & d << e >> f
a ** -b ** c
-1 ** 2
- (1)
--1
-0x8000000000000000
-9223372036854775809
x = 9223372036854775807, 9223372036854775808, 0xffffffffffffffff, 0777L, 0o17, 0b101L
y = 1e5, 1.5j, .5, 5., 1E-3, 1e+10j, 0.0, -0.0, 1e400
not a and b or c and not d
a < b <= c > d >= e == f != g <> h in i not in j is k is not l
a if b else c if d else e
lambda: 0
lambda x, (y, z)=1, *a, **k: x
`a, b`
(a) + b
(a).b
"""a
b""".join(x)
x = ("a"
     "b")
