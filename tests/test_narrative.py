"""Figures read out of narrative prose: the corpus, the seed article, provenance, units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import yaml

from pipelines.lib import catalogue, documents, narrative, observation, provinces, vn_text
from conftest import corpus_code
from pipelines.lib.ingest import extract_file

CORPUS = Path(__file__).parent / "corpus" / "narrative_passages.yaml"
REPORTS = Path(__file__).parent / "corpus" / "narrative_reports.yaml"
BLIND = Path(__file__).parent / "corpus" / "narrative_blind.yaml"
BLIND2 = Path(__file__).parent / "corpus" / "narrative_blind2.yaml"
BLIND4 = Path(__file__).parent / "corpus" / "narrative_blind4.yaml"
BLIND5 = Path(__file__).parent / "corpus" / "narrative_blind5.yaml"
BLIND6 = Path(__file__).parent / "corpus" / "narrative_blind6.yaml"
BLIND7 = Path(__file__).parent / "corpus" / "narrative_blind7.yaml"
BLIND8 = Path(__file__).parent / "corpus" / "narrative_blind8.yaml"
BLIND9 = Path(__file__).parent / "corpus" / "narrative_blind9.yaml"
BLIND10 = Path(__file__).parent / "corpus" / "narrative_blind10.yaml"
BLIND11 = Path(__file__).parent / "corpus" / "narrative_blind11.yaml"
BLIND12 = Path(__file__).parent / "corpus" / "narrative_blind12.yaml"
BLIND13 = Path(__file__).parent / "corpus" / "narrative_blind13.yaml"
BLIND14 = Path(__file__).parent / "corpus" / "narrative_blind14.yaml"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_ARTICLE = SEEDS / "000_8448127e03ba2869.txt"


def _passages() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["passages"]


def _tuple(province_code, indicator, period, status, qualifier, value):
    return (province_code, indicator, str(period), status, qualifier, round(float(value), 2))


def _extract(p: dict):
    """The figures of a corpus text; one holding Markdown pipe tables is read as the .md file it would arrive as
    (its tables by the table parser, the rest by the text extractor)."""
    if "|---" not in p["text"]:  # the text as the .txt reader gives it: lines wrapped in the source joined again
        return narrative.extract_text(documents.unwrap(p["text"]), p["doc_year"], p["vintage"],
                                      default_province=p.get("province"), lang=p.get("lang"))
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{p['id']}.md"
        path.write_text(p["text"], encoding="utf-8")
        result = narrative.extract_document(path, published=p["vintage"])
    rows = result.observations.filter(pl.col("issue").is_null() & pl.col("value").is_not_null()).to_dicts()
    return rows, result.skipped


def _expected(p: dict, got: set[tuple] = frozenset()) -> set[tuple]:
    """The expected figures as tuples; one with `alternatives` (another value an analyst could defend) is the
    alternative `got` holds, if it holds one and not the main value."""
    out = set()
    after_reform = p.get("merged_after_reform") and str(p.get("vintage") or "") > "2025-06-30"
    for e in p["expected"]:
        if after_reform and "admin" not in e:  # the corpus says a text of after 1 July 2025 speaks for the merged province
            e = {**e, "admin": "post2025"}
        period = str(e["period"])
        code = corpus_code(e)
        assert code, f"{p['id']}: corpus province {e['province']!r} does not resolve for {period}"
        row = _tuple(code, e["indicator"], period, e["status"], e["qualifier"], e["value"])
        if row not in got:
            alts = (_tuple(code, e["indicator"], period, e["status"], e["qualifier"], v) for v in e.get("alternatives") or [])
            row = next((alt for alt in alts if alt in got), row)
        out.add(row)
    return out


def _match(got: set[tuple], exp: set[tuple]) -> int:
    """Tuples of `got` matching one of `exp` (value within 0.01), each expected tuple used once."""
    left = list(exp)
    hits = 0
    for g in got:
        for e in left:
            if g[:5] == e[:5] and abs(g[5] - e[5]) <= 0.01:
                left.remove(e)
                hits += 1
                break
    return hits


def test_corpus_is_large_and_well_formed():
    passages = _passages()
    assert len(passages) >= 30
    assert len({p["id"] for p in passages}) == len(passages)
    codes = set(catalogue.indicators())
    for p in passages:
        for e in p["expected"]:
            assert e["indicator"] in codes, p["id"]
            assert e["status"] in observation.STATUSES and e["qualifier"] in observation.QUALIFIERS, p["id"]


def _reports() -> list[dict]:
    return yaml.safe_load(REPORTS.read_text(encoding="utf-8"))["reports"]


def _blind() -> list[dict]:
    return yaml.safe_load(BLIND.read_text(encoding="utf-8"))["reports"]


def _blind2() -> list[dict]:
    return yaml.safe_load(BLIND2.read_text(encoding="utf-8"))["reports"]


def _blind4() -> list[dict]:
    return yaml.safe_load(BLIND4.read_text(encoding="utf-8"))["reports"]


def _blind5() -> list[dict]:
    return yaml.safe_load(BLIND5.read_text(encoding="utf-8"))["reports"]


def _blind6() -> list[dict]:
    return yaml.safe_load(BLIND6.read_text(encoding="utf-8"))["reports"]


def _blind7() -> list[dict]:
    return yaml.safe_load(BLIND7.read_text(encoding="utf-8"))["reports"]


def _blind8() -> list[dict]:
    return _with_conventions(BLIND8)


def _blind9() -> list[dict]:
    return _with_conventions(BLIND9)


def _with_conventions(path: Path) -> list[dict]:
    """The reports of a corpus, each carrying the corpus's stated conventions (`merged_after_reform`: a text written
    after 1 July 2025 speaks for the merged province in every period it names)."""
    corpus = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [{**p, "merged_after_reform": bool(corpus.get("merged_after_reform"))} for p in corpus["reports"]]


def _blind11() -> list[dict]:
    return _with_conventions(BLIND11)


def _blind12() -> list[dict]:
    return _with_conventions(BLIND12)


def _blind13() -> list[dict]:
    return _with_conventions(BLIND13)


def _blind14() -> list[dict]:
    return _with_conventions(BLIND14)


def _blind10() -> list[dict]:
    return _with_conventions(BLIND10)


@pytest.mark.parametrize("name, corpus, floor", [("passages", _passages, (0.95, 0.85)),
                                                  ("whole reports", _reports, (0.95, 0.85)),
                                                  ("reports written blind", _blind, (0.95, 0.95)),
                                                  ("reports written blind, second round", _blind2, (0.95, 0.95)),
                                                  ("reports written blind, fourth round", _blind4, (0.95, 0.95)),
                                                  ("reports written blind, fifth round", _blind5, (0.97, 0.97)),
                                                  ("reports written blind, sixth round", _blind6, (0.97, 0.96)),
                                                  ("reports written blind, seventh round", _blind7, (0.96, 0.975)),
                                                  ("reports written blind, eighth round", _blind8, (0.955, 0.95)),
                                                  ("reports written blind, ninth round", _blind9, (0.975, 0.965)),
                                                  ("reports written blind, tenth round", _blind10, (0.97, 0.955)),
                                                  ("reports written blind, eleventh round", _blind11, (0.955, 0.94)),
                                                  ("reports written blind, twelfth round", _blind12, (0.985, 0.955)),
                                                  ("reports written blind, thirteenth round", _blind13, (0.985, 0.96)),
                                                  ("reports written blind, fourteenth round", _blind14, (0.985, 0.955))])
def test_corpus_precision_and_recall(name, corpus, floor):
    tp = n_got = n_exp = 0
    misses = []
    for p in corpus():
        rows, _ = _extract(p)
        got = {_tuple(r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows}
        exp = _expected(p, got)
        hits = _match(got, exp)
        tp, n_got, n_exp = tp + hits, n_got + len(got), n_exp + len(exp)
        if hits != len(got) or hits != len(exp):
            misses.append((p["id"], sorted(got), sorted(exp)))
    precision = tp / n_got if n_got else 1.0
    recall = tp / n_exp if n_exp else 1.0
    print(f"\nnarrative corpus, {name}: precision {precision:.3f}, recall {recall:.3f} "
          f"({tp} of {n_got} extracted, {n_exp} expected)")
    for m in misses:
        print("  differs:", m)
    assert precision >= floor[0]
    assert recall >= floor[1]


def test_basis_of_budget_percentages_is_kept():
    for p in _passages():
        wanted = [e for e in p["expected"] if e.get("basis")]
        if not wanted:
            continue
        rows, _ = _extract(p)
        for e in wanted:
            match = [r for r in rows if r["indicator"] == e["indicator"] and abs(r["value"] - e["value"]) < 0.01]
            assert match and match[0]["basis"] == e["basis"], p["id"]


def test_locator_is_the_span_of_the_number_in_the_text():
    text = "Năm 2023, thu ngân sách nhà nước trên địa bàn đạt 9,2 nghìn tỷ đồng, vượt 7% dự toán Trung ương giao."
    rows, _ = narrative.extract_text(text, 2023, dt.date(2024, 1, 10), default_province="Quảng Ngãi")
    level = next(r for r in rows if r["indicator"] == "state_budget_revenue")
    start, end = map(int, level["locator"].removeprefix("chars ").split("-"))
    assert text[start:end] == "9,2 nghìn tỷ đồng" == level["raw_value"]
    assert level["value"] == 9200 and level["unit"] == "bn_vnd"
    assert level["snippet"] == text
    assert "thu ngân sách" in level["raw_label"]
    pct = next(r for r in rows if r["indicator"] == "state_budget_revenue_pct_of_estimate")
    assert (pct["value"], pct["basis"]) == (107, "dự toán Trung ương giao")


def test_ranking_and_unknown_province_are_skipped_with_reasons():
    rows, skipped = narrative.extract_text("GRDP của tỉnh ước tăng 8,4%, đứng thứ 12 cả nước.", 2023, dt.date(2023, 12, 22))
    assert rows == []
    reasons = {s["reason"] for s in skipped}
    assert "không xác định được tỉnh" in reasons
    assert "xếp hạng không có trong danh mục chỉ tiêu" in reasons
    assert all(s["locator"].startswith("chars ") and s["snippet"] for s in skipped)


def test_document_dated_before_period_end_gives_estimates():
    text = "GRDP 6 tháng đầu năm tăng 7,1%."
    early, _ = narrative.extract_text(text, 2024, dt.date(2024, 6, 25), default_province="Gia Lai")
    late, _ = narrative.extract_text(text, 2024, dt.date(2024, 7, 10), default_province="Gia Lai")
    assert [(r["period"], r["status"]) for r in early] == [("2024-H1", "estimate")]
    assert [(r["period"], r["status"]) for r in late] == [("2024-H1", "actual")]


def test_province_code_follows_the_2025_reform():
    rows, _ = narrative.extract_text("Năm 2026, tỉnh Gia Lai phấn đấu tăng trưởng kinh tế đạt 9%.", 2025,
                                     dt.date(2025, 12, 20))
    assert [(r["province_code"], r["status"]) for r in rows] == [("52", "plan")]  # the new Gia Lai took code 52
    rows, _ = narrative.extract_text("Năm 2023, tỉnh Gia Lai có GRDP tăng 7,8%.", 2023, dt.date(2024, 1, 10))
    assert [r["province_code"] for r in rows] == ["64"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the repository")
def test_seed_article_yields_exactly_its_three_grdp_growth_figures(tmp_path):
    result = extract_file(SEED_ARTICLE, published=dt.date(2023, 3, 30))
    obs = result.observations
    got = sorted(
        (r["province_code"], r["indicator"], r["period"], r["value"], r["qualifier"], r["status"])
        for r in obs.iter_rows(named=True)
    )
    assert got == [
        ("49", "grdp_growth", "2022", 11.0, "more_than", "actual"),
        ("56", "grdp_growth", "2022", 22.1, "exact", "actual"),
        ("68", "grdp_growth", "2022", 12.0, "more_than", "actual"),
    ]
    assert set(obs["source_kind"]) == {"narrative_txt"}
    assert set(obs["vintage"]) == {dt.date(2023, 3, 30)}
    assert obs.columns == list(observation.SCHEMA)
    # the spans point at the numbers in the extracted text
    from pipelines.lib import documents

    text = documents.read_document(SEED_ARTICLE).text
    for r in obs.iter_rows(named=True):
        start, end = map(int, r["locator"].removeprefix("chars ").split("-"))
        assert text[start:end] == r["raw_value"]


def test_sample_reports_extract(tmp_path):
    sample = Path(__file__).resolve().parents[1] / "data" / "sample" / "narrative"
    files = [p for p in sorted(sample.glob("*")) if p.suffix in {".md", ".html", ".txt", ".docx"}]
    if not files:
        pytest.skip("no narrative samples")
    for path in files:
        result = narrative.extract_document(path)
        assert result.observations.height > 0, path.name
        assert result.observations["province_code"].null_count() == 0


def test_narrative_aliases_match_their_catalogue_codes():
    import csv

    from pipelines.lib.reference_data import reference_dir

    with (reference_dir() / "indicators" / "aliases_narrative.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for r in rows:
        assert catalogue.match_indicator(r["alias"]) == r["code"], r


def test_sentences_split_after_years_but_not_after_abbreviations_or_list_marks():
    text = "1. Tăng trưởng\nGRDP tăng 8% năm 2023. Thu ngân sách đạt 5.000 tỷ đồng. TP. Hồ Chí Minh tăng 6%."
    assert [text[a:b] for a, b in narrative.split_sentences(text)] == [
        "1. Tăng trưởng", "GRDP tăng 8% năm 2023.", "Thu ngân sách đạt 5.000 tỷ đồng.", "TP. Hồ Chí Minh tăng 6%.",
    ]


def test_province_named_in_one_sentence_does_not_carry_to_the_next_in_a_multi_province_text():
    text = "Năm 2023, GRDP của Kon Tum tăng 6,9%. Thu ngân sách đạt 3.000 tỷ đồng."
    rows, skipped = narrative.extract_text(text, 2023, dt.date(2024, 1, 10))
    assert [(r["province_code"], r["indicator"]) for r in rows] == [("62", "grdp_growth")]
    assert [s["reason"] for s in skipped] == ["không xác định được tỉnh"]


def test_canonical_text_is_not_made_canonical_again_unless_that_changes_it():
    for text in ("Năm 2023, GRDP của tỉnh Gia Lai tăng 7,8% so với năm 2022.",
                 "Năm 2023, GRDP tỉnh Gia Lai hoà\u0323 tăng 7,8%."):  # two tone marks: canonical's output is not NFC
        canonical = vn_text.canonical(text)
        args = (canonical, 2023, dt.date(2024, 1, 10))
        assert narrative.extract_text(*args, canonical=True) == narrative.extract_text(*args)


def _figures(text, doc_year, vintage, province=None):
    rows, _ = narrative.extract_text(text, doc_year, vintage, default_province=province)
    return sorted((r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows)


def test_up_to_the_end_of_a_month_is_the_months_since_january():
    text = "Tính đến hết tháng 8, giải ngân vốn đầu tư công đạt 52,3% kế hoạch vốn."
    assert _figures(text, 2024, dt.date(2024, 9, 5), "Bình Định") == [
        ("public_investment_disbursement_rate", "2024-8M", "actual", "exact", 52.3)]


def test_what_is_still_to_reach_and_a_growth_scenario_are_plans():
    text = ("Để hoàn thành mục tiêu cả năm tăng trưởng từ 8,5% trở lên, quý IV cần đạt 10%. "
            "Tăng trưởng GRDP 6 tháng chưa đạt kịch bản đề ra là 7%.")
    assert _figures(text, 2024, dt.date(2024, 7, 15), "Phú Yên") == [
        ("grdp_growth", "2024", "plan", "more_than", 8.5), ("grdp_growth", "2024-H1", "plan", "exact", 7.0)]


def test_past_the_mark_is_more_than_it():
    text = "Năm 2024, thu ngân sách nhà nước trên địa bàn vượt mốc 30 nghìn tỷ đồng."
    assert _figures(text, 2024, dt.date(2025, 1, 8), "Bình Dương") == [
        ("state_budget_revenue", "2024", "actual", "more_than", 30000.0)]


def test_a_plan_exceeded_is_the_plan_value_when_the_indicator_has_no_percent_of_plan():
    text = "Năm 2024, tốc độ tăng trưởng GRDP ước đạt 8,1%, vượt kế hoạch đề ra là 7,5%."
    assert _figures(text, 2024, dt.date(2024, 12, 20), "Hà Tĩnh") == [
        ("grdp_growth", "2024", "estimate", "exact", 8.1), ("grdp_growth", "2024", "plan", "exact", 7.5)]
    # without the plan's "đề ra … là", "vượt kế hoạch là 3%" is by how much: no code for exports
    assert _figures("Năm 2024, kim ngạch xuất khẩu tăng 15%, vượt kế hoạch là 3%.", 2024, dt.date(2025, 1, 10),
                    "Hà Tĩnh") == [("export_value_growth", "2024", "actual", "exact", 15.0)]


def test_a_concessive_sentence_compares_with_the_growth_before_it():
    text = "Sáu tháng đầu năm 2024, GRDP của tỉnh tăng 7,2%. Tuy thấp hơn mức tăng 8,4% của cả năm 2023, đây là kết quả khả quan."
    assert _figures(text, 2024, dt.date(2024, 7, 20), "Ninh Bình") == [
        ("grdp_growth", "2023", "actual", "exact", 8.4), ("grdp_growth", "2024-H1", "actual", "exact", 7.2)]


def test_a_bare_rate_after_a_ranking_is_the_headline_rate_of_the_sentence_before():
    text = ("Năm 2023, Bến Tre dẫn đầu với GRDP tăng 8,1%; kim ngạch xuất khẩu của tỉnh tăng 12,5%. "
            "Trà Vinh xếp thứ hai với mức tăng 7,6%. Sóc Trăng đứng thứ ba, tăng 6,9%.")
    rows, _ = narrative.extract_text(text, 2023, dt.date(2024, 1, 20))
    got = sorted((r["province_code"], r["indicator"], r["value"]) for r in rows)
    assert got == [("83", "export_value_growth", 12.5), ("83", "grdp_growth", 8.1), ("84", "grdp_growth", 7.6),
                   ("94", "grdp_growth", 6.9)]


def test_english_release_period_after_the_first_figure_runs_on():
    text = ("Binh Duong posted GRDP growth of 7.4% in the first six months of 2024. Exports totalled US$15.2 billion, up 9.1%. "
            "Industrial production index rose 8.2% over the same period of 2023. "
            "Nationwide, exports reached US$190 billion in the same period. "
            "The former Ha Tay province exported goods worth US$1.1 billion in 2007. "
            "Binh Duong ranked 5th out of 63 provinces in the 2023 Provincial Competitiveness Index. "
            "For the full year 2024, the province targets GRDP growth of 8% and aims to attract about US$2 billion of FDI.")
    rows, _ = narrative.extract_text(text, 2024, dt.date(2024, 7, 20), default_province="Bình Dương", lang="en")
    got = sorted((r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows)
    assert got == [
        ("28", "export_value", "2007", "actual", "exact", 1100.0),  # Hà Tây, merged into Hà Nội in 2008
        ("74", "export_value", "2024-H1", "actual", "exact", 15200.0),
        ("74", "export_value_growth", "2024-H1", "actual", "exact", 9.1),
        ("74", "fdi_registered", "2024", "plan", "about", 2000.0),
        ("74", "grdp_growth", "2024", "plan", "exact", 8.0),
        ("74", "grdp_growth", "2024-H1", "actual", "exact", 7.4),
        ("74", "iip_growth", "2024-H1", "actual", "exact", 8.2),
        ("74", "pci_rank", "2023", "actual", "exact", 5.0),
    ]


def test_growth_said_of_the_economy_at_current_prices_is_grdp_growth():
    text = "Năm 2023, GRDP theo giá hiện hành của tỉnh đạt 95.000 tỷ đồng và tăng trưởng 6,4%."
    assert _figures(text, 2023, dt.date(2024, 2, 1), "Hậu Giang") == [
        ("grdp_growth", "2023", "actual", "exact", 6.4), ("grdp_value_current", "2023", "actual", "exact", 95000.0)]


def test_tourism_sector_figures_and_a_bare_revenue_after_them():
    text = ("Chín tháng năm 2024, ngành du lịch đón hơn 3 triệu lượt khách, mang về doanh thu khoảng 4,2 nghìn tỷ đồng. "
            "Trong đó doanh thu bán lẻ hàng hóa đạt 900 tỷ đồng.")
    assert _figures(text, 2024, dt.date(2024, 10, 10), "Quảng Bình") == [
        ("tourism_arrivals", "2024-9M", "actual", "more_than", 3000000.0),
        ("tourism_revenue", "2024-9M", "actual", "about", 4200.0)]


def test_a_cumulative_opener_goes_on_with_the_indicator_of_the_sentence_before():
    text = "Kim ngạch xuất khẩu tháng 8 đạt 310 triệu USD. Lũy kế 8 tháng đạt 2.405 triệu USD, tăng 11,2% so với cùng kỳ."
    assert _figures(text, 2024, dt.date(2024, 9, 3), "Long An") == [
        ("export_value", "2024-08", "actual", "exact", 310.0), ("export_value", "2024-8M", "actual", "exact", 2405.0),
        ("export_value_growth", "2024-8M", "actual", "exact", 11.2)]
    # a new paragraph carries nothing over
    assert _figures(text.replace(". Lũy", ".\n\nLũy"), 2024, dt.date(2024, 9, 3), "Long An") == [
        ("export_value", "2024-08", "actual", "exact", 310.0)]


def test_times_last_year_is_a_growth_and_billions_before_millions_are_one_figure():
    text = ("Năm 2023, kim ngạch xuất khẩu tăng gấp 1,5 lần so với năm trước; vốn FDI đăng ký đạt khoảng 2 tỷ 150 triệu USD, "
            "gấp hơn 2 lần năm 2022.")
    assert _figures(text, 2023, dt.date(2024, 1, 15), "Bắc Giang") == [
        ("export_value_growth", "2023", "actual", "exact", 50.0), ("fdi_registered", "2023", "actual", "about", 2150.0)]


def test_monthly_averages_and_sums_of_several_provinces_are_skipped():
    text = ("Năm 2023, toàn tỉnh có 1.200 doanh nghiệp thành lập mới, bình quân mỗi tháng 100 doanh nghiệp. "
            "Cộng gộp, thu ngân sách của hai tỉnh đạt 40.000 tỷ đồng.")
    rows, skipped = narrative.extract_text(text, 2023, dt.date(2024, 1, 15), default_province="Hà Giang")
    assert [(r["indicator"], r["value"]) for r in rows] == [("new_enterprises", 1200.0)]
    reasons = {s["reason"] for s in skipped}
    assert "số liệu bình quân mỗi tháng, không phải của cả kỳ" in reasons
    assert "số liệu cộng gộp của nhiều địa phương, không phải của một tỉnh" in reasons


def test_english_per_cent_and_aims_for():
    # sample sentences, invented figures
    text = ("The province's GRDP grew 7.3 per cent in 2018. "
            "For 2019, the province aims for GRDP growth of 7.5 per cent.")
    assert _figures(text, 2018, dt.date(2019, 1, 10), "Quảng Trị") == [
        ("grdp_growth", "2018", "actual", "exact", 7.3), ("grdp_growth", "2019", "plan", "exact", 7.5)]


def test_vietnamese_typed_without_marks_is_read():
    # sample chat message, invented figures
    text = "Nam 2024 GRDP tinh uoc tang 6,8%, thu ngan sach dat 12.345 ty dong, vuot 5% du toan."
    rows, _ = narrative.extract_text(text, 2024, dt.date(2024, 12, 20), default_province="Phú Yên")
    got = sorted((r["indicator"], r["period"], r["status"], r["value"], r["raw_value"]) for r in rows)
    assert got == [("grdp_growth", "2024", "estimate", 6.8, "6,8%"),
                   ("state_budget_revenue", "2024", "estimate", 12345.0, "12.345 ty dong"),
                   ("state_budget_revenue_pct_of_estimate", "2024", "estimate", 105.0, "5%")]


def test_english_pci_ordinals_and_a_city_that_is_a_province():
    # sample PCI summary, invented scores and ranks
    text = ("PCI 2020 in brief. Da Nang topped nothing this year: Long An (3rd, 70.17 points) led the south, ahead of "
            "Hai Phong (4th, 69.96). Can Tho City climbed to 12th with 66.50 points. "
            "The province of Quang Tri finished in 50th place for the 5th consecutive year.")
    rows, _ = narrative.extract_text(text, 2020, dt.date(2021, 5, 5), lang="en")
    got = sorted((r["province_code"], r["indicator"], r["period"], r["value"]) for r in rows)
    assert ("80", "pci_rank", "2020", 3.0) in got and ("80", "pci_score", "2020", 70.17) in got
    assert ("31", "pci_rank", "2020", 4.0) in got and ("31", "pci_score", "2020", 69.96) in got
    assert ("92", "pci_rank", "2020", 12.0) in got and ("92", "pci_score", "2020", 66.5) in got
    assert all(r[3] != 5.0 for r in got)


def test_last_july_is_a_date_and_first_quarter_a_period():
    text = ("Can Tho, which absorbed two provinces last July, posted first-quarter growth of 7.1% in 2026.")  # sample
    rows, _ = narrative.extract_text(text, 2026, dt.date(2026, 4, 8), lang="en")
    assert [(r["indicator"], r["period"], r["value"]) for r in rows] == [("grdp_growth", "2026-Q1", 7.1)]


def test_english_preliminary_estimates_lead_and_a_vietnamese_figure_beside_an_english_quote():
    # sample texts, invented figures
    text = ("Several provinces grew fast in the first nine months of 2024, preliminary estimates released by their "
            "statistics offices showed.\n\nNam Dinh's GRDP grew 7.9% in the nine months.")
    rows, _ = narrative.extract_text(text, 2024, dt.date(2024, 10, 5), lang="en")
    assert [(r["province_code"], r["indicator"], r["period"], r["status"]) for r in rows] == [
        ("36", "grdp_growth", "2024-9M", "estimate")]
    text = 'Thu ngân sách năm 2023 đạt 123.000 tỷ đồng (báo cáo tiếng Anh ghi "VND 123 trillion").'
    assert _figures(text, 2023, dt.date(2024, 2, 1), "Đồng Nai") == [
        ("state_budget_revenue", "2023", "actual", "exact", 123000.0)]


def test_english_structure_list_and_a_rate_that_fell_to():
    # sample sentences, invented figures
    text = ("Industry and construction make up 40.2% of GRDP, services 38.5% and agriculture, forestry and fisheries "
            "17.1%. The multidimensional poverty rate fell to 4.3% at the end of 2021.")
    assert _figures(text, 2021, dt.date(2022, 1, 5), "Hà Nam") == [
        ("poverty_rate_multidim", "2021", "actual", "exact", 4.3),
        ("structure_agriculture_share", "2021", "actual", "exact", 17.1),
        ("structure_industry_construction_share", "2021", "actual", "exact", 40.2),
        ("structure_services_share", "2021", "actual", "exact", 38.5)]


def test_accumulated_fdi_is_no_flow_and_aims_to_grow_is_a_growth_target():
    # sample brief, invented figures
    text = ("Foreign direct investment: USD 1.2 billion registered in 2023. Accumulated FDI stands at USD 25.1 billion. "
            "The province aims to grow GRDP by 7.0–7.5% in 2024 and to attract at least USD 1 billion in FDI.")
    assert _figures(text, 2023, dt.date(2024, 3, 1), "Long An") == [
        ("fdi_registered", "2023", "actual", "exact", 1200.0), ("fdi_registered", "2024", "plan", "more_than", 1000.0),
        ("grdp_growth", "2024", "plan", "about", 7.25)]


def test_a_province_that_grew_an_estimated_rate_grew_its_grdp():
    # sample newswire, invented figures
    text = ("Dong Nai's GRDP expanded an estimated 8.1% in the first quarter of 2026. "
            "Tay Ninh grew an estimated 7.9%. Can Tho is estimated to have grown by 7.2%.")
    rows, _ = narrative.extract_text(text, 2026, dt.date(2026, 4, 7), lang="en")
    assert sorted((r["province_code"], r["indicator"], r["period"], r["status"], r["value"]) for r in rows) == [
        ("75", "grdp_growth", "2026-Q1", "estimate", 8.1), ("80", "grdp_growth", "2026-Q1", "estimate", 7.9),
        ("92", "grdp_growth", "2026-Q1", "estimate", 7.2)]


def test_an_english_rise_named_after_its_figure():
    text = "Quang Ninh reported an estimated 7.4% rise in its GRDP in the first quarter of 2026."  # sample sentence
    rows, _ = narrative.extract_text(text, 2026, dt.date(2026, 4, 7), lang="en")
    assert [(r["indicator"], r["period"], r["status"], r["value"]) for r in rows] == [
        ("grdp_growth", "2026-Q1", "estimate", 7.4)]


def test_the_month_a_report_was_published_is_no_period():
    # sample article, invented figures
    text = ("Trong báo cáo phát hành đầu tháng 2, một công ty tư vấn viết: \"The city's GRDP grew 7.1 percent in 2017.\"\n\n"
            "Báo cáo viết tiếp: \"The city attracted USD 1.5 billion in registered FDI last year.\"")
    assert _figures(text, 2017, dt.date(2018, 2, 6), "Cần Thơ") == [
        ("fdi_registered", "2017", "actual", "exact", 1500.0), ("grdp_growth", "2017", "actual", "exact", 7.1)]


def test_the_year_of_a_figure_compared_with_does_not_run_on():
    # sample sentence, invented figures
    text = ("Thành phố chỉ đón khoảng 2,1 triệu lượt khách, giảm 40% so với mức 3,5 triệu lượt của năm 2019; "
            "doanh thu du lịch ước đạt 4.200 tỷ đồng.")
    assert _figures(text, 2020, dt.date(2021, 1, 12), "Khánh Hòa") == [
        ("tourism_arrivals", "2019", "actual", "exact", 3500000.0),
        ("tourism_arrivals", "2020", "actual", "about", 2100000.0),
        ("tourism_revenue", "2020", "estimate", "exact", 4200.0)]


def test_english_monthly_income_a_jump_and_this_years_estimate():
    # sample sentences, invented figures
    text = ("In 2023 the average monthly income per capita was VND 3.4 million. Exports jumped 21.5% to USD 2.3 billion. "
            "The province collected VND 9.1 trillion in state budget revenue, about 80% of this year's estimate.")
    assert _figures(text, 2023, dt.date(2024, 1, 10), "Phú Thọ") == [
        ("export_value", "2023", "actual", "exact", 2300.0), ("export_value_growth", "2023", "actual", "exact", 21.5),
        ("income_per_capita_monthly", "2023", "actual", "exact", 3.4),
        ("state_budget_revenue", "2023", "actual", "exact", 9100.0),
        ("state_budget_revenue_pct_of_estimate", "2023", "actual", "about", 80.0)]


def test_an_english_rank_rising_from_one_year_to_the_next():
    text = "PCI 2021 in brief. Lao Cai rose from 30th in 2020 to 12th with 67.10 points."  # sample, invented
    rows, _ = narrative.extract_text(text, 2021, dt.date(2022, 4, 28), lang="en")
    assert sorted((r["province_code"], r["indicator"], r["period"], r["value"]) for r in rows) == [
        ("10", "pci_rank", "2020", 30.0), ("10", "pci_rank", "2021", 12.0), ("10", "pci_score", "2021", 67.1)]


def test_up_to_a_month_end_date_without_ngay():
    text = "Giải ngân vốn đầu tư công đến 30/11 mới đạt 70,2% kế hoạch."  # sample sentence
    assert _figures(text, 2025, dt.date(2025, 12, 20), "Gia Lai") == [
        ("public_investment_disbursement_rate", "2025-11M", "actual", "exact", 70.2)]


def test_an_english_dateline_heading_and_a_trained_share():
    # sample brief, invented figures
    text = ("Investment profile for foreign investors – March 2024\n\n"
            "Economy. In 2023 the province's GRDP grew 6.1%.\n\n"
            "Trade. Merchandise exports amounted to USD 3.2 billion. Of its 500,000 workers, 71.5% have received training.")
    assert _figures(text, 2023, dt.date(2024, 3, 10), "Bình Định") == [
        ("export_value", "2023", "actual", "exact", 3200.0), ("grdp_growth", "2023", "actual", "exact", 6.1),
        ("trained_labour_rate", "2023", "actual", "exact", 71.5)]


def test_a_year_opening_a_line_is_its_heading():
    text = "Results. GRDP grew 6.4% in 2023.\n\n2024 goals. The province aims to keep GRDP growth at around 7%."  # sample
    assert _figures(text, 2023, dt.date(2024, 2, 20), "Bình Định") == [
        ("grdp_growth", "2023", "actual", "exact", 6.4), ("grdp_growth", "2024", "plan", "about", 7.0)]


def test_english_one_word_city_names_and_forecast_words():
    # sample quotes, invented figures
    text = ('An economist said: "Haiphong could post growth of around 11% for the full year." '
            '"We expect Danang\'s economy to expand by 7 to 7.5 percent in 2026," the report said.')
    rows, _ = narrative.extract_text(text, 2025, dt.date(2025, 10, 8), lang="en")
    got = sorted((r["province_code"], r["indicator"], r["period"], r["status"], r["qualifier"], r["value"]) for r in rows)
    assert got == [("31", "grdp_growth", "2025", "forecast", "about", 11.0),
                   ("48", "grdp_growth", "2026", "forecast", "about", 7.25)]


def test_a_province_that_topped_the_pci_rankings_is_first():
    text = "PCI 2022 in brief. Quang Ninh topped the rankings with 72.10 points."  # sample, invented
    rows, _ = narrative.extract_text(text, 2022, dt.date(2023, 5, 1), lang="en")
    assert sorted((r["province_code"], r["indicator"], r["period"], r["value"]) for r in rows) == [
        ("22", "pci_rank", "2022", 1.0), ("22", "pci_score", "2022", 72.1)]


def test_english_jobs_for_workers():
    text = "In 2022 the province found jobs for 21,400 workers."  # sample sentence
    assert _figures(text, 2022, dt.date(2023, 1, 9), "Nghệ An") == [("jobs_created", "2022", "actual", "exact", 21400.0)]


def test_english_bare_growth_after_a_budget_figure_is_the_economys():
    # sample sentence, invented figures
    text = ("The province collected VND 20.1 trillion in state budget revenue, about 75% of this year's estimate, "
            "and still targets growth of 9% for the whole of 2024.")
    assert _figures(text, 2024, dt.date(2024, 10, 4), "Quảng Ninh") == [
        ("grdp_growth", "2024", "plan", "exact", 9.0), ("state_budget_revenue", "2024", "estimate", "exact", 20100.0),
        ("state_budget_revenue_pct_of_estimate", "2024", "estimate", "about", 75.0)]


def test_an_english_figure_excluding_a_part_is_a_variant():
    text = "In 2022 the province's GRDP grew 6.2%; excluding oil and gas it grew 8.3%."  # sample sentence
    assert _figures(text, 2022, dt.date(2023, 2, 1), "Quảng Ngãi") == [("grdp_growth", "2022", "actual", "exact", 6.2)]
