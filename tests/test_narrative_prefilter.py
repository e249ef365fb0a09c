"""The narrative reader's big regexes run behind a lookahead of their first characters: the same matches, faster."""

import re
from pathlib import Path

import yaml

from pipelines.lib import narrative

CORPUS = Path(__file__).parent / "corpus"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("narrative*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("reports") or data.get("passages") or [] if isinstance(data, dict) else data
        texts += [item["text"].lower() for item in items if isinstance(item, dict) and "text" in item]
    return texts


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the lookahead `prefiltered` put in front of it."""
    inner = re.match(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", pattern.pattern, re.DOTALL)
    assert inner, "not prefiltered"
    return re.compile(inner.group(1), pattern.flags)


def test_the_prefiltered_scans_match_exactly_what_the_plain_ones_do():
    texts = _corpus_texts()
    assert len(texts) > 200
    for pattern in (narrative._PERIOD, narrative._STATUS_RE, narrative._FIGURE, narrative._FAMILY_RE,
                    narrative._VERB):
        plain = _plain(pattern)  # fails if a later edit made the first characters unknowable (and the scan slow)
        for text in texts:
            assert [(m.span(), m.lastindex, m.groupdict()) for m in pattern.finditer(text)] == \
                   [(m.span(), m.lastindex, m.groupdict()) for m in plain.finditer(text)]


def test_a_pattern_whose_start_cannot_be_told_is_left_as_it_is():
    for source in (r"\b(?:x|\W)y", r"(?:ab)?", r"[^\W\d_]+ tăng"):  # any non-word start; may be empty; a negated class
        pattern = re.compile(source)
        assert narrative.prefiltered(pattern) is pattern
    ahead = narrative.prefiltered(re.compile(r"(?:(?<=\n)|^)\d+\.|\bquý (?:ii|i)|(?<!\w)năm nay"))
    assert ahead.pattern.startswith(r"(?=[\dnq])")
    assert [m.group(0) for m in ahead.finditer("12. quý ii năm nay, thanăm nay")] == ["12.", "quý ii", "năm nay"]
