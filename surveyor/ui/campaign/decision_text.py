"""The merge's notes and review reasons in the user's language.

The catalogue keeps each sentence in English and as translatable words
(``surveyor.core.campaign.stored_words``); this rebuilds the words, vocabulary values shown as
their translated labels ("stub" for ``pole``), and falls back to the English text for notes
written before the words were kept.
"""

from __future__ import annotations

from surveyor.core.campaign.stored_words import from_json
from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.vocab_combo import vocab_label


def term_label(field: str, value: str) -> str:
    """A vocabulary value inside a sentence: its label, translated, in lower case."""
    fields = load_vocabulary().fields
    if field not in fields:
        return value  # a make is a name: as the volunteer wrote it
    label = vocab_label(fields[field].label_for(value))
    return label[:1].lower() + label[1:]


def shown(text: str, words: str) -> str:
    """What the merge said (``text``), in the user's language when its ``words`` were kept."""
    message = from_json(words, term_label)
    return text if message is None else str(message)
