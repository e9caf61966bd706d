"""Learned understanding: features, linear models with shipped weights, and what they predict.

    features.py   what a model sees of a turn: words, lemmas, character n-grams, question form, the
                  previous turn, the phase, the position in the conversation
    form.py       the small rule layer where form decides: is a sentence a question, and of which form
    linear.py     a calibrated linear model read from shipped weights (pure Python, no scikit-learn)
    acts.py       the acts of a manager turn (labels.md section 1), each with its quote and probability
    signals.py    the signals of the other speakers' turns (labels.md section 4)
    conversation.py  the phase and whether the delegatee is a network contact, with a confidence

Weights live in coach/learn/weights/*.json, trained by eval/tools/train_models.py on the development
data of many writers (never the test split, never AnnoMI).
"""
