"""The administrator's duties: backup and restore, recovery, year closing, maintenance and moving the journal between files and servers."""
