# Uncaught KeyError from a dict lookup inside a function.
def lookup(table, key):
    return table[key]

prices = {'apple': 3, 'pear': 5}
print lookup(prices, 'apple')
print lookup(prices, 'missing')
