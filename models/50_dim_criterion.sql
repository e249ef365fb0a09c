-- dim_criterion: the criteria of each cluster's emulation covenant, per year, with maximum points and the indicator measured.
CREATE TABLE dim_criterion AS
SELECT
    cluster_code || ':' || CAST(year AS VARCHAR) || ':' || criterion_code AS criterion_key,
    cluster_code,
    CAST(year AS INTEGER) AS year,
    criterion_code,
    name_vi,
    "group" AS criterion_group,
    CAST(max_points AS DOUBLE) AS max_points,
    indicator,
    unit,
    kind,
    direction,
    CAST(mandatory AS BOOLEAN) AS mandatory,
    source,
    scheme_id,
    legal_basis
FROM stg_criteria
ORDER BY cluster_code, year, criterion_code;

COMMENT ON TABLE dim_criterion IS 'Tiêu chí giao ước thi đua của từng cụm, từng năm / Emulation-covenant criteria per cluster and year';
COMMENT ON COLUMN dim_criterion.criterion_key IS 'Khóa: cụm:năm:mã tiêu chí / key cluster:year:criterion';
COMMENT ON COLUMN dim_criterion.cluster_code IS 'Mã cụm thi đua (dim_cluster) / emulation cluster code';
COMMENT ON COLUMN dim_criterion.year IS 'Năm giao ước / covenant year';
COMMENT ON COLUMN dim_criterion.criterion_code IS 'Mã tiêu chí như trong giao ước / criterion code as in the covenant';
COMMENT ON COLUMN dim_criterion.name_vi IS 'Tên tiêu chí / criterion name (Vietnamese)';
COMMENT ON COLUMN dim_criterion.criterion_group IS 'Nhóm tiêu chí (Kinh tế, Xã hội, …) / criterion group';
COMMENT ON COLUMN dim_criterion.max_points IS 'Điểm tối đa / maximum points (bonus not included)';
COMMENT ON COLUMN dim_criterion.indicator IS 'Mã chỉ tiêu thống kê (dim_indicator) đo tiêu chí; NULL với tiêu chí định tính / catalogue indicator measured, NULL for qualitative criteria';
COMMENT ON COLUMN dim_criterion.unit IS 'Đơn vị chuẩn của chỉ tiêu và chỉ tiêu kế hoạch / canonical unit of target and actual';
COMMENT ON COLUMN dim_criterion.kind IS 'quantitative (định lượng, chấm theo số liệu) hoặc qualitative (định tính, cụm chấm) / how the criterion is scored';
COMMENT ON COLUMN dim_criterion.direction IS 'up: tăng là tốt, down: giảm là tốt (tỷ lệ hộ nghèo) / direction of the indicator';
COMMENT ON COLUMN dim_criterion.mandatory IS 'Chỉ tiêu bắt buộc: không đạt thì bị trừ điểm / mandatory target, penalised when missed';
COMMENT ON COLUMN dim_criterion.source IS 'Tệp giao ước / covenant file';
COMMENT ON COLUMN dim_criterion.scheme_id IS 'Thang điểm áp dụng (reference/scoring) / scoring scheme used';
COMMENT ON COLUMN dim_criterion.legal_basis IS 'Căn cứ pháp lý của thang điểm theo năm / legal basis in force for the year';
