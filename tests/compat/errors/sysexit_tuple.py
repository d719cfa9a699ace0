# SystemExit with several args prints the args tuple and exits with status 1.
raise SystemExit(3, "x")
