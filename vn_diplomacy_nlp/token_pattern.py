"""The token pattern: what one token of Vietnamese news text is.

Shared by the tokenizer (tokens with offsets) and by ``textnorm`` (the match key of a
phrase is built from the same tokens), which is why it lives apart from both.
"""

from __future__ import annotations

import regex

# Order matters: debris first, then dotted abbreviations and numbers, then words.
TOKEN_RE = regex.compile(
    r"""
    (?P<debris>
        !\[(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,500}\]\([^)\s]{0,2000}\)  # ![alt](url)
      | !\[\]\(\)                                  # empty image
      | https?://[^\s)\]]{1,2000}
      | www\.[^\s)\]]{1,2000}
      | [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}
    )
  | (?P<number>\d{1,20}(?:[.,/:]\d{1,20}){0,10})
  | (?P<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,60}(?:\.[\p{L}][\p{L}\p{M}\p{N}]{0,30}){0,5}
             | \p{N}{1,10}[\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,30})
  | (?P<punct>[^\s\p{L}\p{M}\p{N}])
    """,
    regex.VERBOSE,
)


def surface_tokens(text: str) -> list[str]:
    """Just the token strings (fast path for indexing gazetteer aliases)."""
    return [m.group() for m in TOKEN_RE.finditer(text)]
