# An exception whose str() is empty prints only its name.
raise ValueError("")
