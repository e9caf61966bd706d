"""Engines behind two small interfaces (coach.engines.base): critics and delegatees."""
