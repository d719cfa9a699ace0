"""Generic (shallow and deep) copying operations (Python 2.7's copy).

Builtin containers and atomic values are handled by dispatch tables as in
2.7. Other objects follow what 2.7's reduce protocol 2 amounts to: an
object of the same class made without calling __init__ (cls.__new__(cls),
or an empty old-style instance), its state (__getstate__() or __dict__,
plus __slots__ values) copied over with __setstate__ or a dict update,
and the items of list and dict subclasses appended/assigned.
"""

import types
import _pytrans


class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _user_attr(cls, name):
    """cls.<name> if a class other than object defines it, else None."""
    mro = getattr(cls, '__mro__', None)
    if mro is None:
        return getattr(cls, name, None)
    for k in mro:
        if k is object:
            return None
        d = getattr(k, '__dict__', None)
        if d is not None and name in d:
            return getattr(cls, name)
    return None


def _slot_names(cls):
    names = []
    for k in getattr(cls, '__mro__', ()):
        slots = k.__dict__.get('__slots__', ()) if hasattr(k, '__dict__') else ()
        if isinstance(slots, basestring):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (k.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None)
    if state is not None:
        state = dict(state)
    slots = {}
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    if state is None or state == {}:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.iteritems():
            setattr(y, key, value)


def _reconstruct_reduce(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    info = tuple(rv) + (None,) * (5 - len(rv))
    callable, args, state, listiter, dictiter = info[:5]
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _copy_object(x, deep, memo):
    cls = type(x)
    reductor = _user_attr(cls, '__reduce_ex__')
    if reductor is not None:
        return _reconstruct_reduce(x, x.__reduce_ex__(2), deep, memo)
    reductor = _user_attr(cls, '__reduce__')
    if reductor is not None:
        return _reconstruct_reduce(x, x.__reduce__(), deep, memo)
    if cls is types.InstanceType:
        klass = x.__class__
        if hasattr(x, '__getinitargs__'):
            args = x.__getinitargs__()
            if deep:
                args = deepcopy(args, memo)
            y = klass(*args)
        else:
            y = _pytrans.new_empty(klass)
    else:
        y = _pytrans.new_empty(cls)
    if deep:
        memo[id(x)] = y
    state = _get_state(x)
    if deep:
        state = deepcopy(state, memo)
    _set_state(y, state)
    if isinstance(x, list) and cls is not list:
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict) and cls is not dict:
        for key, value in x.iteritems():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


# ---- shallow copy ----

_copy_dispatch = d = {}


def _copy_immutable(x):
    return x

for t in (type(None), int, long, float, bool, str, tuple, frozenset, type,
          xrange, types.ClassType, types.BuiltinFunctionType,
          type(Ellipsis), types.FunctionType, unicode, complex):
    d[t] = _copy_immutable


def _copy_with_constructor(x):
    return type(x)(x)

for t in (list, dict, set):
    d[t] = _copy_with_constructor
del d, t


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if cls is types.InstanceType:
        if hasattr(x, '__copy__'):
            return x.__copy__()
    else:
        copier = getattr(cls, "__copy__", None)
        if copier:
            return copier(x)
    return _copy_object(x, False, None)


# ---- deep copy ----

_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x

for t in (type(None), int, long, float, bool, str, type, xrange,
          types.ClassType, types.BuiltinFunctionType, type(Ellipsis),
          types.FunctionType, unicode, complex):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo):
    y = []
    for a in x:
        y.append(deepcopy(a, memo))
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            y = tuple(y)
            break
    else:
        y = x
    memo[id(x)] = y
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)
d[types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier:
        y = copier(x, memo)
    else:
        try:
            issc = issubclass(cls, type)
        except TypeError:
            issc = 0
        if issc:
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier:
                y = copier(memo)
            else:
                y = _copy_object(x, True, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y
