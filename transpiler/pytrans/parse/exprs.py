# SPDX-License-Identifier: Apache-2.0
"""Expressions, arguments and assignment targets of the 2.7 grammar.

ExprParser is mixed into parser.Parser; it relies on the token helpers
there (advance, error, expect, name, ast_err). Positions follow 2.7's
ast.c, see the notes at the top of parser.py; binary operators use
precedence climbing but reproduce the one-rule-per-level CST positions
(binrest).
"""

from . import ast27 as A
from . import nodes
from .nodes import _node
from .tokenizer import NAME, NUMBER, STRING, OP

nodes.define(globals())

KEYWORDS = frozenset('''and as assert break class continue def del elif else
except exec finally for from global if import in is lambda not or pass print
raise return try while with yield'''.split())

LOAD, STORE, DEL, PARAM = A.Load(), A.Store(), A.Del(), A.Param()

_BINOPS = {
    '|': (1, A.BitOr()), '^': (2, A.BitXor()), '&': (3, A.BitAnd()),
    '<<': (4, A.LShift()), '>>': (4, A.RShift()),
    '+': (5, A.Add()), '-': (5, A.Sub()),
    '*': (6, A.Mult()), '/': (6, A.Div()), '%': (6, A.Mod()), '//': (6, A.FloorDiv()),
}
_CMPOPS = {
    '<': A.Lt(), '>': A.Gt(), '==': A.Eq(), '>=': A.GtE(), '<=': A.LtE(),
    '<>': A.NotEq(), '!=': A.NotEq(), 'in': A.In(),
}
_UNARY = {'+': A.UAdd(), '-': A.USub(), '~': A.Invert()}
NOT, ISNOT, NOTIN, POW = A.Not(), A.IsNot(), A.NotIn(), A.Pow()
IS = A.Is()
AND, OR = A.And(), A.Or()

_TRAILER_START = frozenset(['(', '[', '.', '**'])
# Tokens that may start an expression (used for optional parts).
_EXPR_START_OPS = frozenset(['(', '[', '{', '`', '-', '+', '~'])


class ExprParser(object):
    # ---- arguments ----

    def fpdef(self, top):
        """One parameter: NAME, or a parenthesised (nested) tuple of them."""
        tok = self.tok
        if tok[1] == '(' and tok[0] is OP:
            self.advance()
            fstart = self.tok
            elts = [self.fpdef(False)]
            single = True
            while self.tok[1] == ',' and self.tok[0] is OP:
                single = False
                self.advance()
                if self.tok[1] == ')' and self.tok[0] is OP:
                    break
                elts.append(self.fpdef(False))
            self.expect(')')
            if single:
                # (x) is just x, at any depth (2.7 elides the parentheses)
                e = elts[0]
                if top and type(e) is A.Name:
                    e.ctx = PARAM
                return e
            return new_Tuple(fstart[2], fstart[3], elts, STORE)
        name = self.name()
        self.forbidden(name, tok[2], tok[3])
        return new_Name(tok[2], tok[3], name, PARAM if top else STORE)

    def varargslist(self, end):
        args = []
        defaults = []
        vararg = kwarg = None
        while True:
            tok = self.tok
            v = tok[1]
            if tok[0] is OP and v == end:
                break
            if tok[0] is OP and v == '*':
                self.advance()
                ntok = self.tok
                vararg = self.name()
                self.forbidden(vararg, ntok[2], ntok[3])
                if self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if not (self.tok[1] == '**' and self.tok[0] is OP):
                        self.error()
                    continue
                break
            if tok[0] is OP and v == '**':
                self.advance()
                ntok = self.tok
                kwarg = self.name()
                self.forbidden(kwarg, ntok[2], ntok[3])
                break
            arg = self.fpdef(True)
            if isinstance(arg, A.Name) and arg.ctx is STORE:
                arg.ctx = PARAM
            args.append(arg)
            if self.tok[1] == '=' and self.tok[0] is OP:
                self.advance()
                defaults.append(self.test())
            elif defaults:
                self.ast_err('non-default argument follows default argument', tok[2], tok[3])
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        return new_arguments(args, vararg, kwarg, defaults)

    def call_args(self, func):
        """Arguments after '(' up to (not including) ')'; returns the Call."""
        args = []
        keywords = []
        starargs = kwargs = None
        items = []  # for 2.7's ast.c checks, in order
        ngens = 0
        while True:
            tok = self.tok
            v = tok[1]
            if tok[0] is OP:
                if v == ')':
                    break
                if v == '*':
                    self.advance()
                    starargs = self.test()
                    while self.tok[1] == ',' and self.tok[0] is OP:
                        self.advance()
                        if self.tok[1] == '**' and self.tok[0] is OP:
                            self.advance()
                            kwargs = self.test()
                            break
                        items.append(self.argument(after_star=True))
                    break
                if v == '**':
                    self.advance()
                    kwargs = self.test()
                    break
            item = self.argument()
            if item[0] == 'gen':
                ngens += 1
            items.append(item)
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        if ngens > 1 or (ngens and len(items) > 1):
            self.ast_err('Generator expression must be parenthesized if not sole argument',
                         func.lineno)
        if len(items) > 255:  # (2.7 does not count *args / **kwargs)
            self.ast_err('more than 255 arguments', func.lineno)
        seen = set()
        for it in items:
            if it[0] == 'kw':
                if it[1] in seen:
                    self.ast_err('keyword argument repeated', it[3][2], it[3][3])
                seen.add(it[1])
                keywords.append(new_keyword(it[1], it[2]))
            elif it[0] == 'badkw':
                self.ast_err(it[1], it[2][2], it[2][3])
            else:
                if keywords:
                    self.ast_err('non-keyword arg after keyword arg', it[2][2], it[2][3])
                elif it[3]:
                    self.ast_err('only named arguments may follow *expression', it[2][2],
                                 it[2][3])
                args.append(it[1])
        return new_Call(func.lineno, func.col_offset, func, args, keywords,
                     starargs, kwargs)

    def argument(self, after_star=False):
        start = self.tok
        e = self.test()
        tok = self.tok
        if tok[0] is OP and tok[1] == '=':
            self.advance()
            value = self.test()
            if isinstance(e, A.Lambda):
                return ('badkw', 'lambda cannot contain assignment', start)
            if not isinstance(e, A.Name):
                return ('badkw', "keyword can't be an expression", start)
            self.forbidden(e.id, start[2], start[3])
            return ('kw', e.id, value, start)
        if tok[0] is NAME and tok[1] == 'for':
            gens = self.comp_for()
            return ('gen', new_GeneratorExp(start[2], start[3], e, gens), start, after_star)
        return ('pos', e, start, after_star)

    # ---- expressions ----

    def testlist(self):
        """test (',' test)* [','] -> the test, or a Tuple at the first one."""
        start = self.tok
        e = self.test()
        if self.tok[1] == ',' and self.tok[0] is OP:
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_test():
                    break
                elts.append(self.test())
            return new_Tuple(start[2], start[3], elts, LOAD)
        return e

    def starts_test(self):
        tok = self.tok
        t = tok[0]
        if t is NAME:
            v = tok[1]
            return v not in KEYWORDS or v in ('not', 'lambda') or (
                v == 'print' and self.print_function)
        if t is OP:
            return tok[1] in _EXPR_START_OPS
        return t is NUMBER or t is STRING

    def starts_expr(self):
        tok = self.tok
        if tok[0] is NAME and tok[1] in ('not', 'lambda'):
            return False
        return self.starts_test()

    def exprlist_items(self):
        """expr (',' expr)* [','] -> [(expr, start token)]."""
        items = []
        while True:
            start = self.tok
            items.append((self.expr(), start))
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if self.starts_expr():
                    continue
            break
        return items

    def exprlist_target(self):
        start = self.tok
        e = self.expr()
        if self.tok[1] == ',' and self.tok[0] is OP:
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_expr():
                    break
                elts.append(self.expr())
            e = new_Tuple(e.lineno, e.col_offset, elts, LOAD)
        self.set_context(e, STORE, start)
        return e

    def test(self):
        start = tok = self.tok
        if tok[0] is NAME and tok[1] == 'lambda':
            return self.lambdef(self.test)
        e = self.or_test()
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'if':
            self.advance()
            cond = self.or_test()
            if not self.is_kw('else'):
                self.error()
            self.advance()
            orelse = self.test()
            return new_IfExp(start[2], start[3], cond, e, orelse)
        return e

    def old_test(self):
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'lambda':
            return self.lambdef(self.old_test)
        return self.or_test()

    def lambdef(self, body_rule):
        start = self.tok
        self.advance()
        args = self.varargslist(':')
        self.expect(':')
        body = body_rule()
        return new_Lambda(start[2], start[3], args, body)

    def or_test(self):
        start = self.tok
        e = self.and_test()
        if self.tok[1] == 'or' and self.tok[0] is NAME:
            values = [e]
            while self.tok[1] == 'or' and self.tok[0] is NAME:
                self.advance()
                values.append(self.and_test())
            return new_BoolOp(start[2], start[3], OR, values)
        return e

    def and_test(self):
        start = self.tok
        e = self.not_test()
        if self.tok[1] == 'and' and self.tok[0] is NAME:
            values = [e]
            while self.tok[1] == 'and' and self.tok[0] is NAME:
                self.advance()
                values.append(self.not_test())
            return new_BoolOp(start[2], start[3], AND, values)
        return e

    def not_test(self):
        start = self.tok
        if start[1] == 'not' and start[0] is NAME:
            self.advance()
            return new_UnaryOp(start[2], start[3], NOT, self.not_test())
        return self.comparison()

    def comparison(self):
        start = self.tok
        e = self.expr()
        ops = None
        while True:
            tok = self.tok
            v = tok[1]
            t = tok[0]
            if t is OP:
                op = _CMPOPS.get(v)
                if op is None:
                    break
                self.advance()
            elif t is NAME:
                if v == 'in':
                    op = _CMPOPS['in']
                    self.advance()
                elif v == 'not':
                    self.advance()
                    if not self.is_kw('in'):
                        self.error()
                    self.advance()
                    op = NOTIN
                elif v == 'is':
                    self.advance()
                    if self.is_kw('not'):
                        self.advance()
                        op = ISNOT
                    else:
                        op = IS
                else:
                    break
            else:
                break
            if ops is None:
                ops = []
                comparators = []
            ops.append(op)
            comparators.append(self.expr())
        if ops is None:
            return e
        return new_Compare(start[2], start[3], e, ops, comparators)

    def expr(self):
        start = self.tok
        left = self.factor()
        tok = self.tok
        if tok[0] is OP and tok[1] in _BINOPS:
            return self.binrest(left, start, 1)
        return left

    def binrest(self, left, start, min_prec):
        """Precedence climbing, positioned as 2.7's one-rule-per-level CST."""
        cur_prec = None
        while True:
            tok = self.tok
            entry = _BINOPS.get(tok[1]) if tok[0] is OP else None
            if entry is None:
                return left
            prec, op = entry
            if prec < min_prec:
                return left
            self.advance()
            rstart = self.tok
            right = self.factor()
            ntok = self.tok
            nxt = _BINOPS.get(ntok[1]) if ntok[0] is OP else None
            if nxt is not None and nxt[0] > prec:
                right = self.binrest(right, rstart, prec + 1)
            if prec == cur_prec:
                left = new_BinOp(tok[2], tok[3], left, op, right)
            else:
                left = new_BinOp(start[2], start[3], left, op, right)
                cur_prec = prec
        return left

    def factor(self):
        tok = self.tok
        if tok[0] is OP:
            op = _UNARY.get(tok[1])
            if op is not None:
                self.advance()
                nt = self.tok
                if tok[1] == '-' and nt[0] is NUMBER:
                    after = self.toks[self.i + 1]
                    if not (after[0] is OP and after[1] in _TRAILER_START):
                        self.advance()
                        return new_Num(tok[2], tok[3], self.number(nt, True))
                return new_UnaryOp(tok[2], tok[3], op, self.factor())
        return self.power()

    def power(self):
        start = self.tok
        e = self.atom()
        while True:
            tok = self.tok
            if tok[0] is not OP:
                return e
            v = tok[1]
            if v == '.':
                self.advance()
                e = new_Attribute(e.lineno, e.col_offset, e, self.name(), LOAD)
            elif v == '(':
                self.nest(16, tok)
                self.advance()
                e = self.call_args(e)
                self.expect(')')
                self.depth -= 16
            elif v == '[':
                self.nest(16, tok)
                self.advance()
                sl = self.subscriptlist()
                self.expect(']')
                self.depth -= 16
                e = new_Subscript(e.lineno, e.col_offset, e, sl, LOAD)
            elif v == '**':
                self.advance()
                right = self.factor()
                return new_BinOp(start[2], start[3], e, POW, right)
            else:
                return e

    def subscriptlist(self):
        start = self.tok
        first = self.subscript()
        if not (self.tok[1] == ',' and self.tok[0] is OP):
            return first
        dims = [first]
        while self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            if self.tok[1] == ']' and self.tok[0] is OP:
                break
            dims.append(self.subscript())
        if all(type(d) is A.Index for d in dims):
            return new_Index(new_Tuple(start[2], start[3],
                                         [d.value for d in dims], LOAD))
        return new_ExtSlice(dims)

    def subscript(self):
        tok = self.tok
        if tok[0] is OP and tok[1] == '.':
            self.advance()
            self.expect('.')
            self.expect('.')
            return new_Ellipsis()
        lower = upper = step = None
        if not (tok[0] is OP and tok[1] == ':'):
            lower = self.test()
            if not (self.tok[1] == ':' and self.tok[0] is OP):
                return new_Index(lower)
        self.advance()  # ':'
        if self.starts_test():
            upper = self.test()
        ctok = self.tok
        if ctok[1] == ':' and ctok[0] is OP:
            self.advance()
            if self.starts_test():
                step = self.test()
            else:
                step = new_Name(ctok[2], ctok[3], 'None', LOAD)
        return new_Slice(lower, upper, step)

    def atom(self):
        tok = self.tok
        t = tok[0]
        if t is NAME:
            v = tok[1]
            if v in KEYWORDS and not (v == 'print' and self.print_function):
                self.error()
            self.advance()
            return new_Name(tok[2], tok[3], v, LOAD)
        if t is NUMBER:
            self.advance()
            return new_Num(tok[2], tok[3], self.number(tok, False))
        if t is STRING:
            toks = [tok]
            self.advance()
            while self.tok[0] is STRING:
                toks.append(self.tok)
                self.advance()
            node = new_Str(tok[2], tok[3], None)
            seq = len(self.ast_errors)
            self.err_tag = id(node)
            try:
                node.s, plain = self.decode_strings(toks)
            finally:
                self.err_tag = None
            if plain and not self.unicode_literals:
                self.plain_strings.append((node, toks, seq))
            return node
        if t is OP:
            v = tok[1]
            if v == '(':
                self.advance()
                inner = self.tok
                if inner[1] == ')' and inner[0] is OP:
                    self.advance()
                    return new_Tuple(tok[2], tok[3], [], LOAD)
                self.nest(15, tok)
                if inner[1] == 'yield' and inner[0] is NAME:
                    e = self.yield_expr()
                else:
                    e = self.testlist_comp(A.GeneratorExp, self.comp_for)
                self.expect(')')
                self.depth -= 15
                return e
            if v == '[':
                self.advance()
                inner = self.tok
                if inner[1] == ']' and inner[0] is OP:
                    self.advance()
                    return new_List(tok[2], tok[3], [], LOAD)
                self.nest(15, tok)
                e = self.testlist_comp(A.ListComp, self.list_for)
                self.expect(']')
                self.depth -= 15
                if type(e) is A.ListComp:
                    return e
                elts = e.elts if type(e) is _ListElts else [e]
                return new_List(tok[2], tok[3], elts, LOAD)
            if v == '{':
                self.advance()
                self.nest(15, tok)
                e = self.dictorset(tok)
                self.depth -= 15
                return e
            if v == '`':
                self.advance()
                start = self.tok
                e = self.test()
                if self.tok[1] == ',' and self.tok[0] is OP:
                    elts = [e]
                    while self.tok[1] == ',' and self.tok[0] is OP:
                        self.advance()
                        elts.append(self.test())
                    e = new_Tuple(start[2], start[3], elts, LOAD)
                self.expect('`')
                return new_Repr(tok[2], tok[3], e)
        self.error()

    def testlist_comp(self, comp_cls, comp_for):
        """Contents of (...) or [...]: a comprehension, a tuple/list, or one test."""
        start = self.tok
        e = self.test()
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'for':
            gens = comp_for()
            return _node(comp_cls, start[2], start[3], e, gens)
        if tok[0] is OP and tok[1] == ',':
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_test():
                    break
                elts.append(self.test())
            if comp_cls is A.ListComp:
                return _ListElts(elts)
            return new_Tuple(start[2], start[3], elts, LOAD)
        if comp_cls is A.ListComp:
            return _ListElts([e])
        return e

    def dictorset(self, brace):
        tok = self.tok
        if tok[1] == '}' and tok[0] is OP:
            self.advance()
            return new_Dict(brace[2], brace[3], [], [])
        start = tok
        k = self.test()
        if self.tok[1] == ':' and self.tok[0] is OP:
            self.advance()
            v = self.test()
            if self.is_kw('for'):
                gens = self.comp_for()
                self.expect('}')
                return new_DictComp(start[2], start[3], k, v, gens)
            keys = [k]
            values = [v]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if self.tok[1] == '}' and self.tok[0] is OP:
                    break
                keys.append(self.test())
                self.expect(':')
                values.append(self.test())
            self.expect('}')
            return new_Dict(brace[2], brace[3], keys, values)
        if self.is_kw('for'):
            gens = self.comp_for()
            self.expect('}')
            return new_SetComp(start[2], start[3], k, gens)
        elts = [k]
        while self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            if self.tok[1] == '}' and self.tok[0] is OP:
                break
            elts.append(self.test())
        self.expect('}')
        return new_Set(brace[2], brace[3], elts)

    def comp_for(self):
        """comp_for: 'for' exprlist 'in' or_test [comp_iter] (genexp, set/dict comps)."""
        gens = []
        while True:
            self.advance()  # 'for'
            target = self.exprlist_target()
            self.expect('in')
            it = self.or_test()
            ifs = []
            while self.is_kw('if'):
                self.advance()
                ifs.append(self.old_test())
            gens.append(new_comprehension(target, it, ifs))
            if not self.is_kw('for'):
                return gens

    def list_for(self):
        """list_for: 'for' exprlist 'in' testlist_safe [list_iter]."""
        gens = []
        while True:
            self.advance()  # 'for'
            target = self.exprlist_target()
            self.expect('in')
            start = self.tok
            it = self.old_test()
            if self.tok[1] == ',' and self.tok[0] is OP:
                elts = [it]
                while self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if len(elts) > 1 and not self.starts_test():
                        break
                    elts.append(self.old_test())
                it = new_Tuple(start[2], start[3], elts, LOAD)
            ifs = []
            while self.is_kw('if'):
                self.advance()
                ifs.append(self.old_test())
            gens.append(new_comprehension(target, it, ifs))
            if not self.is_kw('for'):
                return gens

    def yield_expr(self):
        start = self.tok
        self.advance()
        value = None
        if self.starts_test():
            value = self.testlist()
        return new_Yield(start[2], start[3], value)

    # ---- contexts ----

    def set_context(self, e, ctx, tok):
        t = type(e)
        if t is A.Name:
            if ctx is STORE:
                self.forbidden(e.id, tok[2], tok[3])
            e.ctx = ctx
        elif t is A.Attribute:
            if ctx is STORE:
                self.forbidden(e.attr, tok[2], tok[3])
            e.ctx = ctx
        elif t is A.Subscript:
            e.ctx = ctx
        elif t is A.Tuple or t is A.List:
            if t is A.Tuple and not e.elts:
                self.ast_err("can't %s ()" % ('delete' if ctx is DEL else 'assign to'),
                             tok[2], tok[3])
                return
            e.ctx = ctx
            for elt in e.elts:
                self.set_context(elt, ctx, tok)
        else:
            name = _EXPR_NAMES.get(t, 'expression')
            self.ast_err("can't %s %s" % ('delete' if ctx is DEL else 'assign to', name),
                         tok[2], tok[3])


class _ListElts(object):
    """Elements of a [...] display, before the List node is built."""
    __slots__ = ('elts',)

    def __init__(self, elts):
        self.elts = elts


_EXPR_NAMES = {
    A.Lambda: 'lambda', A.Call: 'function call', A.BoolOp: 'operator',
    A.BinOp: 'operator', A.UnaryOp: 'operator', A.GeneratorExp: 'generator expression',
    A.Yield: 'yield expression', A.ListComp: 'list comprehension',
    A.SetComp: 'set comprehension', A.DictComp: 'dict comprehension',
    A.Dict: 'literal', A.Set: 'literal', A.Num: 'literal', A.Str: 'literal',
    A.Compare: 'comparison', A.Repr: 'repr', A.IfExp: 'conditional expression',
}
