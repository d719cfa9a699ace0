# KeyError with an empty-string key still prints the repr ''.
d = {"a": 1}
d[""]
