# -*- coding: utf-8 -*-
"""Generate the documents16 corpus (SAMPLE DATA / Số liệu mẫu).

Run from the repository root:  .venv/bin/python tests/corpus/documents16/_build/gen.py
Writes the ten document files, expected.yaml and README.md next to _build/ (byte-deterministic:
fixed core properties and zip timestamps for the .docx, plain UTF-8 text for .html/.md/.txt).
"""
import os, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_a, docs_b  # noqa: E402

NAME = 'documents16'

BUILDERS = [docs_a.hungyen_t3_q1, docs_a.quangtri_4t, docs_a.thainguyen_6t, docs_a.angiang_tcbc_t5,
            docs_a.camau_stc_q1, docs_b.cum_bactrungbo_6t, docs_b.laocai_bao_html, docs_b.dongthap_md,
            docs_b.tuyenquang_xa_txt, docs_b.nghean_kh_2026]

CONVENTIONS = [
    'Provinces: column name_915_CTK_CSCL of reference/admin/provinces_34_post2025.csv (all documents are of 2026, after the 1 July 2025 merger); a merged province speaks for the new province in every period, 2025 included.',
    'Values are in the catalogue unit: tỷ đồng (triệu đồng /1000, nghìn tỷ x1000), triệu USD (tỷ USD x1000), persons (triệu lượt x1e6, nghìn lượt x1000).',
    'Growth codes are the change in %: index 107,2 -> 7.2 ("bằng 115,1% so với cùng kỳ" -> 15.1); a column already headed "Tăng/giảm (%)" or "Tăng (%)" is taken as it is. "bằng/đạt x% dự toán" -> x.',
    'Periods: YYYY, YYYY-Qn, YYYY-H1, YYYY-NM (first N months cumulated; 3 months = YYYY-Q1, 6 months = YYYY-H1), YYYY-MM (one month).',
    'Status: actual = finished period stated as thực hiện/chính thức/kết quả (or stated plainly after the period ended); estimate = ước/ước tính or a period unfinished at the document date; plan = kế hoạch/mục tiêu/chỉ tiêu/dự toán/kịch bản giao; forecast = dự kiến/dự báo.',
    'Qualifiers: khoảng -> about; trên/hơn -> more_than; gần/dưới -> less_than; otherwise exact.',
    'A column of a former-province sum on the new boundaries ("Quý I/2025 (*)", "Cộng 5T/2025", "4 tháng năm 2025 (*)") is an actual of the merged province; the former provinces\' own figures in prose ("Thái Bình (cũ)") are not expected; their own table columns ("Tiền Giang (cũ) 5T/2025") were not expected blind and, after it, are expected as the former provinces under their pre-2025 keys (admin: pre2025), as the project\'s README says of "(cũ)" (amended by the lead).',
    'Not expected: commune/ward figures, national and cluster totals, ranks, month-on-month changes, the monthly CPI against the same month, multi-year averages, monthly averages, scenario bands, requirements ("quý II phải tăng trên 9%"), increments and reductions, components ("Trong đó", thu nội địa, khách quốc tế), indicators without a catalogue code (growth of arrivals / FDI / new enterprises, % of plan other than the budget).',
    'The same figure in prose and in a table is one entry.',
]

DOUBTS = [
    'Hưng Yên / Quảng Trị / Thái Nguyên: disbursement "đến ngày 20/3", "đến ngày 20/4", "đến ngày 15/6" is given the enclosing unfinished period (2026-Q1 / 2026-4M / 2026-H1) as estimate; Đồng Tháp "đến 31/5/2026" in a note of 15/6 is 2026-5M actual.',
    'An Giang: the cumulated cell on the row "Tháng 3" is given period 2026-Q1 (not 2026-3M); the cumulated cell of "Tháng 1" equals the month and is not a separate entry.',
    'An Giang: the release is dated 5/6 but calls May "ước tính" → May and every 5-month cumulation are estimates; the CPI average of 5 months is stated plainly → actual.',
    'Cluster: the row "Quảng Trị (*)" is estimate because of the table footnote; the other members\' half-year figures (summary of 14/7) are actual.',
    'Lào Cai html: the caption says "(ước tính)" → all 2026-Q1 cells estimate, the prose "ước" agrees; the "Quý I/2025" column is actual (new boundaries per the source line).',
    'Lào Cai / Đồng Tháp: "Tăng/giảm (%)" and "Tăng (%)" columns are read as changes (no −100). An analyst\'s recomputed growth on the sum of the former provinces (Đồng Tháp) is expected as the province\'s growth 2026-5M estimate.',
    'Đồng Tháp: the analyst\'s "khoảng 9%" for 2026 is a forecast/about; the province scenario "quý II cần tăng 8,6%" is a plan for 2026-Q2; the analyst\'s "41,9% dự toán" (his own division) is expected as pct_of_estimate 2026-5M estimate.',
    'Nghệ An: scenario growth rates for single quarters (Quý II-IV) are plans for 2026-Q2..Q4; the "Cả năm 2026" column equals the resolution targets (one entry each).',
    'Nghệ An: health-insurance coverage "Kết quả quý I/2026" 93,6% (a stock at the quarter end) is 2026-Q1 actual.',
    'Tuyên Quang (commune report): province figures quoted by a commune are expected with the commune report\'s status (Q1 estimate in a report of 30/3); BHYT "đến 31/3/2026" is 2026-Q1 estimate; year-2025 poverty and forest cover are actual.',
    'Thái Nguyên: the GRDP growth rows\' "Thực hiện 6 tháng 2025 (1)" (7,65 etc.) are actual 2025-H1 recomputed on the merged boundaries (footnote (1)).',
    'Cà Mau: "Trong đó: tháng 3/2026" of revenue and expenditure is actual 2026-03 (finished month, report of 9/4); the 2026 revenue dự toán is the HĐND-assigned one (only one dự toán given).',
]


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def yv(v):
    if isinstance(v, float):
        return repr(v)
    return str(v)


def obs_line(o):
    parts = ['province: %s' % o['province'], 'indicator: %s' % o['indicator'], "period: '%s'" % o['period'],
             'status: %s' % o['status'], 'qualifier: %s' % o['qualifier'], 'value: %s' % yv(o['value'])]
    if o.get('alternatives'):
        parts.append('alternatives: [%s]' % ', '.join(yv(a) for a in o['alternatives']))
    if o.get('admin'):
        parts.append('admin: %s' % o['admin'])
    return '      - {' + ', '.join(parts) + '}'


def main():
    reps = [b() for b in BUILDERS]
    for R in reps:
        write(os.path.join(OUT, R.fname), R.to_bytes())
    total = sum(len(R.exp) for R in reps)
    y = ['# %s – blind corpus of 2026 monthly/quarterly documents of the 34 merged provinces (SAMPLE DATA / Số liệu mẫu)' % NAME,
         '# Word reports (.docx), an .html article, a .md note and a .txt commune report of 2026 (after the 1 July 2025 merger).',
         '# Generated by _build/gen.py from the same literals as the documents. Total expected: %d.' % total,
         '#', '# Conventions:']
    y += ['#  - ' + c for c in CONVENTIONS]
    y += ['#', '# Doubts:']
    y += ['#  %d. %s' % (i + 1, d) for i, d in enumerate(DOUBTS)]
    y += ['files:']
    for R in reps:
        y += ['  - file: %s' % R.fname, '    doc_year: %d' % R.doc_year, '    vintage: "%s"' % R.vintage,
              '    province: %s' % (R.province if R.province else 'null'), '    n_expected: %d' % len(R.exp),
              '    expected:']
        y += [obs_line(o) for o in R.exp]
    write(os.path.join(OUT, 'expected.yaml'), ('\n'.join(y) + '\n').encode('utf-8'))

    md = ['# %s – blind corpus of 2026 monthly and quarterly documents (SAMPLE DATA)' % NAME, '',
          'Số liệu mẫu – every figure, person, commune and sentence here is invented. Ten documents of 2026 by the 34 '
          'provinces created on 1 July 2025: a report of March and quarter I, a 4-month report with a transposed table '
          '(periods in rows), a 6-month report with its appendix (a single-quarter column beside the half-year), a '
          'statistics office\'s monthly press release with one row per month and cumulated / "cùng kỳ" columns, a '
          'Department of Finance quarterly budget report in triệu đồng with a single-month column, an emulation '
          'cluster\'s mid-year summary of its members (one row footnoted as estimated), a newspaper article with an '
          'embedded HTML table of signed changes, an analyst\'s Markdown note comparing the merged province with the sum '
          'of its former provinces, a commune report quoting province figures, and a plan document with 2026 targets, '
          'quarter I results and quarterly growth scenarios. The corpus was written blind (without reading the parsers) '
          'from the indicator catalogue and the reference province lists only. `expected.yaml` lists one entry per '
          'distinct province-level figure that has a catalogue code; its header holds the conventions and the numbered '
          'Doubts. No PDF: the writer spent the time on the documents instead (documents14 and others hold PDFs).',
          '', 'Regenerate from the repository root:', '',
          '    .venv/bin/python tests/corpus/%s/_build/gen.py' % NAME, '',
          'The .docx files are byte-deterministic (fixed core properties and zip timestamps); .html, .md and .txt are '
          'plain UTF-8.', '',
          'Total expected observations: %d.' % total, '', '## Conventions', '']
    md += ['- ' + c for c in CONVENTIONS]
    md += ['', '## Files', '']
    for R in reps:
        md += ['### %s' % R.fname, '',
               '- province: %s; document date: %s; expected observations: %d' % (
                   R.province or '(several – cluster members)', R.vintage, len(R.exp)),
               '- %s' % R.desc, '- traps:']
        md += ['  - ' + t for t in R.traps]
        md += ['']
    md += ['## Doubts', '']
    md += ['%d. %s' % (i + 1, d) for i, d in enumerate(DOUBTS)]
    md += ['']
    measured = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'measured.md')  # how the code reads it
    if os.path.exists(measured):
        with open(measured, encoding='utf-8') as f:
            md += [f.read().rstrip('\n'), '']
    write(os.path.join(OUT, 'README.md'), ('\n'.join(md)).encode('utf-8'))
    print('files: %d, expected: %d' % (len(reps), total))
    for R in reps:
        print('  %-60s %3d' % (R.fname, len(R.exp)))


if __name__ == '__main__':
    main()
