# compat: module
__all__ = ["public", "_listed_private"]
public = "public"
_listed_private = "listed though private"
not_listed = "not exported"
_hidden = "hidden"
