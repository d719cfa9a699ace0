# dict equality, ordering comparison and cmp.
print {1: 2} == {1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 2, 3: 4} == {3: 4, 1: 2}
print {1: 2} < {1: 3}, {1: 2} < {0: 0, 5: 5}, cmp({}, {1: 1}), cmp({1: 1}, {1: 1})
print {'a': 1} != {'a': 1.0}, {1: 'x'} > {1: 'w'}
print sorted([{2: 1}, {1: 1}, {}, {1: 0, 2: 0}])
