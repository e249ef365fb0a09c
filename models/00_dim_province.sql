-- dim_province: every province version (63 before 1 July 2025, 34 after, Hà Tây before 2008), type 2.
CREATE TABLE dim_province AS
SELECT
    province_code || '@' || CAST(year(valid_from) AS VARCHAR) AS province_key,
    province_code,
    name AS name_vi,
    full_name AS full_name_vi,
    name_en,
    geography,
    valid_from,
    valid_to,
    valid_to >= DATE '9999-12-31' AS is_current
FROM ref_province_versions
ORDER BY valid_from, province_code;
