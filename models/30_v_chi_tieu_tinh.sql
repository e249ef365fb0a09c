-- v_chi_tieu_tinh: best values with readable Vietnamese and English names, for dashboards.
CREATE VIEW v_chi_tieu_tinh AS
SELECT
    b.province_code   AS "ma_tinh",
    p.name_vi         AS "tinh",
    p.name_en         AS "province",
    b.indicator       AS "ma_chi_tieu",
    i.name_vi         AS "chi_tieu",
    i.name_en         AS "indicator_name",
    b.period          AS "ky",
    d.label_vi        AS "ky_mo_ta",
    b.value           AS "gia_tri",
    b.unit            AS "don_vi",
    b.status          AS "trang_thai",
    b.qualifier       AS "dinh_tinh",
    b.basis           AS "co_so_so_sanh",
    b.vintage         AS "ngay_nguon",
    src.document      AS "nguon",
    b.n_candidates    AS "so_ban_ghi"
FROM v_best_observation b
JOIN dim_province p USING (province_key)
JOIN dim_indicator i USING (indicator)
JOIN dim_period d USING (period)
JOIN dim_source src USING (source_id);
