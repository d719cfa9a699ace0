# itertools and functools: common iterator building blocks and partial/reduce.
import itertools
import functools
print list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle("ab"), 5))
print list(itertools.repeat("x", 3)), list(itertools.chain("ab", [1], ())), list(itertools.chain.from_iterable(["ab", "c"]))
print [(k, list(g)) for k, g in itertools.groupby("aaabccaa")], list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1]))
print list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.ifilter(None, [0, 1, 2])), list(itertools.ifilterfalse(None, [0, 1, 2]))
print list(itertools.imap(pow, [2, 3], [2, 2])), list(itertools.izip("abc", range(2))), list(itertools.izip_longest("abc", range(2), fillvalue="-"))
print list(itertools.starmap(max, [(1, 5), (7, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), [list(t) for t in itertools.tee([1, 2], 2)]
print list(itertools.combinations_with_replacement("ab", 2)), list(itertools.permutations(range(3), 2)), len(list(itertools.product(range(3), repeat=3)))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print add3(2), add3.args, add3.keywords, functools.reduce(lambda a, b: a * b, range(1, 6))
print sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())))
