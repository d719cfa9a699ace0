if x:
    pass
	
  # c
