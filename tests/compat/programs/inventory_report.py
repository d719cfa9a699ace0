# Inventory report: nested dicts, aggregation, formatted table with alignment and totals.
inventory = {
    "fruit": {"apple": (12, 0.5), "banana": (30, 0.25), "cherry": (200, 0.1)},
    "tools": {"hammer": (3, 12.99), "wrench": (5, 8.5)},
    "misc": {},
}
print inventory
grand = 0.0
for cat in sorted(inventory):
    items = inventory[cat]
    print "== %s (%d items)" % (cat.upper(), len(items))
    sub = 0.0
    for name, (qty, price) in sorted(items.items()):
        total = qty * price
        sub += total
        print "  %-8s %4d x %6.2f = %8.2f" % (name, qty, price, total)
    print "  %-8s %24.2f" % ("subtotal", sub)
    grand += sub
print "%-10s %24.2f" % ("TOTAL", grand), grand, repr(grand)
cheapest = min((price, name) for items in inventory.values() for name, (q, price) in items.items())
print cheapest, sum(q for items in inventory.values() for q, p in items.values())
