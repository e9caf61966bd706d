"""Interface strings in Dutch and English: gr.I18n for the static labels (chosen by the
browser's language), `text(key, lang)` for what the server renders (scorecard, messages)."""

from __future__ import annotations

EN: dict[str, str] = {
    "title": "## Coach: delegation conversations",
    "intro": "Practise a delegation conversation or review a real one, following the *Hulpformulier Delegeren*.",
    "tab_practise": "Practise",
    "tab_review": "Review a transcript",
    "tab_history": "History",
    "scenario": "Scenario",
    "persona": "Persona",
    "phase": "Conversation type",
    "language": "Language of the conversation and feedback",
    "hints": "Show a live hint after each of my turns",
    "continue_story": "Continue the storyline of my last session",
    "your_name": "Your first name (the delegatee uses it)",
    "agreements_box": "Agreements (edit them before the next conversation if they are not right)",
    "preparation": "Preparation card (optional)",
    "prep_result": "Result: what do you want to have at the end?",
    "prep_instruction": "Instruction: what, scope, mandate, means",
    "prep_steps": "Intermediate steps and check-in moments",
    "start": "Start the conversation",
    "chat": "Conversation",
    "your_turn": "Your turn (you are the manager)",
    "send": "Send",
    "end": "End and get feedback",
    "try_again": "Try again",
    "next": "Next conversation",
    "hint": "Live hint",
    "scorecard": "Scorecard",
    "chart_questions": "Question types",
    "chart_talk": "Talk share (%)",
    "upload": "Transcript (VTT, SRT, DOCX or TXT)",
    "paste": "…or paste the text ('Name: text' per line)",
    "analyse": "Review",
    "manager": "Manager (who delegates)",
    "delegatee_kind": "The other person",
    "kind_employee": "employee (in my line)",
    "kind_network": "network contact (outside my line)",
    "rerun": "Review again with my corrections",
    "export_md": "Markdown",
    "export_html": "HTML",
    "export_pdf": "PDF",
    "sessions": "Practice sessions",
    "reviews": "Reviews",
    "refresh": "Refresh",
    "reopen": "Reopen",
    "delete_one": "Delete this session or review",
    "delete_all": "Delete everything",
    "confirm_all": "Yes, delete all my sessions and reviews",
    "about": "About",
    # server-rendered
    "phase_delegation": "Delegation conversation",
    "phase_progress": "Progress review",
    "phase_final": "Final-result review",
    "status_met": "met",
    "status_partly": "partly",
    "status_missed": "missed",
    "status_not_applicable": "not applicable",
    "status_not_sure": "not sure",
    "status_probably": "probably {status}",
    "probably": "probably",
    "status": "Status",
    "better": "Try saying",
    "turn": "turn",
    "manager_chosen": "Coach chose the manager: {name}",
    "phase_chosen": "Coach chose the conversation: {phase}",
    "open_question": "open",
    "closed_question": "closed",
    "leading_question": "leading",
    "manager_role": "manager",
    "delegatee_role": "delegatee",
    "started": "Conversation started. You are the manager; say your first sentence.",
    "restored": "Your conversation is back.",
    "ended_note": "This conversation has ended.",
    "deleted": "Deleted.",
    "deleted_all": "Deleted {sessions} sessions and {reviews} reviews.",
    "confirm_needed": "Tick the box to confirm first.",
    "engine_offline": "Engine: **offline** (built-in analyser and scripted delegatee). Nothing leaves this machine.",
    "engine_local": "Engine: **LLM** at `{url}` with model `{model}`, on this machine. Nothing leaves this machine.",
    "engine_remote": "Engine: **LLM** at `{url}` with model `{model}`. Your conversations and transcripts are sent to this endpoint (COACH_REMOTE_CONSENT=1 is set).",
    "engine_blocked": "An LLM endpoint is configured at `{url}` but it is not on this machine and COACH_REMOTE_CONSENT is not set, so coach runs **offline** and sends nothing.",
    "privacy": (
        "**What is stored where.** Practice sessions (every turn, as you type it), reviews and scores are kept in "
        "`{location}` on this machine. A review keeps the conversation's turns (it quotes them). An uploaded file "
        "is removed from the app's upload folder as soon as its review is stored; exports are removed within two "
        "hours, and \"delete everything\" empties the folder. Nothing of your "
        "conversations is written to the logs.\n\n"
        "**How to delete.** In *History* delete one session or review, or everything; on the command line "
        "`coach data delete SESSION_ID` or `coach data delete --all --yes`."
    ),
}

NL: dict[str, str] = {
    "title": "## Coach: delegeergesprekken",
    "intro": "Oefen een delegeergesprek of laat een echt gesprek nakijken, volgens het *Hulpformulier Delegeren*.",
    "tab_practise": "Oefenen",
    "tab_review": "Transcript nakijken",
    "tab_history": "Geschiedenis",
    "scenario": "Scenario",
    "persona": "Persona",
    "phase": "Soort gesprek",
    "language": "Taal van het gesprek en de feedback",
    "hints": "Toon na elke beurt een tip",
    "continue_story": "Ga verder met de verhaallijn van mijn vorige sessie",
    "your_name": "Je voornaam (de gesprekspartner gebruikt hem)",
    "agreements_box": "Afspraken (pas ze aan vóór het volgende gesprek als ze niet kloppen)",
    "preparation": "Voorbereidingskaart (optioneel)",
    "prep_result": "Resultaat: wat wil je aan het eind hebben?",
    "prep_instruction": "Instructie: wat, kaders, mandaat, middelen",
    "prep_steps": "Tussenresultaten en momenten om bij te praten",
    "start": "Start het gesprek",
    "chat": "Gesprek",
    "your_turn": "Jouw beurt (jij bent de manager)",
    "send": "Verstuur",
    "end": "Beëindig en krijg feedback",
    "try_again": "Probeer opnieuw",
    "next": "Volgend gesprek",
    "hint": "Tip",
    "scorecard": "Scorekaart",
    "chart_questions": "Soorten vragen",
    "chart_talk": "Spreektijd (%)",
    "upload": "Transcript (VTT, SRT, DOCX of TXT)",
    "paste": "…of plak de tekst ('Naam: tekst' per regel)",
    "analyse": "Nakijken",
    "manager": "Manager (wie delegeert)",
    "delegatee_kind": "De ander",
    "kind_employee": "medewerker (in mijn lijn)",
    "kind_network": "netwerkcontact (buiten mijn lijn)",
    "rerun": "Opnieuw nakijken met mijn correcties",
    "export_md": "Markdown",
    "export_html": "HTML",
    "export_pdf": "PDF",
    "sessions": "Oefensessies",
    "reviews": "Beoordelingen",
    "refresh": "Vernieuwen",
    "reopen": "Heropenen",
    "delete_one": "Verwijder deze sessie of beoordeling",
    "delete_all": "Verwijder alles",
    "confirm_all": "Ja, verwijder al mijn sessies en beoordelingen",
    "about": "Over",
    "phase_delegation": "Delegeergesprek",
    "phase_progress": "Tussenresultaten bespreken",
    "phase_final": "Eindresultaat bespreken",
    "status_met": "gehaald",
    "status_partly": "deels",
    "status_missed": "gemist",
    "status_not_applicable": "niet van toepassing",
    "status_not_sure": "niet zeker",
    "status_probably": "waarschijnlijk {status}",
    "probably": "waarschijnlijk",
    "status": "Status",
    "better": "Zeg bijvoorbeeld",
    "turn": "beurt",
    "manager_chosen": "Coach koos de manager: {name}",
    "phase_chosen": "Coach koos het gesprek: {phase}",
    "open_question": "open",
    "closed_question": "gesloten",
    "leading_question": "sturend",
    "manager_role": "manager",
    "delegatee_role": "gedelegeerde",
    "started": "Het gesprek is gestart. Jij bent de manager; zeg je eerste zin.",
    "restored": "Je gesprek is terug.",
    "ended_note": "Dit gesprek is afgelopen.",
    "deleted": "Verwijderd.",
    "deleted_all": "{sessions} sessies en {reviews} beoordelingen verwijderd.",
    "confirm_needed": "Vink eerst het vakje aan ter bevestiging.",
    "engine_offline": "Engine: **offline** (ingebouwde analyse en gescripte gesprekspartner). Er verlaat niets deze computer.",
    "engine_local": "Engine: **LLM** op `{url}` met model `{model}`, op deze computer. Er verlaat niets deze computer.",
    "engine_remote": "Engine: **LLM** op `{url}` met model `{model}`. Je gesprekken en transcripten worden naar dit adres gestuurd (COACH_REMOTE_CONSENT=1 staat aan).",
    "engine_blocked": "Er is een LLM-adres ingesteld (`{url}`), maar het staat niet op deze computer en COACH_REMOTE_CONSENT staat niet aan; coach werkt daarom **offline** en verstuurt niets.",
    "privacy": (
        "**Wat wordt waar bewaard.** Oefensessies (elke beurt, zodra je hem typt), beoordelingen en scores staan in "
        "`{location}` op deze computer. Een beoordeling bewaart de beurten van het gesprek (ze citeert ze). "
        "Een geüpload bestand wordt uit de uploadmap van de app verwijderd zodra de beoordeling is bewaard; "
        "exports worden binnen twee uur verwijderd, en \"verwijder alles\" maakt de map leeg. Niets van je gesprekken komt in de logs.\n\n"
        "**Verwijderen.** Verwijder in *Geschiedenis* één sessie of beoordeling, of alles; op de opdrachtregel "
        "`coach data delete SESSIE_ID` of `coach data delete --all --yes`."
    ),
}


# --- issue 11 part B: scorecard, review page, history (i11-review) ---------------------------
REVIEW_EN: dict[str, str] = {
    "overall": "{met} of {total} guidelines met",
    "overall_partly": "{n} partly",
    "overall_not_sure": "{n} not sure",
    "overall_none": "No guideline of this conversation applied.",
    "went_well_head": "What went well",
    "went_well_none": "Nothing of the form recognised yet; the cards below show what to work on.",
    "cards_head": "Per guideline",
    "compare": "Last time {before} of {total}, now {now} of {total}.",
    "compare_better": "better than last time",
    "compare_worse": "worse than last time",
    "compare_same": "same as last time",
    "monkey_picture": "Who ends up with the monkey?",
    "monkey_you": "You",
    "conversation_head": "The conversation",
    "chart_q_x": "Kind of question",
    "chart_q_y": "Number of questions",
    "chart_talk_x": "Who speaks",
    "chart_talk_y": "Share of the words (%)",
    "chart_attempt": "Attempt",
    "chart_met_share": "Guidelines met (%)",
    "detected_head": "What coach read from the transcript",
    "sure": "sure",
    "not_sure_short": "not sure",
    "given_by_you": "your choice",
    "lang_word": "Language",
    "lang_nl": "Dutch",
    "lang_en": "English",
    "both_inputs": "You gave a file and pasted text; coach reviewed the file ({name}). Empty the file box to review the pasted text.",
    "auto": "let coach decide",
    "review_error": "Coach could not review this transcript: {reason}. Your text is still in the box.",
    "err_one_speaker": "it has only one speaker; put each turn on its own line starting with 'Name:'",
    "err_empty": "it is empty; upload a file or paste the conversation, one 'Name: text' per line",
    "err_too_large": "it is larger than the upload limit; shorten it",
    "err_format": "the file type is not supported; use VTT, SRT, DOCX or TXT",
    "err_encoding": "the file is not UTF-8 text; save it as UTF-8 and try again",
    "err_manager": "that manager does not speak in it; choose one of the speakers",
    "err_other": "check that each turn starts with 'Name:' and try again",
    "history_pick": "Session or review",
    "history_when": "When",
    "history_what": "What",
    "history_phase": "Conversation",
    "history_turns": "Your turns",
    "history_result": "Result",
    "history_ended": "ended",
    "history_open": "still open",
    "history_practice": "practice",
    "history_transcript": "pasted or uploaded conversation",
    "history_chart_head": "Guidelines met per attempt",
    "picked_none": "Choose a session or review in the list first.",
    "not_found_choice": "That session or review was not found; refresh the list.",
}

REVIEW_NL: dict[str, str] = {
    "overall": "{met} van {total} richtlijnen gehaald",
    "overall_partly": "{n} deels",
    "overall_not_sure": "{n} niet zeker",
    "overall_none": "Geen enkele richtlijn was in dit gesprek aan de orde.",
    "went_well_head": "Wat ging goed",
    "went_well_none": "Nog niets van het formulier herkend; de kaarten hieronder laten zien waar je op kunt letten.",
    "cards_head": "Per richtlijn",
    "compare": "Vorige keer {before} van {total}, nu {now} van {total}.",
    "compare_better": "beter dan vorige keer",
    "compare_worse": "minder dan vorige keer",
    "compare_same": "net als vorige keer",
    "monkey_picture": "Bij wie belandt de aap?",
    "monkey_you": "Jij",
    "conversation_head": "Het gesprek",
    "chart_q_x": "Soort vraag",
    "chart_q_y": "Aantal vragen",
    "chart_talk_x": "Wie spreekt",
    "chart_talk_y": "Aandeel van de woorden (%)",
    "chart_attempt": "Poging",
    "chart_met_share": "Richtlijnen gehaald (%)",
    "detected_head": "Wat coach uit het transcript haalde",
    "sure": "zeker",
    "not_sure_short": "niet zeker",
    "given_by_you": "door jou gekozen",
    "lang_word": "Taal",
    "lang_nl": "Nederlands",
    "lang_en": "Engels",
    "both_inputs": "Je gaf een bestand én geplakte tekst; coach keek het bestand na ({name}). Maak het bestandsvak leeg om de geplakte tekst na te kijken.",
    "auto": "laat coach kiezen",
    "review_error": "Coach kon dit transcript niet nakijken: {reason}. Je tekst staat nog in het vak.",
    "err_one_speaker": "er spreekt maar één persoon; zet elke beurt op een eigen regel die begint met 'Naam:'",
    "err_empty": "het is leeg; upload een bestand of plak het gesprek, één 'Naam: tekst' per regel",
    "err_too_large": "het is groter dan de uploadlimiet; maak het korter",
    "err_format": "dit bestandstype wordt niet ondersteund; gebruik VTT, SRT, DOCX of TXT",
    "err_encoding": "het bestand is geen UTF-8-tekst; sla het op als UTF-8 en probeer opnieuw",
    "err_manager": "die manager spreekt er niet in; kies een van de sprekers",
    "err_other": "controleer of elke beurt begint met 'Naam:' en probeer opnieuw",
    "history_pick": "Sessie of beoordeling",
    "history_when": "Wanneer",
    "history_what": "Wat",
    "history_phase": "Gesprek",
    "history_turns": "Jouw beurten",
    "history_result": "Resultaat",
    "history_ended": "afgerond",
    "history_open": "nog open",
    "history_practice": "oefening",
    "history_transcript": "geplakt of geüpload gesprek",
    "history_chart_head": "Richtlijnen gehaald per poging",
    "picked_none": "Kies eerst een sessie of beoordeling in de lijst.",
    "not_found_choice": "Die sessie of beoordeling is niet gevonden; vernieuw de lijst.",
}
# --- end of issue 11 part B block --------------------------------------------------------------

TRANSLATIONS: dict[str, dict[str, str]] = {"en": EN, "nl": NL}


def text(key: str, lang: str, **values: object) -> str:
    """A server-rendered string in `lang` (nl or en), with {placeholders} filled in."""
    table = TRANSLATIONS.get(lang, EN)
    template = table.get(key) or EN.get(key) or key
    return template.format(**values) if values else template


def browser_language(accept_language: str | None) -> str:
    """nl when the browser's first preferred language is Dutch, else en."""
    if not accept_language:
        return "en"
    first = accept_language.split(",")[0].strip().lower()
    return "nl" if first.startswith("nl") else "en"


def make_i18n():
    """The gr.I18n for the interface's static labels (imported lazily: Gradio is heavy)."""
    import gradio as gr

    return gr.I18n(en=EN, nl=NL)


def _add_workshop_texts() -> None:
    from coach.web import shared_texts, workshop_texts

    for module in (workshop_texts, shared_texts):
        EN.update(module.EN)
        NL.update(module.NL)


# --- issue 11, part A: the practice flow and the settings page (coach/web/practice_texts.py) ---
def _add_practice_texts() -> None:
    from coach.web import practice_texts

    EN.update(practice_texts.EN)
    NL.update(practice_texts.NL)


_add_workshop_texts()
_add_practice_texts()
EN.update(REVIEW_EN)
NL.update(REVIEW_NL)
