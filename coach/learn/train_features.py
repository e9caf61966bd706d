"""Features of a whole conversation (the phase and network-contact models), shared by training and inference."""

from __future__ import annotations

from collections.abc import Sequence

from coach.learn.features import tokens


def conversation_features(turns: Sequence[tuple[str, str]], lang: str, lemmas: dict[str, dict[str, str]]) -> list[str]:
    """Features of a whole conversation for the phase and network models: the lemmas of the manager's and
    the others' words (role-prefixed), the question forms the manager uses, and the language."""
    from coach.learn.form import read_form
    from coach.tagger.sentences import sentence_spans

    table = lemmas.get(lang, {})
    feats = ["bias", "lang:" + lang]
    for role, text in turns:
        prefix = "m:" if role == "manager" else "o:"
        toks = tokens(text)
        feats.extend(prefix + table.get(t, t) for t in toks if not t[0].isdigit())
        feats.extend(prefix + a + "_" + b for a, b in zip(toks, toks[1:]))
        if role == "manager":
            feats.extend("mq:" + f for s in sentence_spans(text) for f in read_form(s, lang).features())
    return feats


def speaker_features(turns: Sequence[tuple[str, str]], speaker: str, lang: str, lemmas: dict[str, dict[str, str]]) -> list[str]:
    """Features of one speaker in a conversation (the manager model): their words, lemmas and question
    forms, whether they open the conversation, and the words of the turns answering them."""
    from coach.learn.form import read_form
    from coach.tagger.sentences import sentence_spans

    table = lemmas.get(lang, {})
    feats = ["bias", "lang:" + lang]
    if turns and turns[0][0] == speaker:
        feats.append("opens")
    for i, (who, text) in enumerate(turns):
        if who != speaker:
            continue
        toks = tokens(text)
        feats.extend("s:" + table.get(t, t) for t in toks if not t[0].isdigit())
        feats.extend("s:" + a + "_" + b for a, b in zip(toks, toks[1:]))
        feats.extend("sq:" + f for s in sentence_spans(text) for f in read_form(s, lang).features())
    return feats
