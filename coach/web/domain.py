"""The domain functions the web app uses, in one place (practice, content, readers, report).

Each is imported when first used, so the web package loads without them and a
change of name in a domain module needs one edit here.
"""

from __future__ import annotations

from pathlib import Path

from coach.models import Review
from coach.roleplay.models import Persona, Scenario


def scenarios() -> list[Scenario]:
    from coach.roleplay import content

    return list(content.load_scenarios().values())


def personas() -> list[Persona]:
    from coach.roleplay import content

    return list(content.load_personas().values())


def practice():
    from coach.roleplay import practice as module

    return module


def read_upload(data: bytes, name: str, max_bytes: int):
    from coach.readers import read_bytes

    return read_bytes(data, name, max_bytes)


def read_pasted(text: str):
    from coach.readers import read_text

    return read_text(text)


def render_markdown(review: Review) -> str:
    from coach.catalogue import get_catalogue
    from coach.report import render_markdown as render

    return render(review, get_catalogue())


def render_html(review: Review) -> str:
    from coach.report import render_html as render

    return render(review)


def render_pdf(review: Review) -> bytes:
    from coach.report import render_pdf as render

    return render(review)


EXPORT_MAX_AGE = 3600.0  # seconds an export stays on disk


def fresh_export_folder() -> Path:
    """A new folder for one export under the system's temp folder; exports older than an hour
    are removed first (they contain the conversation)."""
    import shutil
    import tempfile
    import time

    root = Path(tempfile.gettempdir()) / "coach-exports"
    root.mkdir(mode=0o700, exist_ok=True)
    for old in root.iterdir():
        try:
            if time.time() - old.stat().st_mtime > EXPORT_MAX_AGE:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return Path(tempfile.mkdtemp(dir=root))


def export_files(review: Review, folder: Path, stem: str) -> dict[str, Path]:
    """Write the review as Markdown, HTML and PDF into folder; returns {format: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {
        "md": folder / f"{stem}.md",
        "html": folder / f"{stem}.html",
        "pdf": folder / f"{stem}.pdf",
    }
    out["md"].write_text(render_markdown(review), encoding="utf-8")
    out["html"].write_text(render_html(review), encoding="utf-8")
    out["pdf"].write_bytes(render_pdf(review))
    return out
