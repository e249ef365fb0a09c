-- v_xep_hang_cum and v_cluster_ranking: the cluster ranking for dashboards, with Vietnamese and English column names.
CREATE VIEW v_xep_hang_cum AS
SELECT
    r.cluster_code AS ma_cum,
    c.name_vi AS ten_cum,
    r.year AS nam,
    r.province_code AS ma_tinh,
    r.province_name AS ten_tinh,
    r.total_points AS tong_diem,
    r.max_possible AS diem_toi_da,
    r.rank AS hang,
    r.rank_shared AS dong_hang,
    r.gap_to_leader AS kem_dan_dau,
    r.proposed_flag AS de_nghi_co_thi_dua,
    r.criteria_missing_data AS so_tieu_chi_thieu_so_lieu,
    r.note AS ghi_chu
FROM mart_cluster_ranking r
LEFT JOIN dim_cluster c USING (cluster_code);

COMMENT ON VIEW v_xep_hang_cum IS 'Bảng xếp hạng thi đua cụm (tên cột tiếng Việt) / cluster ranking for dashboards, Vietnamese names';
COMMENT ON COLUMN v_xep_hang_cum.ma_cum IS 'Mã cụm thi đua';
COMMENT ON COLUMN v_xep_hang_cum.ten_cum IS 'Tên cụm thi đua';
COMMENT ON COLUMN v_xep_hang_cum.nam IS 'Năm';
COMMENT ON COLUMN v_xep_hang_cum.ma_tinh IS 'Mã tỉnh GSO';
COMMENT ON COLUMN v_xep_hang_cum.ten_tinh IS 'Tên tỉnh';
COMMENT ON COLUMN v_xep_hang_cum.tong_diem IS 'Tổng điểm';
COMMENT ON COLUMN v_xep_hang_cum.diem_toi_da IS 'Điểm tối đa (chưa kể thưởng)';
COMMENT ON COLUMN v_xep_hang_cum.hang IS 'Hạng trong cụm';
COMMENT ON COLUMN v_xep_hang_cum.dong_hang IS 'Đồng hạng';
COMMENT ON COLUMN v_xep_hang_cum.kem_dan_dau IS 'Số điểm kém tỉnh dẫn đầu';
COMMENT ON COLUMN v_xep_hang_cum.de_nghi_co_thi_dua IS 'Đề nghị tặng Cờ thi đua';
COMMENT ON COLUMN v_xep_hang_cum.so_tieu_chi_thieu_so_lieu IS 'Số tiêu chí thiếu số liệu';
COMMENT ON COLUMN v_xep_hang_cum.ghi_chu IS 'Ghi chú';

CREATE VIEW v_cluster_ranking AS
SELECT
    r.cluster_code,
    c.name_en AS cluster_name,
    r.year,
    r.province_code,
    r.province_name,
    r.total_points,
    r.max_possible,
    r.rank,
    r.rank_shared,
    r.gap_to_leader,
    r.proposed_flag,
    r.criteria_missing_data,
    r.note
FROM mart_cluster_ranking r
LEFT JOIN dim_cluster c USING (cluster_code);

COMMENT ON VIEW v_cluster_ranking IS 'Cluster ranking for dashboards, English names (notes stay Vietnamese)';
COMMENT ON COLUMN v_cluster_ranking.cluster_code IS 'Emulation cluster code';
COMMENT ON COLUMN v_cluster_ranking.cluster_name IS 'Cluster name (English)';
COMMENT ON COLUMN v_cluster_ranking.year IS 'Year';
COMMENT ON COLUMN v_cluster_ranking.province_code IS 'GSO province code';
COMMENT ON COLUMN v_cluster_ranking.province_name IS 'Province name';
COMMENT ON COLUMN v_cluster_ranking.total_points IS 'Total points';
COMMENT ON COLUMN v_cluster_ranking.max_possible IS 'Sum of criteria maxima, bonus excluded';
COMMENT ON COLUMN v_cluster_ranking.rank IS 'Rank in the cluster';
COMMENT ON COLUMN v_cluster_ranking.rank_shared IS 'Rank shared after tie-breaks';
COMMENT ON COLUMN v_cluster_ranking.gap_to_leader IS 'Points behind the leader';
COMMENT ON COLUMN v_cluster_ranking.proposed_flag IS 'Proposed for the emulation flag';
COMMENT ON COLUMN v_cluster_ranking.criteria_missing_data IS 'Criteria missing data';
COMMENT ON COLUMN v_cluster_ranking.note IS 'Notes (Vietnamese): ties, missing data, penalties';
