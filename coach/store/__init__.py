"""Storage: practice sessions (turn by turn), reviews and scores per guideline (SQLAlchemy 2).

    store = open_store(settings)          # COACH_DATABASE_URL, else COACH_DATA_DIR/coach.sqlite
    store.save_session(session)           # call after every turn: new turns are appended
    store.load_session(session_id)        # -> Session | None
    store.load_session_at(session_id)     # -> LoadedSession (session, version, request ids) | None
    store.save_session(s, expected=version, request_id=key)  # StaleSession when saved elsewhere meanwhile
    store.save_review(review, kind="practice", session_id=...)
    store.score_history()                 # scores per guideline over time
    store.delete_session(id) / store.delete_review(id) / store.delete_all()
"""

from coach.store.repository import (LoadedSession, ReviewRecord, ScorePoint, SessionSummary, StaleSession, Store,
                                    open_store)

__all__ = ["LoadedSession", "ReviewRecord", "ScorePoint", "SessionSummary", "StaleSession", "Store", "open_store"]
