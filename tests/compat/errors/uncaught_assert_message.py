# A failing assert with a message.
items = []
assert items, "items must not be empty"
