"""Build kon_tum_2023_bao_cao.docx, a sample People's Committee report (SAMPLE DATA, not official figures).

Run from the repo root: `uv run python data/sample/narrative/make_docx.py`. The
.docx is committed too, so the pipeline does not need to run this script.
"""

from __future__ import annotations

from pathlib import Path

import docx

OUT = Path(__file__).with_name("kon_tum_2023_bao_cao.docx")


def build(path: Path = OUT) -> Path:
    d = docx.Document()
    d.core_properties.title = "Báo cáo tình hình kinh tế - xã hội tỉnh Kon Tum năm 2023 (dữ liệu mẫu)"
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    d.add_paragraph("Kon Tum, ngày 08 tháng 12 năm 2023")
    d.add_heading("Báo cáo tình hình kinh tế - xã hội năm 2023, kế hoạch năm 2024", level=1)
    d.add_paragraph("DỮ LIỆU MẪU — văn bản minh họa do dự án thidua soạn để kiểm thử; số liệu không phải số liệu chính thức.")
    d.add_heading("I. Kết quả thực hiện năm 2023", level=2)
    d.add_paragraph(
        "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,3% (kế hoạch 8-8,5%). Khu vực nông, lâm nghiệp và thủy sản, "
        "khu vực công nghiệp - xây dựng và khu vực dịch vụ lần lượt tăng 4,9%, 13,1% và 7,7%."
    )
    d.add_paragraph("GRDP bình quân đầu người ước đạt 58,4 triệu đồng/người.")
    d.add_paragraph(
        "Thu ngân sách nhà nước trên địa bàn ước đạt 3.250 tỷ đồng, vượt 8,2% dự toán Trung ương giao. "
        "Tỷ lệ giải ngân vốn đầu tư công đạt 93,5% kế hoạch."
    )
    d.add_paragraph("Tỷ lệ hộ nghèo đa chiều giảm còn 12,6%; tỷ lệ che phủ rừng đạt 62,8%.")
    d.add_heading("II. Một số chỉ tiêu chủ yếu", level=2)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "Đơn vị", "Ước thực hiện 2023"),
                             ("Thu nhập bình quân đầu người một tháng", "triệu đồng", "3,9"),
                             ("Số xã đạt chuẩn nông thôn mới", "xã", "46")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_heading("III. Kế hoạch năm 2024", level=2)
    d.add_paragraph("Mục tiêu năm 2024: tốc độ tăng trưởng GRDP đạt 8,5-9%; thu ngân sách nhà nước đạt 3.400 tỷ đồng.")
    d.save(path)
    return path


if __name__ == "__main__":
    print(build())
