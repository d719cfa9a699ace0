# Backtick expressions are repr().
x = [1, 'two', 3.0]
print `x`, `1 + 1`, `"s"`, `u"u"`, `2 ** 70`, `None`, `(1,)`
class R(object):
    def __repr__(self):
        return "R()"
print `R()`, `[R()]`
