"""Vietnamese political news → SQLite database of events, teams, places, people and titles."""

__version__ = "0.1.0"
