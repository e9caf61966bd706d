"""Uploaded transcripts leave no copy behind.

`coach app` gives Gradio its own upload folder, COACH_DATA_DIR/uploads (as GRADIO_TEMP_DIR, unless that is
set already), so coach can empty it without touching other apps' files.  An uploaded file is removed as
soon as its review is stored (`remove_upload`), and `coach data delete --all` and the app's "delete
everything" empty the folder (`purge_uploads`: also what a failed review left, and Gradio's copies of
exported reports).  No Gradio import here: `coach data` uses it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from coach.settings import Settings


def upload_folder(settings: Settings) -> Path:
    return settings.data_dir / "uploads"


def use_upload_folder(settings: Settings) -> None:
    """Before Gradio is imported: keep its uploads in coach's folder (an explicit GRADIO_TEMP_DIR wins)."""
    os.environ.setdefault("GRADIO_TEMP_DIR", str(upload_folder(settings)))


def remove_upload(path: str | Path | None, root: str | Path) -> bool:
    """Delete an uploaded file inside `root` (Gradio's upload folder) and its folder when that is then empty."""
    if not path:
        return False
    file, root = Path(path).resolve(), Path(root).resolve()
    if root not in file.parents:
        return False  # never delete outside the upload folder
    try:
        file.unlink(missing_ok=True)
        if file.parent != root and not any(file.parent.iterdir()):
            file.parent.rmdir()
    except OSError:
        return False
    return True


def purge_uploads(settings: Settings) -> int:
    """Empty coach's upload folder; returns how many files went."""
    folder = upload_folder(settings)
    if not folder.is_dir():
        return 0
    count = 0
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            count += sum(1 for p in entry.rglob("*") if p.is_file())
            shutil.rmtree(entry, ignore_errors=True)
        else:
            count += 1
            entry.unlink(missing_ok=True)
    return count
