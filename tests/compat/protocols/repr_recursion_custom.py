# __repr__ on containers of custom objects; str() of containers uses item repr.
class Node(object):
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)
    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)
    def __str__(self):
        return "<%s>" % self.name
tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print tree
print repr(tree)
print [tree.children[0]], str(tree.children), "%s" % tree, "%r" % (tree.children[0],)
