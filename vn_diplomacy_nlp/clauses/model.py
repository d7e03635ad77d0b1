"""What the clause layer writes: predicates, their arguments by grammatical function, links.

Plain dataclasses of token indices and strings only, so a clause can be stored on a spaCy
``Doc`` (a span group with attributes), pickled to a worker process, or compared in a test.
Token indices refer to the project's tokenizer (``tokenizer.tokenize``), the same tokens
every other layer counts in; ``[lo, hi)`` is half-open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: How a clause hangs on the clause before it (``Clause.link``).
LINKS = (
    "main",  # the first clause of its sentence, or one after a full stop or a semicolon
    "coordinated",  # "... và V", "..., V": the same subject
    "serial",  # adjacent verbs without a name between ("cam kết viện trợ", "sang thăm")
    "purpose",  # "để V", "nhằm V": the subject of the clause before
    "control",  # "A cam kết V", "A nhất trí V": the subject of the controlling verb
    "object_control",  # "A mời B V", "A chúc mừng B được bầu": B is the subject
    "reported",  # "A cho biết B V": a complement clause with its own subject
    "relative",  # "với B đang thăm C": a name before the verb that is also an argument
    "subordinate",  # "khi / sau khi V": time or condition
    "fronted",  # "Tiếp B, A ...": a verb phrase before the main subject
    "complement",  # "A gửi thư chúc mừng B": the verb after a noun of the clause before
    "circumstance",  # "tiếp B nhân dịp trình Quốc thư": the party received does it
    "framed",  # "A tuyên bố trong cuộc gặp với B": an occasion inside a prepositional phrase
    "nominal",  # an event noun with no one before it ("chuyến thăm của A")
)


@dataclass(slots=True)
class Phrase:
    """A noun phrase that fills a function: its tokens and the names it holds.

    ``members`` are the token ranges of the participants the phrase names, one per item
    of a coordination or list (``A và B``, ``các nước: X, Y, Z``); a phrase naming no one
    (``các Đại sứ``, ``Hội nghị X``) has its own range as its only member and
    ``named = False``. ``leader`` is the person heading a delegation the phrase names
    (``Đoàn X do A dẫn đầu``).
    """

    lo: int
    hi: int
    members: list[tuple[int, int]] = field(default_factory=list)
    named: bool = True
    leader: tuple[int, int] | None = None
    kind: str = "name"  # name | group | delegation | pronoun | occasion | common
    #: the parser saw where the phrase ends ("Dự lễ ký có A": before "có"), so a reader of
    #: names must not run past ``hi``
    closed: bool = False


@dataclass(slots=True)
class Predicate:
    """The verb group of a clause (or the event noun of a nominal clause).

    ``heads`` are the token ranges of its verbs in order ("thăm và làm việc" has two;
    "sang thăm" has the direction ``sang`` in ``direction`` and ``thăm`` as head).
    """

    lo: int
    hi: int
    heads: list[tuple[int, int]] = field(default_factory=list)
    nominal: bool = False  # "cuộc hội đàm", "chuyến thăm", "buổi tiếp", "lễ ký"
    negated: bool = False
    modality: str | None = None  # "planned" (also what is invited, promised or asked for)
    tense: str | None = None  # "past" | "progressive" | "habitual"
    voice: str = "active"  # "active" | "passive"
    direction: tuple[int, int] | None = None  # "sang" of "sang thăm"


@dataclass(slots=True)
class Clause:
    """One predicate with its arguments by grammatical function.

    ``pps`` maps a preposition's function name (``với``, ``tại``, ``giữa``, ``của``,
    ``invitation`` ... the value names in ``data/clauses.yaml``) to the phrases it
    introduces, in text order. ``subject_from`` says where the subject came from:
    ``own`` (written in the clause), or the link it was inherited through.
    """

    lo: int
    hi: int
    sentence: int
    predicate: Predicate
    subject: Phrase | None = None
    subject_from: str = "own"
    agent: Phrase | None = None  # "được A V": A
    objects: list[Phrase] = field(default_factory=list)
    pps: dict[str, list[Phrase]] = field(default_factory=dict)
    fronted: list[tuple[int, int]] = field(default_factory=list)  # adverbials before it
    link: str = "main"
    parent: int | None = None  # index (in the document's clause list) of the clause linked to
    #: a fronted or framed clause ("Tại buổi tiếp, A chào mừng B"): the index of the main
    #: clause whose subject it takes
    host: int | None = None

    def pp(self, name: str) -> list[Phrase]:
        """The phrases introduced by the preposition class ``name`` (empty if none)."""
        return self.pps.get(name, [])
