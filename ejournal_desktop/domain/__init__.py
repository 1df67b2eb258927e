"""Pure-Python school rules: no Qt, no SQLAlchemy, nothing of ours outside this package."""
