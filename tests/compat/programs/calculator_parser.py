# A recursive-descent calculator: tokenizer, parser, evaluator, error reporting.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    out = []
    for num, op in TOKEN.findall(s):
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip():
            out.append(("op", op))
    out.append(("end", None))
    return out
class Parser(object):
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            base = val
        elif val == "-":
            return -self.factor()
        elif val == "(":
            base = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
        else:
            raise SyntaxError("unexpected %r" % (val,))
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
def calc(s):
    p = Parser(s)
    v = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 / 2", "7 / 2.0", "10 % 4 - -3", "2 ^ 70",
          "1.5 * 4", "(2", "3 +", "4 / 0", "1 2", "0.1 + 0.2"]:
    try:
        print "%-12s = %r" % (e, calc(e))
    except (SyntaxError, ZeroDivisionError) as ex:
        print "%-12s ! %s: %s" % (e, type(ex).__name__, ex)
