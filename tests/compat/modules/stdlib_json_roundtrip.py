# json: loads of every value kind, unicode escapes, big ints, and the exact 2.7 error texts.
import json
print json.loads('[1e5, -0.5, 12345678901234567890, "\\ud83d\\ude00", "tab\\there"]')
print json.loads(' {"a": {"b": [true, false, null]}} '), json.loads('"\\u00e9"') == u"\xe9"
print json.dumps({"b": 1, "a": [1, {}], "c": []}, sort_keys=True, indent=4)
print json.dumps({1: "int key", 2.5: "float key", True: "bool key"}, sort_keys=True)
print json.dumps([float("inf"), float("-inf")]), json.dumps("\x00\x1f"), json.dumps(u"\U0001F600")
print json.dumps({"a": 1}, separators=(",", ":")), json.dumps((1, 2)), json.dumps(10 ** 20)
for bad in ['[1,', '{"a" 1}', '[1 2]', '', '"abc', '[1] x', '{"a":}', '[tru]', '{"a":1,}', '"\\x"']:
    try:
        json.loads(bad)
    except ValueError as e:
        print repr(bad), e
try:
    json.dumps(object())
except TypeError as e:
    print "TypeError", "is not JSON serializable" in str(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print "TypeError", e
