# Statements that run code objects are out of scope; compile-free dynamic dispatch via getattr.
class Ops(object):
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b
o = Ops()
for name in ["add", "mul"]:
    print name, getattr(o, name)(3, 4)
table = {"neg": lambda x: -x, "sq": lambda x: x * x}
print sorted((k, f(5)) for k, f in table.items())
