# compat: module
present = "present"
