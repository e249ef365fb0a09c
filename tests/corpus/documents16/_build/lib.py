"""Helpers for the documents16 generator (SAMPLE DATA / Số liệu mẫu)."""
import io, zipfile, datetime
from decimal import Decimal
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def vn(x, dec=None):
    """Vietnamese number: '.' thousands, ',' decimals."""
    d = Decimal(str(x))
    if dec is not None:
        d = d.quantize(Decimal(1).scaleb(-dec))
    s = format(d, 'f')
    neg = s.startswith('-')
    s = s.lstrip('-')
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = '.'.join(groups) + (',' + fp if fp else '')
    return ('-' if neg else '') + out


def num(d):
    d = d.normalize()
    if d == d.to_integral_value():
        return int(d)
    return float(format(d, 'f'))


class Rep:
    """One document: a python-docx Document plus its expected observations."""

    def __init__(self, fname, province, doc_year, vintage, title, desc):
        self.fname, self.province, self.doc_year, self.vintage = fname, province, doc_year, vintage
        self.title, self.desc = title, desc
        self.exp, self.keys, self.traps = [], {}, []
        d = docx.Document()
        st = d.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(13)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
        for s in d.sections:
            s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
        y, m, dd = map(int, vintage.split('-'))
        cp = d.core_properties
        cp.author = 'Số liệu mẫu'
        cp.last_modified_by = 'Số liệu mẫu'
        cp.title = title
        cp.subject = 'Số liệu mẫu (SAMPLE DATA)'
        cp.keywords = 'Số liệu mẫu'
        cp.comments = 'Tài liệu mẫu, mọi số liệu đều là giả định.'
        cp.created = datetime.datetime(y, m, dd, 8, 0, 0)
        cp.modified = datetime.datetime(y, m, dd, 8, 0, 0)
        cp.revision = 1
        self.d = d

    # ---- expected observations -------------------------------------------------
    def v(self, shown, code, period, status, k=None, q='exact', alt=None, dec=None, prov=None, admin=None):
        prov = prov or self.province
        ds = Decimal(str(shown))
        if k is None:
            val = ds
        elif k == 'idx':
            val = ds - 100
        elif k == 'p100':  # "vượt x% dự toán"
            val = ds + 100
        elif k == 'neg':
            val = -ds
        elif k == 'x':     # "gấp x lần"
            val = (ds - 1) * 100
        else:
            val = ds * Decimal(str(k))
        val = num(val)
        key = (prov, code, period, status, admin)
        if key in self.keys:
            old = self.keys[key]
            if old['value'] != val or old['qualifier'] != q:
                raise ValueError('conflict %s %s: %s vs %s' % (self.fname, key, old['value'], val))
        else:
            o = {'province': prov, 'indicator': code, 'period': period, 'status': status,
                 'qualifier': q, 'value': val}
            if alt:
                o['alternatives'] = alt
            if admin:
                o['admin'] = admin
            self.keys[key] = o
            self.exp.append(o)
        return vn(shown, dec)

    # ---- document blocks -------------------------------------------------------
    def header(self, left, right_place_date):
        t = self.d.add_table(rows=1, cols=2)
        l, r = t.rows[0].cells
        l.text = ''
        for i, line in enumerate(left):
            p = l.paragraphs[0] if i == 0 else l.add_paragraph()
            run = p.add_run(line); run.bold = i < len(left) - 1 or len(left) == 1
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', right_place_date]
        for i, line in enumerate(lines):
            p = r.paragraphs[0] if i == 0 else r.add_paragraph()
            run = p.add_run(line); run.bold = i < 2; run.italic = i == 2
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.p('SỐ LIỆU MẪU – Số liệu mẫu, không phải số liệu chính thức (SAMPLE DATA).', italic=True,
               center=True, size=10)

    def title_block(self, *lines):
        for i, line in enumerate(lines):
            p = self.d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line); r.bold = True
            if i > 0:
                r.italic = line.startswith('(')

    def h(self, text):
        p = self.d.add_paragraph(); r = p.add_run(text); r.bold = True
        return p

    def p(self, text, italic=False, center=False, size=None, bold=False):
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text); r.italic = italic; r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    def note(self, text):
        return self.p(text, italic=True, size=11)

    def pagebreak(self):
        p = self.d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, hdr=1, merges=(), widths=None, repeat=True, size=11):
        ncol = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncol)
        t.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j in range(ncol):
                txt = row[j] if j < len(row) else ''
                c = t.cell(i, j)
                c.text = ''
                run = c.paragraphs[0].add_run(txt)
                run.font.size = Pt(size)
                if i < hdr:
                    run.bold = True
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif j > 1:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for (r1, c1), (r2, c2) in merges:
            for i in range(r1, r2 + 1):
                for j in range(c1, c2 + 1):
                    if (i, j) != (r1, c1):
                        t.cell(i, j).text = ''
            mc = t.cell(r1, c1).merge(t.cell(r2, c2))
            for par in mc.paragraphs[1:]:
                if not par.text:
                    par._p.getparent().remove(par._p)
        if repeat:
            for i in range(hdr):
                trPr = t.rows[i]._tr.get_or_add_trPr()
                el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        return t

    def sign(self, role, name):
        self.p('')
        t = self.d.add_table(rows=1, cols=2)
        l, r = t.rows[0].cells
        l.text = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'
        r.text = ''
        for i, line in enumerate([role, '(Đã ký)', name, '(Số liệu mẫu – nhân vật giả định)']):
            p = r.paragraphs[0] if i == 0 else r.add_paragraph()
            run = p.add_run(line); run.bold = i in (0, 2); run.italic = i in (1, 3)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def to_bytes(self):
        buf = io.BytesIO(); self.d.save(buf)
        return fixzip(buf.getvalue(), self.vintage)


def fixzip(data, vintage):
    y, m, d = map(int, vintage.split('-'))
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(y, m, d, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


class TextRep(Rep):
    """A plain-text document (.html, .md, .txt) with the same expected-observation bookkeeping."""

    def __init__(self, fname, province, doc_year, vintage, title, desc):
        self.fname, self.province, self.doc_year, self.vintage = fname, province, doc_year, vintage
        self.title, self.desc = title, desc
        self.exp, self.keys, self.traps = [], {}, []
        self.lines = []

    def w(self, *lines):
        self.lines.extend(lines)

    def to_bytes(self):
        return ('\n'.join(self.lines) + '\n').encode('utf-8')
