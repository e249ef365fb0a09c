-- fact_covenant_target: each member province's covenant target per criterion and year, in the catalogue's unit.
CREATE TABLE fact_covenant_target AS
SELECT
    t.cluster_code,
    CAST(t.year AS INTEGER) AS year,
    t.province_code,
    t.criterion_code,
    c.indicator,
    CAST(t.target AS DOUBLE) AS target,
    t.unit,
    t.target_as_written,
    t.unit_as_written,
    t.source,
    t.locator
FROM stg_covenant_targets t
LEFT JOIN stg_criteria c USING (cluster_code, year, criterion_code)
ORDER BY t.cluster_code, t.year, t.province_code, t.criterion_code;

COMMENT ON TABLE fact_covenant_target IS 'Chỉ tiêu giao ước thi đua: tỉnh × năm × tiêu chí / covenant targets, province × year × criterion';
COMMENT ON COLUMN fact_covenant_target.cluster_code IS 'Mã cụm thi đua / emulation cluster code';
COMMENT ON COLUMN fact_covenant_target.year IS 'Năm giao ước / covenant year';
COMMENT ON COLUMN fact_covenant_target.province_code IS 'Mã tỉnh GSO hiệu lực trong năm / GSO province code valid that year';
COMMENT ON COLUMN fact_covenant_target.criterion_code IS 'Mã tiêu chí (dim_criterion) / criterion code';
COMMENT ON COLUMN fact_covenant_target.indicator IS 'Mã chỉ tiêu thống kê / catalogue indicator';
COMMENT ON COLUMN fact_covenant_target.target IS 'Chỉ tiêu kế hoạch, theo đơn vị chuẩn / target in the canonical unit';
COMMENT ON COLUMN fact_covenant_target.unit IS 'Đơn vị chuẩn / canonical unit';
COMMENT ON COLUMN fact_covenant_target.target_as_written IS 'Chỉ tiêu như ghi trong tệp / target as written in the file';
COMMENT ON COLUMN fact_covenant_target.unit_as_written IS 'Đơn vị như ghi trong tệp (đã quy đổi) / unit as written, converted';
COMMENT ON COLUMN fact_covenant_target.source IS 'Tệp giao ước / covenant file';
COMMENT ON COLUMN fact_covenant_target.locator IS 'Vị trí trong tệp (sheet, dòng) / place in the file';
