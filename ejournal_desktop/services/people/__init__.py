"""Pupils and staff: class lists, arrivals and departures, staff records, class-list import and export."""
