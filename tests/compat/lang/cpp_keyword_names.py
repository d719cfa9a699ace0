# Python names that are C++ keywords or common C++ identifiers must work everywhere.
int_ = 1
new = 2
delete = 3
template = 4
namespace = 5
std = 6
auto = 7
register = 8
volatile = 9
union = 10
struct = 11
this = 12
main = 13
NULL = 14
nullptr = 15
virtual = 16
typename = 17
operator = 18
friend = 19
private = 20
public = 21
protected = 22
switch = 23
case = 24
default = 25
goto = 26
char = 27
double = 28
long_ = 29
short = 30
signed = 31
unsigned = 32
void = 33
const = 34
static = 35
extern = 36
inline = 37
sizeof = 38
typedef = 39
enum = 40
explicit = 41
mutable = 42
throw = 43
catch = 44
true = 45
false = 46
bool_ = 47
errno = 48
stdout = 49
printf = 50
malloc = 51
exit_ = 52
assert_ = 53
EOF_ = 54
_ = 55
__ = 56
___x = 57
names = sorted(k for k in globals() if not k.startswith("__") or k in ("__", "___x"))
print len(names), sum(globals()[k] for k in names if isinstance(globals()[k], int))
def template(typename, class_=None, new=1, *virtual, **operator):
    this = typename + new
    return this, class_, virtual, sorted(operator.items())
print template(1, 2, 3, 4, delete=5, std=6)
class struct(object):
    namespace = "ns"
    def __init__(self, auto):
        self.auto = auto
        self.delete = "del"
    def switch(self, case):
        return case * 2
s = struct(7)
print s.auto, s.delete, s.namespace, s.switch(21), struct.__name__
def std(*args):
    return "std" + str(len(args))
print std(), std(1, 2), main + NULL, [nullptr, this, goto]
lambda_ = lambda catch, throw: catch - throw
print lambda_(10, 3), lambda_(throw=1, catch=5)
