# AttributeError on None from a function that forgot to return.
def find(items, target):
    for i in items:
        if i == target:
            return {"name": i}
result = find(["a", "b"], "c")
print result
print result.get("name")
