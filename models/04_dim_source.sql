-- dim_source: every document read, its kind, vintage and checksum.
CREATE TABLE dim_source AS
SELECT
    source_id,
    source AS document,
    source_kind,
    CASE WHEN source_kind LIKE 'narrative%' THEN 'press_or_report' ELSE 'official_table' END AS source_class,
    NULL::VARCHAR AS publisher,
    vintage,
    checksum_sha256,
    size_bytes,
    n_rows AS rows_read
FROM stg_sources;
