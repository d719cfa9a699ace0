# Opening a missing file raises IOError with errno, message and filename.
f = open("/nonexistent/x")
