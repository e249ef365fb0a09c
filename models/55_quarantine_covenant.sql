-- quarantine_covenant: covenants not loaded, one row per problem (file, row and fix in the message).
CREATE TABLE quarantine_covenant AS
SELECT source, cluster_code, year, problem FROM stg_covenant_quarantine ORDER BY source;

COMMENT ON TABLE quarantine_covenant IS 'Giao ước bị cách ly: mỗi vấn đề một dòng (tệp, dòng, cách sửa) / quarantined covenants, one row per problem';
COMMENT ON COLUMN quarantine_covenant.source IS 'Tệp giao ước / covenant file';
COMMENT ON COLUMN quarantine_covenant.cluster_code IS 'Mã cụm (nếu đọc được) / cluster code, if read';
COMMENT ON COLUMN quarantine_covenant.year IS 'Năm (nếu đọc được) / year, if read';
COMMENT ON COLUMN quarantine_covenant.problem IS 'Vấn đề: tệp, sheet/dòng và cách sửa / problem with place and fix';
