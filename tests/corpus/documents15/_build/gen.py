# -*- coding: utf-8 -*-
"""Generate the documents15 corpus (SAMPLE DATA / Số liệu mẫu).

Run from the repository root:  .venv/bin/python tests/corpus/documents15/_build/gen.py
Writes the ten document files, expected.yaml and README.md next to _build/.
The .doc file needs LibreOffice (soffice) on PATH; it is converted from a .docx built here.
"""
import os, sys, shutil, subprocess, tempfile
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_a, docs_b  # noqa: E402

NAME = 'documents15'

BUILDERS = [docs_a.hatinh_6t_2018, docs_a.binhdinh_9t_2021, docs_a.thanhhoa_2019, docs_a.hue_2023,
            docs_a.ductrong_2022, docs_b.khanhhoa_dulich_2023, docs_b.hoabinh_ns_2020, docs_b.dongthap_cv_2017,
            docs_b.bacninh_phatbieu_2024, docs_b.soctrang_5nam_2020]

CONVENTIONS = [
    'Values are in the catalogue unit: tỷ đồng (triệu đồng /1000, nghìn tỷ x1000), triệu USD (tỷ USD x1000), persons (triệu lượt x1e6, nghìn lượt x1000).',
    'Growth codes are the change in %: index 107,2 -> 7.2; "giảm 3%" -> -3. "vượt x% dự toán" -> 100+x; "bằng/đạt x% dự toán" -> x.',
    'Periods: YYYY, YYYY-Qn, YYYY-H1, YYYY-NM (first N months cumulated), YYYY-MM (one month).',
    'Status: actual = finished period stated as thực hiện/quyết toán/lũy kế (or stated plainly after the period ended); estimate = ước/sơ bộ or a period unfinished at the document date; plan = kế hoạch/mục tiêu/chỉ tiêu/dự toán/phấn đấu; forecast = dự kiến/dự báo.',
    'Qualifiers: khoảng -> about; trên/hơn -> more_than; gần -> less_than (decision of this corpus); otherwise exact.',
    'District figures (huyện, thành phố thuộc tỉnh), national and regional figures are not listed at all: absence = not expected.',
    'Not expected either: indicators without a catalogue code (component rows "Trong đó", tourist-arrival growth, new-enterprise growth, % of plan other than the budget), month-on-month changes, multi-year averages/totals/ratios, increments ("thêm 20 xã"), reductions of a rate ("giảm 1,5%" of the poverty rate), empty form cells.',
    'The same figure in prose and in a table is one entry.',
]

DOUBTS = [
    'Stocks at mid-year (Hà Tĩnh: 122 NTM communes "đến nay", BHYT 86,4%) are given period 2018-H1, status estimate; an analyst could leave them out or date them 2018-06.',
    'Disbursement "đến ngày 15/6" (Hà Tĩnh) and "đến ngày 20/9" (Bình Định) are given the enclosing unfinished period (2018-H1 / 2021-9M) as estimate; "đến ngày 30/9/2020" (Hoà Bình, report of 20/10) is 2020-9M actual.',
    '"gần" is read as less_than (Bắc Ninh import "gần 50 tỷ USD"). "gấp gần 2 lần" is not expected anyway (no growth code for tourism revenue).',
    'Thanh Hóa Biểu 1: the "So sánh ƯTH/KH" of the budget row (114,9) is taken as state_budget_revenue_pct_of_estimate (kế hoạch thu = dự toán); the other rows of that column are not expected.',
    'Bắc Ninh speech: figures of 2023 without "ước/sơ bộ" (FDI, budget revenue, new enterprises, 105,3% dự toán) are actual; those after "theo số liệu sơ bộ"/"ước" are estimates. The sentence scope of "theo số liệu sơ bộ" is taken to cover only the GRDP sentence.',
    'Hà Tĩnh: the 2017-H1 column is headed "Thực hiện" but footnoted "(1) Số liệu sơ bộ": status estimate (footnote wins).',
    'Sóc Trăng: the 2019 growth 7,35% is in prose without "sơ bộ"; the table footnote makes 2019 preliminary, so one entry with status estimate.',
    'Bình Định: CPI of September against the same month (102,10) is not the average-CPI code and is not expected.',
    'Khánh Hòa: tourism figures of the Department of Tourism count "khách lưu trú" (staying guests); they are taken as tourism_arrivals (the report calls them "tổng lượt khách").',
    'Thừa Thiên Huế (2023) is mapped to "Huế", the name in provinces_63_pre2025.csv; "Hòa Bình" in the text maps to "Hoà Bình".',
    'Lâm Đồng (district report): province figures quoted by a district are expected with the status of the district report (estimate, December 2022); the province 2023 targets ("UBND tỉnh giao") are plans.',
    'Bắc Ninh: grdp_growth 2022 (6,2%) sits inside the "Theo số liệu sơ bộ" sentence but refers to the earlier, final year: actual (an analyst could say estimate).',
    'Bắc Ninh: the range target "GRDP 6 - 6,5%" for 2024 is given as 6 (lower bound) with alternative 6.5.',
    'Hoà Bình: the % columns of the expenditure row (109,3; 103,6) are not expected (no code for expenditure against estimate/growth).',
]


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def to_doc(docx_bytes, name):
    tmp = tempfile.mkdtemp(prefix='d15_')
    try:
        src = os.path.join(tmp, name.replace('.doc', '.docx'))
        write(src, docx_bytes)
        prof = os.path.join(tmp, 'profile')
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'doc',
                        '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        with open(os.path.join(tmp, name), 'rb') as f:
            return f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def yv(v):
    if isinstance(v, float):
        return repr(v)
    return str(v)


def obs_line(o):
    parts = ['province: %s' % o['province'], 'indicator: %s' % o['indicator'], "period: '%s'" % o['period'],
             'status: %s' % o['status'], 'qualifier: %s' % o['qualifier'], 'value: %s' % yv(o['value'])]
    if o.get('alternatives'):
        parts.append('alternatives: [%s]' % ', '.join(yv(a) for a in o['alternatives']))
    return '      - {' + ', '.join(parts) + '}'


def main():
    reps = [b() for b in BUILDERS]
    for R in reps:
        data = R.to_bytes()
        if R.fname.endswith('.doc'):
            data = to_doc(data, R.fname)
        write(os.path.join(OUT, R.fname), data)
    total = sum(len(R.exp) for R in reps)
    y = ['# %s – blind Word-report corpus (SAMPLE DATA / Số liệu mẫu)' % NAME,
         '# Word reports (.docx, one legacy .doc) of provinces before the 1 July 2025 merger, 2016-2024.',
         '# Generated by _build/gen.py from the same literals as the documents. Total expected: %d.' % total,
         '#', '# Conventions:']
    y += ['#  - ' + c for c in CONVENTIONS]
    y += ['#', '# Doubts:']
    y += ['#  %d. %s' % (i + 1, d) for i, d in enumerate(DOUBTS)]
    y += ['files:']
    for R in reps:
        y += ['  - file: %s' % R.fname, '    doc_year: %d' % R.doc_year, '    vintage: "%s"' % R.vintage,
              '    province: %s' % R.province, '    n_expected: %d' % len(R.exp), '    expected:']
        y += [obs_line(o) for o in R.exp]
    write(os.path.join(OUT, 'expected.yaml'), ('\n'.join(y) + '\n').encode('utf-8'))

    md = ['# %s – blind Word-report corpus (SAMPLE DATA)' % NAME, '',
          'Số liệu mẫu – every figure, person and sentence here is invented. Ten Word documents of the kind the '
          'provincial People\'s Committees, their departments and districts wrote before the 1 July 2025 merger '
          '(63 provinces, 2016-2024): numbered sections ("I.", "1.", "a)") with figures in prose, Word tables with merged '
          'header cells, a table split by a page break with its header repeated, a "TT" table with units inside the '
          'indicator names, a table of next-year targets, text footnotes ("(1) Số liệu sơ bộ"), a half-year report, a '
          '9-month report, year-end reports with the next year\'s plan, a district report, two department reports '
          '(tourism, budget), a letter asking for figures and a speech. The corpus was written blind (without reading the '
          'parsers) from the indicator catalogue and the reference province lists only. `expected.yaml` lists one entry '
          'per distinct province-level figure that has a catalogue code (province name as in the reference CSVs, value '
          'in the catalogue unit, period, status, qualifier); its header holds the conventions and the numbered Doubts.',
          '', 'Regenerate from the repository root (needs LibreOffice `soffice` for the .doc):', '',
          '    .venv/bin/python tests/corpus/%s/_build/gen.py' % NAME, '',
          'The .docx files are byte-deterministic (fixed core properties and zip timestamps). The .doc is converted by '
          'LibreOffice; see the note at the end on its determinism.', '',
          'Total expected observations: %d.' % total, '', '## Conventions', '']
    md += ['- ' + c for c in CONVENTIONS]
    md += ['', '## Files', '']
    for R in reps:
        md += ['### %s' % R.fname, '',
               '- province: %s; document date: %s; expected observations: %d' % (R.province, R.vintage, len(R.exp)),
               '- %s' % R.desc, '- traps:']
        md += ['  - ' + t for t in R.traps]
        md += ['']
    md += ['## Doubts', '']
    md += ['%d. %s' % (i + 1, d) for i, d in enumerate(DOUBTS)]
    md += ['', '## Note on the .doc', '',
           'ThuaThienHue_UBND_BC_KTXH_2023_KH2024.doc is produced with `soffice --headless --convert-to doc` from a '
           'python-docx document built by gen.py (the intermediate .docx is not kept). ' + DOC_NOTE, '']
    write(os.path.join(OUT, 'README.md'), ('\n'.join(md)).encode('utf-8'))
    print('files: %d, expected: %d' % (len(reps), total))
    for R in reps:
        print('  %-60s %3d' % (R.fname, len(R.exp)))


DOC_NOTE = 'Its bytes were identical over two runs on the machine that wrote the corpus.'

if __name__ == '__main__':
    main()
