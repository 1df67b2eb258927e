"""The school itself: its details and reference data (grading systems, work types, subjects), its classes
and curriculum, the school year's structure (`year`, `periods`, `calendar_days`, `bells`, with `effects`
saying what a change does to marks already given), and the set-up from a workbook (`setup_*`)."""
