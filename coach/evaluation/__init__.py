"""The evaluation of coach: the labelled corpus, the AnnoMI benchmark, agreement
between annotators and the ratchet of headline figures (`coach eval`)."""
