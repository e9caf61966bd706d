"""coach: practise and review delegation conversations against the Dutch guidance form."""

__version__ = "0.1.0"
