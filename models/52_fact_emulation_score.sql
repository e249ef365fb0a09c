-- fact_emulation_score: points per province × year × criterion, with the actual used, achievement and a one-line explanation.
CREATE TABLE fact_emulation_score AS
SELECT
    cluster_code,
    CAST(year AS INTEGER) AS year,
    province_code,
    criterion_code,
    criterion_name,
    kind,
    indicator,
    unit,
    direction,
    measure,
    mode,
    target,
    actual,
    actual_status,
    actual_qualifier,
    actual_source_id,
    actual_is_estimate,
    actual_is_lower_bound,
    achievement_ratio,
    gap_pp,
    base_points,
    bonus_points,
    penalty_points,
    points,
    max_points,
    full_points,
    missing_data,
    explanation,
    scheme_id,
    legal_basis
FROM stg_emulation_scores
ORDER BY cluster_code, year, province_code, criterion_code;

COMMENT ON TABLE fact_emulation_score IS 'Điểm thi đua theo tiêu chí: tỉnh × năm × tiêu chí / emulation points per province, year and criterion';
COMMENT ON COLUMN fact_emulation_score.cluster_code IS 'Mã cụm thi đua / emulation cluster code';
COMMENT ON COLUMN fact_emulation_score.year IS 'Năm chấm điểm / year scored';
COMMENT ON COLUMN fact_emulation_score.province_code IS 'Mã tỉnh GSO / GSO province code';
COMMENT ON COLUMN fact_emulation_score.criterion_code IS 'Mã tiêu chí (dim_criterion) / criterion code';
COMMENT ON COLUMN fact_emulation_score.criterion_name IS 'Tên tiêu chí / criterion name';
COMMENT ON COLUMN fact_emulation_score.kind IS 'quantitative hoặc qualitative / criterion kind';
COMMENT ON COLUMN fact_emulation_score.indicator IS 'Mã chỉ tiêu thống kê / catalogue indicator';
COMMENT ON COLUMN fact_emulation_score.unit IS 'Đơn vị chuẩn của chỉ tiêu và số thực hiện / canonical unit';
COMMENT ON COLUMN fact_emulation_score.direction IS 'up: tăng là tốt, down: giảm là tốt / indicator direction';
COMMENT ON COLUMN fact_emulation_score.measure IS 'level, growth_rate, rate hoặc qualitative: quyết định cách so sánh / how achievement is measured';
COMMENT ON COLUMN fact_emulation_score.mode IS 'ratio (tỷ lệ), difference_pp (chênh lệch điểm %), cluster_vote (cụm chấm) / comparison mode';
COMMENT ON COLUMN fact_emulation_score.target IS 'Chỉ tiêu kế hoạch / covenant target';
COMMENT ON COLUMN fact_emulation_score.actual IS 'Số thực hiện dùng để chấm (v_best_observation, kỳ = năm) / actual used';
COMMENT ON COLUMN fact_emulation_score.actual_status IS 'actual (chính thức) hoặc estimate (ước) / status of the actual';
COMMENT ON COLUMN fact_emulation_score.actual_qualifier IS 'exact, more_than (hơn), about (khoảng) / qualifier of the actual';
COMMENT ON COLUMN fact_emulation_score.actual_source_id IS 'Nguồn của số thực hiện (dim_source) / source of the actual';
COMMENT ON COLUMN fact_emulation_score.actual_is_estimate IS 'Số thực hiện chỉ là số ước / the actual is only an estimate';
COMMENT ON COLUMN fact_emulation_score.actual_is_lower_bound IS 'Số "hơn …": giá trị thật ít nhất bằng số này / a "more than" value, a lower bound';
COMMENT ON COLUMN fact_emulation_score.achievement_ratio IS 'Mức đạt: thực hiện/kế hoạch (kế hoạch/thực hiện khi giảm là tốt) / achievement ratio';
COMMENT ON COLUMN fact_emulation_score.gap_pp IS 'Chênh lệch thực hiện − kế hoạch, điểm % (chỉ tiêu %) / gap in percentage points';
COMMENT ON COLUMN fact_emulation_score.base_points IS 'Điểm theo mức đạt / points for achievement';
COMMENT ON COLUMN fact_emulation_score.bonus_points IS 'Điểm thưởng vượt chỉ tiêu / bonus for exceeding';
COMMENT ON COLUMN fact_emulation_score.penalty_points IS 'Điểm trừ (thiếu báo cáo, không đạt chỉ tiêu bắt buộc) / penalty points deducted';
COMMENT ON COLUMN fact_emulation_score.points IS 'Điểm = điểm đạt + thưởng − trừ / points = base + bonus − penalty';
COMMENT ON COLUMN fact_emulation_score.max_points IS 'Điểm tối đa của tiêu chí / criterion maximum';
COMMENT ON COLUMN fact_emulation_score.full_points IS 'Đạt điểm tối đa / at full points';
COMMENT ON COLUMN fact_emulation_score.missing_data IS 'Thiếu số liệu hoặc cụm chưa chấm / no data or not yet scored';
COMMENT ON COLUMN fact_emulation_score.explanation IS 'Diễn giải một dòng / one-line explanation (Vietnamese)';
COMMENT ON COLUMN fact_emulation_score.scheme_id IS 'Thang điểm áp dụng / scoring scheme';
COMMENT ON COLUMN fact_emulation_score.legal_basis IS 'Căn cứ pháp lý theo năm / legal basis for the year';
