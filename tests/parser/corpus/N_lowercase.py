x = u"\N{BULLET}\N{latin small letter a}"
