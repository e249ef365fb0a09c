-- bridge_province_lineage: which province version became which (2008 Hà Tây → Hà Nội, 2025 reorganisation).
CREATE TABLE bridge_province_lineage AS
SELECT
    o.province_key AS old_province_key,
    n.province_key AS new_province_key,
    l.old_code,
    l.new_code,
    l.effective_date,
    l.basis,
    count(*) OVER (PARTITION BY n.province_key) AS n_merged_into_new
FROM ref_province_lineage l
JOIN dim_province o ON o.province_code = l.old_code AND o.valid_to = l.effective_date - INTERVAL 1 DAY
JOIN dim_province n ON n.province_code = l.new_code AND n.valid_from <= l.effective_date AND n.valid_to >= l.effective_date;
