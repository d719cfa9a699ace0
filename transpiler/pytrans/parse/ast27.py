# SPDX-License-Identifier: Apache-2.0
"""Node classes mirroring CPython 2.7's ``ast`` module.

Class names, ``_fields`` and ``_attributes`` are exactly 2.7's (the table below
was listed once from a real 2.7.18 ``_ast`` module), so that ``dump()`` of one
of our trees can be compared character for character with 2.7's
``ast.dump(tree, include_attributes=True)``.

Constants follow 2.7's types, mapped onto Python 3:
  * 2.7 ``int``     -> ``int``;  2.7 ``long`` -> ``Long`` (an int subclass whose
    repr ends in 'L'), ``float`` and ``complex`` as themselves;
  * 2.7 ``str``     -> ``bytes``; 2.7 ``unicode`` -> ``str``.

Operator and context classes (Load, Store, Add, Eq, ...) have no fields; the
parser shares one instance of each, so ``type(node.op) is Add`` and
``isinstance(node.op, Add)`` both work.
"""


class Long(int):
    """A 2.7 ``long`` constant (``5L``, or an int literal above sys.maxint)."""

    def __repr__(self):
        return int.__repr__(self) + 'L'

    __str__ = int.__repr__


class AST(object):
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if args:
            # (2.7 wants all fields or none; we also take a prefix, the rest
            # defaulting as in __getattr__)
            if len(args) > len(self._fields):
                raise TypeError('%s constructor takes at most %d positional arguments'
                                % (type(self).__name__, len(self._fields)))
            for name, value in zip(self._fields, args):
                setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __getattr__(self, name):
        # Missing fields default sensibly: list-valued ones to [], others to None.
        cls = type(self)
        if name in cls._fields:
            # (FunctionDef.args / Lambda.args is an `arguments` node, not a list)
            value = [] if name in _LIST_FIELDS and not (
                name == 'args' and cls.__name__ in ('FunctionDef', 'Lambda')) else None
            setattr(self, name, value)
            return value
        raise AttributeError('%r object has no attribute %r' % (type(self).__name__, name))

    def __repr__(self):
        return '<%s at 0x%x>' % (type(self).__name__, id(self))


# Fields that hold lists in 2.7's ASDL (`*` fields); every other field is a
# single node, a constant, or None.
_LIST_FIELDS = frozenset([
    'body', 'targets', 'bases', 'decorator_list', 'orelse', 'names', 'values',
    'handlers', 'finalbody', 'ops', 'comparators', 'keys', 'generators', 'args',
    'keywords', 'elts', 'dims', 'ifs', 'defaults',
])

_LOC = ('lineno', 'col_offset')

# (name, base, fields, attributes) in 2.7.18's order of definition.
_NODES = [
    ('mod', 'AST', (), ()),
    ('Module', 'mod', ('body',), ()),
    ('Interactive', 'mod', ('body',), ()),
    ('Expression', 'mod', ('body',), ()),
    ('Suite', 'mod', ('body',), ()),

    ('stmt', 'AST', (), _LOC),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list'), _LOC),
    ('ClassDef', 'stmt', ('name', 'bases', 'body', 'decorator_list'), _LOC),
    ('Return', 'stmt', ('value',), _LOC),
    ('Delete', 'stmt', ('targets',), _LOC),
    ('Assign', 'stmt', ('targets', 'value'), _LOC),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), _LOC),
    ('Print', 'stmt', ('dest', 'values', 'nl'), _LOC),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse'), _LOC),
    ('While', 'stmt', ('test', 'body', 'orelse'), _LOC),
    ('If', 'stmt', ('test', 'body', 'orelse'), _LOC),
    ('With', 'stmt', ('context_expr', 'optional_vars', 'body'), _LOC),
    ('Raise', 'stmt', ('type', 'inst', 'tback'), _LOC),
    ('TryExcept', 'stmt', ('body', 'handlers', 'orelse'), _LOC),
    ('TryFinally', 'stmt', ('body', 'finalbody'), _LOC),
    ('Assert', 'stmt', ('test', 'msg'), _LOC),
    ('Import', 'stmt', ('names',), _LOC),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), _LOC),
    ('Exec', 'stmt', ('body', 'globals', 'locals'), _LOC),
    ('Global', 'stmt', ('names',), _LOC),
    ('Expr', 'stmt', ('value',), _LOC),
    ('Pass', 'stmt', (), _LOC),
    ('Break', 'stmt', (), _LOC),
    ('Continue', 'stmt', (), _LOC),

    ('expr', 'AST', (), _LOC),
    ('BoolOp', 'expr', ('op', 'values'), _LOC),
    ('BinOp', 'expr', ('left', 'op', 'right'), _LOC),
    ('UnaryOp', 'expr', ('op', 'operand'), _LOC),
    ('Lambda', 'expr', ('args', 'body'), _LOC),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), _LOC),
    ('Dict', 'expr', ('keys', 'values'), _LOC),
    ('Set', 'expr', ('elts',), _LOC),
    ('ListComp', 'expr', ('elt', 'generators'), _LOC),
    ('SetComp', 'expr', ('elt', 'generators'), _LOC),
    ('DictComp', 'expr', ('key', 'value', 'generators'), _LOC),
    ('GeneratorExp', 'expr', ('elt', 'generators'), _LOC),
    ('Yield', 'expr', ('value',), _LOC),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), _LOC),
    ('Call', 'expr', ('func', 'args', 'keywords', 'starargs', 'kwargs'), _LOC),
    ('Repr', 'expr', ('value',), _LOC),
    ('Num', 'expr', ('n',), _LOC),
    ('Str', 'expr', ('s',), _LOC),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), _LOC),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), _LOC),
    ('Name', 'expr', ('id', 'ctx'), _LOC),
    ('List', 'expr', ('elts', 'ctx'), _LOC),
    ('Tuple', 'expr', ('elts', 'ctx'), _LOC),

    ('expr_context', 'AST', (), ()),
    ('Load', 'expr_context', (), ()),
    ('Store', 'expr_context', (), ()),
    ('Del', 'expr_context', (), ()),
    ('AugLoad', 'expr_context', (), ()),
    ('AugStore', 'expr_context', (), ()),
    ('Param', 'expr_context', (), ()),

    ('slice', 'AST', (), ()),
    ('Ellipsis', 'slice', (), ()),
    ('Slice', 'slice', ('lower', 'upper', 'step'), ()),
    ('ExtSlice', 'slice', ('dims',), ()),
    ('Index', 'slice', ('value',), ()),

    ('boolop', 'AST', (), ()),
    ('And', 'boolop', (), ()),
    ('Or', 'boolop', (), ()),

    ('operator', 'AST', (), ()),
    ('Add', 'operator', (), ()),
    ('Sub', 'operator', (), ()),
    ('Mult', 'operator', (), ()),
    ('Div', 'operator', (), ()),
    ('Mod', 'operator', (), ()),
    ('Pow', 'operator', (), ()),
    ('LShift', 'operator', (), ()),
    ('RShift', 'operator', (), ()),
    ('BitOr', 'operator', (), ()),
    ('BitXor', 'operator', (), ()),
    ('BitAnd', 'operator', (), ()),
    ('FloorDiv', 'operator', (), ()),

    ('unaryop', 'AST', (), ()),
    ('Invert', 'unaryop', (), ()),
    ('Not', 'unaryop', (), ()),
    ('UAdd', 'unaryop', (), ()),
    ('USub', 'unaryop', (), ()),

    ('cmpop', 'AST', (), ()),
    ('Eq', 'cmpop', (), ()),
    ('NotEq', 'cmpop', (), ()),
    ('Lt', 'cmpop', (), ()),
    ('LtE', 'cmpop', (), ()),
    ('Gt', 'cmpop', (), ()),
    ('GtE', 'cmpop', (), ()),
    ('Is', 'cmpop', (), ()),
    ('IsNot', 'cmpop', (), ()),
    ('In', 'cmpop', (), ()),
    ('NotIn', 'cmpop', (), ()),

    ('comprehension', 'AST', ('target', 'iter', 'ifs'), ()),
    ('excepthandler', 'AST', (), _LOC),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), _LOC),
    ('arguments', 'AST', ('args', 'vararg', 'kwarg', 'defaults'), ()),
    ('keyword', 'AST', ('arg', 'value'), ()),
    ('alias', 'AST', ('name', 'asname'), ()),
]


def _define_nodes():
    ns = globals()
    names = []
    for name, base, fields, attributes in _NODES:
        cls = type(name, (ns[base],), {
            '_fields': fields, '_attributes': attributes, '__slots__': (),
            '__module__': __name__,
        })
        ns[name] = cls
        names.append(name)
    return names


# AST itself keeps a __dict__; subclasses add nothing, so __slots__=() is harmless.
NODE_NAMES = _define_nodes()


# ---- helpers, as in 2.7's ast module ----

def iter_fields(node):
    """Yield (name, value) for each field of node."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node (fields and items of list fields)."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first (like ast.walk)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """visit() calls visit_<ClassName>(node), or generic_visit() which
    visits the children."""

    def visit(self, node):
        return getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


__all__ = (['AST', 'Long', 'NODE_NAMES', 'iter_fields', 'iter_child_nodes', 'walk',
            'NodeVisitor'] + NODE_NAMES)
