"""Role-play: personas, scenarios, practice sessions and the delegatee engines."""
