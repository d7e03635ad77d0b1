"""``python -m vn_diplomacy_nlp``: the same command line as ``vn-diplomacy``."""

from vn_diplomacy_nlp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
