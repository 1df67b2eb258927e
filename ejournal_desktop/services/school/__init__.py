"""The school itself: its details and reference data (grading systems, work types, subjects)."""
