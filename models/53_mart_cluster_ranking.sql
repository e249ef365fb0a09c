-- mart_cluster_ranking: each province's total points, rank, gap to the leader and flag proposal in its cluster and year.
CREATE TABLE mart_cluster_ranking AS
SELECT
    cluster_code,
    CAST(year AS INTEGER) AS year,
    province_code,
    province_name,
    total_points,
    max_possible,
    bonus_cap,
    base_points,
    bonus_points,
    penalty_points,
    quantitative_points,
    qualitative_points,
    full_points_criteria,
    criteria_missing_data,
    rank,
    rank_shared,
    gap_to_leader,
    proposed_flag,
    note,
    scheme_id
FROM stg_cluster_ranking
ORDER BY cluster_code, year, rank, province_code;

COMMENT ON TABLE mart_cluster_ranking IS 'Xếp hạng thi đua trong cụm: tỉnh × cụm × năm / cluster ranking, province × cluster × year';
COMMENT ON COLUMN mart_cluster_ranking.cluster_code IS 'Mã cụm thi đua / emulation cluster code';
COMMENT ON COLUMN mart_cluster_ranking.year IS 'Năm / year';
COMMENT ON COLUMN mart_cluster_ranking.province_code IS 'Mã tỉnh GSO / GSO province code';
COMMENT ON COLUMN mart_cluster_ranking.province_name IS 'Tên tỉnh / province name';
COMMENT ON COLUMN mart_cluster_ranking.total_points IS 'Tổng điểm (gồm thưởng, trừ) / total points incl. bonus and penalties';
COMMENT ON COLUMN mart_cluster_ranking.max_possible IS 'Tổng điểm tối đa các tiêu chí, chưa kể thưởng / sum of criteria maxima, bonus excluded';
COMMENT ON COLUMN mart_cluster_ranking.bonus_cap IS 'Điểm thưởng tối đa cả năm theo thang điểm / yearly bonus cap of the scheme';
COMMENT ON COLUMN mart_cluster_ranking.base_points IS 'Tổng điểm đạt / sum of base points';
COMMENT ON COLUMN mart_cluster_ranking.bonus_points IS 'Tổng điểm thưởng / sum of bonus points';
COMMENT ON COLUMN mart_cluster_ranking.penalty_points IS 'Tổng điểm trừ / sum of penalty points';
COMMENT ON COLUMN mart_cluster_ranking.quantitative_points IS 'Điểm tiêu chí định lượng / points of quantitative criteria';
COMMENT ON COLUMN mart_cluster_ranking.qualitative_points IS 'Điểm tiêu chí định tính (cụm chấm) / points of qualitative criteria';
COMMENT ON COLUMN mart_cluster_ranking.full_points_criteria IS 'Số tiêu chí đạt điểm tối đa (tiêu chí phụ khi bằng điểm) / criteria at full points (tie-break)';
COMMENT ON COLUMN mart_cluster_ranking.criteria_missing_data IS 'Số tiêu chí thiếu số liệu / criteria missing data';
COMMENT ON COLUMN mart_cluster_ranking.rank IS 'Hạng trong cụm (1 = dẫn đầu) / rank in the cluster';
COMMENT ON COLUMN mart_cluster_ranking.rank_shared IS 'Đồng hạng sau khi xét tiêu chí phụ / rank shared after tie-breaks';
COMMENT ON COLUMN mart_cluster_ranking.gap_to_leader IS 'Kém tỉnh dẫn đầu bao nhiêu điểm / points behind the leader';
COMMENT ON COLUMN mart_cluster_ranking.proposed_flag IS 'Đề nghị tặng Cờ thi đua (dẫn đầu, không đồng hạng) / proposed for the emulation flag';
COMMENT ON COLUMN mart_cluster_ranking.note IS 'Ghi chú: đồng hạng, thiếu số liệu, điểm trừ / notes on ties, missing data, penalties';
COMMENT ON COLUMN mart_cluster_ranking.scheme_id IS 'Thang điểm áp dụng / scoring scheme';
