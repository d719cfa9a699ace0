# json.dumps follows dict slot order unless sort_keys; floats use repr; loads gives unicode.
import json
d = {"name": "Bob", "age": 25, "city": "Paris", "email": "b@x.org", "id": 7}
print json.dumps(d)
print json.dumps(d, sort_keys=True, indent=2)
print json.dumps([1, 2.5, 0.1, 1e100, None, True, "s", u"\xe9"], separators=(",", ":"))
print json.dumps({"nested": {"a": [1, {"b": None}]}}, sort_keys=True)
v = json.loads('{"k": [1, 2.0, "x", null, true], "u": "caf\\u00e9"}')
print v, type(v["k"][2]).__name__, sorted(v)
print json.dumps("quote\" backslash\\ newline\n tab\t"), json.dumps(u"\u20ac", ensure_ascii=False) == u'"\u20ac"'
try:
    json.loads("{bad json}")
except ValueError as e:
    print e
