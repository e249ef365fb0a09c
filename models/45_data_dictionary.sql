-- data dictionary: COMMENT ON every core table, view and column (Vietnamese / English), so the warehouse documents itself.
COMMENT ON TABLE dim_province IS 'Tỉnh, thành phố theo thời kỳ (63 tỉnh trước 1/7/2025, 34 tỉnh từ 1/7/2025, Hà Tây trước 8/2008) / province versions, type 2';
COMMENT ON COLUMN dim_province.province_key IS 'Khoá phiên bản tỉnh: mã@năm bắt đầu hiệu lực / province version key: code@first year';
COMMENT ON COLUMN dim_province.province_code IS 'Mã tỉnh GSO (cùng mã có thể là hai tỉnh ở hai thời kỳ: 52) / GSO code, meaningful only with a date';
COMMENT ON COLUMN dim_province.name_vi IS 'Tên tỉnh / province name (Vietnamese)';
COMMENT ON COLUMN dim_province.full_name_vi IS 'Tên đầy đủ / full name';
COMMENT ON COLUMN dim_province.name_en IS 'Tên tiếng Anh / English name';
COMMENT ON COLUMN dim_province.geography IS 'Hệ thống đơn vị: 63, 34 hoặc historical / which geography the version belongs to';
COMMENT ON COLUMN dim_province.valid_from IS 'Có hiệu lực từ ngày / valid from';
COMMENT ON COLUMN dim_province.valid_to IS 'Có hiệu lực đến ngày (9999-12-31: hiện hành) / valid to';
COMMENT ON COLUMN dim_province.is_current IS 'Đang hiện hành / current version';

COMMENT ON TABLE bridge_province_lineage IS 'Kế thừa đơn vị hành chính cũ → mới (NQ 15/2008/QH12, NQ 202/2025/QH15) / province lineage old → new';
COMMENT ON COLUMN bridge_province_lineage.old_province_key IS 'Phiên bản tỉnh cũ / old province version';
COMMENT ON COLUMN bridge_province_lineage.new_province_key IS 'Phiên bản tỉnh mới / new province version';
COMMENT ON COLUMN bridge_province_lineage.old_code IS 'Mã tỉnh cũ / old GSO code';
COMMENT ON COLUMN bridge_province_lineage.new_code IS 'Mã tỉnh mới / new GSO code';
COMMENT ON COLUMN bridge_province_lineage.effective_date IS 'Ngày có hiệu lực / effective date';
COMMENT ON COLUMN bridge_province_lineage.basis IS 'Căn cứ pháp lý / legal basis';
COMMENT ON COLUMN bridge_province_lineage.n_merged_into_new IS 'Số tỉnh cũ hợp thành tỉnh mới / number of old provinces in the new one';

COMMENT ON TABLE dim_indicator IS 'Danh mục chỉ tiêu (đơn vị chuẩn, chiều tốt, cộng được hay không) / indicator catalogue';
COMMENT ON COLUMN dim_indicator.indicator IS 'Mã chỉ tiêu / indicator code';
COMMENT ON COLUMN dim_indicator.name_vi IS 'Tên chỉ tiêu / name (Vietnamese)';
COMMENT ON COLUMN dim_indicator.name_en IS 'Tên tiếng Anh / English name';
COMMENT ON COLUMN dim_indicator.unit IS 'Đơn vị chuẩn (bn_vnd = tỷ đồng, mn_usd = triệu USD, pct_yoy = % so cùng kỳ…) / canonical unit';
COMMENT ON COLUMN dim_indicator.kind IS 'Loại: level, rate, share, index, rank / kind';
COMMENT ON COLUMN dim_indicator.direction IS 'Chiều tốt: up (tăng là tốt), down (giảm là tốt), none / which direction is good';
COMMENT ON COLUMN dim_indicator.additive IS 'Cộng được giữa các tỉnh (chỉ tiêu tuyệt đối) / additive across provinces';
COMMENT ON COLUMN dim_indicator.indicator_group IS 'Nhóm chỉ tiêu / group';
COMMENT ON COLUMN dim_indicator.aliases_vi IS 'Các cách gọi khác (dùng để khớp tên) / aliases used for matching';

COMMENT ON TABLE dim_period IS 'Kỳ số liệu: năm, 6 tháng, quý, lũy kế n tháng, tháng / reporting periods';
COMMENT ON COLUMN dim_period.period IS 'Mã kỳ: 2022, 2022-H1, 2022-9M, 2022-Q3, 2022-07 / period code';
COMMENT ON COLUMN dim_period.year IS 'Năm / year';
COMMENT ON COLUMN dim_period.period_type IS 'Loại kỳ: year, half, quarter, year_to_date, month / period type';
COMMENT ON COLUMN dim_period.start_date IS 'Ngày đầu kỳ / first day';
COMMENT ON COLUMN dim_period.end_date IS 'Ngày cuối kỳ / last day';
COMMENT ON COLUMN dim_period.label_vi IS 'Tên kỳ đọc được / readable label';

COMMENT ON TABLE dim_source IS 'Tài liệu nguồn đã đọc (bảng, chuỗi số liệu, văn bản) / source documents';
COMMENT ON COLUMN dim_source.source_id IS 'Mã nguồn: 16 ký tự đầu SHA-256 của tệp / first 16 hex of the file SHA-256';
COMMENT ON COLUMN dim_source.document IS 'Tên tệp trong hộp thư đến / file path in the inbox';
COMMENT ON COLUMN dim_source.source_kind IS 'Loại: table_xlsx, table_csv, series_csv, narrative_* / parser kind';
COMMENT ON COLUMN dim_source.source_class IS 'official_table (bảng chính thức) hoặc press_or_report (văn bản) / official or press';
COMMENT ON COLUMN dim_source.publisher IS 'Cơ quan công bố (nếu biết) / publisher, when known';
COMMENT ON COLUMN dim_source.vintage IS 'Ngày của tài liệu: bản sau điều chỉnh bản trước / document date (vintage)';
COMMENT ON COLUMN dim_source.checksum_sha256 IS 'SHA-256 của tệp / file checksum';
COMMENT ON COLUMN dim_source.size_bytes IS 'Dung lượng tệp / file size';
COMMENT ON COLUMN dim_source.rows_read IS 'Số dòng quan sát đọc được / observations read from it';

COMMENT ON TABLE dim_cluster IS 'Cụm thi đua / emulation clusters';
COMMENT ON COLUMN dim_cluster.cluster_code IS 'Mã cụm / cluster code';
COMMENT ON COLUMN dim_cluster.name_vi IS 'Tên cụm / name';
COMMENT ON COLUMN dim_cluster.name_en IS 'Tên tiếng Anh / English name';
COMMENT ON COLUMN dim_cluster.valid_from IS 'Hiệu lực từ / valid from';
COMMENT ON COLUMN dim_cluster.valid_to IS 'Hiệu lực đến / valid to';
COMMENT ON COLUMN dim_cluster.basis IS 'Căn cứ / basis';

COMMENT ON TABLE bridge_cluster_member IS 'Thành viên cụm thi đua theo năm / cluster members by year';
COMMENT ON COLUMN bridge_cluster_member.cluster_code IS 'Mã cụm / cluster code';
COMMENT ON COLUMN bridge_cluster_member.year IS 'Năm / year';
COMMENT ON COLUMN bridge_cluster_member.province_code IS 'Mã tỉnh GSO / GSO code';
COMMENT ON COLUMN bridge_cluster_member.province_key IS 'Phiên bản tỉnh trong năm đó / province version that year';

COMMENT ON TABLE fact_observation IS 'Quan sát: tỉnh × chỉ tiêu × kỳ × trạng thái × nguồn; giữ mọi bản số liệu / every loaded observation, every vintage';
COMMENT ON COLUMN fact_observation.observation_id IS 'Mã quan sát: năm nạp × 10^8 + số thứ tự dòng trong năm / observation id: staged year × 10^8 + row within that year';
COMMENT ON COLUMN fact_observation.province_key IS 'Phiên bản tỉnh: do nguồn ghi rõ ("Cần Thơ (cũ)"), nếu không thì phiên bản tồn tại trong kỳ / province version: as the source names it ("Cần Thơ (cũ)"), else the version existing during the period';
COMMENT ON COLUMN fact_observation.province_code IS 'Mã tỉnh GSO như nguồn ghi / GSO code as reported';
COMMENT ON COLUMN fact_observation.indicator IS 'Mã chỉ tiêu / indicator code';
COMMENT ON COLUMN fact_observation.period IS 'Kỳ số liệu / period';
COMMENT ON COLUMN fact_observation.status IS 'actual (thực hiện), estimate (ước), plan (kế hoạch), forecast (dự kiến) / status';
COMMENT ON COLUMN fact_observation.value IS 'Giá trị theo đơn vị chuẩn / value in the canonical unit';
COMMENT ON COLUMN fact_observation.unit IS 'Đơn vị chuẩn / canonical unit';
COMMENT ON COLUMN fact_observation.qualifier IS 'exact, more_than (hơn), less_than (gần/dưới), about (khoảng) / qualifier';
COMMENT ON COLUMN fact_observation.basis IS 'Cơ sở so sánh của tỷ lệ % (vd. dự toán Trung ương giao) / what a % is of';
COMMENT ON COLUMN fact_observation.vintage IS 'Ngày của tài liệu nguồn / document date';
COMMENT ON COLUMN fact_observation.source_id IS 'Mã nguồn → dim_source / source';
COMMENT ON COLUMN fact_observation.locator IS 'Vị trí trong nguồn: Sheet!C7, dòng, hoặc ký tự a-b / place in the source';
COMMENT ON COLUMN fact_observation.raw_label IS 'Tên chỉ tiêu như nguồn ghi / label as written';
COMMENT ON COLUMN fact_observation.raw_value IS 'Giá trị như nguồn ghi / value as written';
COMMENT ON COLUMN fact_observation.snippet IS 'Câu hoặc dòng chứa số liệu / sentence or row it came from';

COMMENT ON TABLE quarantine_observation IS 'Dòng bị cách ly: kỳ vọng không đạt và lý do; không mất dòng nào / quarantined rows with the reason';
COMMENT ON COLUMN quarantine_observation.expectation IS 'Kỳ vọng GX không đạt / failed GX expectation(s)';
COMMENT ON COLUMN quarantine_observation.reason IS 'Lý do, kèm giá trị sai và cách sửa / reason, with the offending value';
COMMENT ON COLUMN quarantine_observation.source IS 'Tệp nguồn / source file';
COMMENT ON COLUMN quarantine_observation.locator IS 'Vị trí trong tệp / place in the file';

COMMENT ON COLUMN quarantine_observation.source_id IS 'Mã nguồn / source id';
COMMENT ON COLUMN quarantine_observation.source_kind IS 'Loại nguồn / parser kind';
COMMENT ON COLUMN quarantine_observation.province_code IS 'Mã tỉnh (nếu đọc được) / province code, if read';
COMMENT ON COLUMN quarantine_observation.province_key IS 'Phiên bản tỉnh nguồn ghi rõ (cũ/mới), nếu có / province version the source named, if any';
COMMENT ON COLUMN quarantine_observation.indicator IS 'Mã chỉ tiêu (nếu khớp) / indicator code, if matched';
COMMENT ON COLUMN quarantine_observation.period IS 'Kỳ / period';
COMMENT ON COLUMN quarantine_observation.value IS 'Giá trị (nếu đọc được) / value, if read';
COMMENT ON COLUMN quarantine_observation.unit IS 'Đơn vị / unit';
COMMENT ON COLUMN quarantine_observation.status IS 'Trạng thái / status';
COMMENT ON COLUMN quarantine_observation.qualifier IS 'Định tính / qualifier';
COMMENT ON COLUMN quarantine_observation.basis IS 'Cơ sở so sánh / basis';
COMMENT ON COLUMN quarantine_observation.vintage IS 'Ngày tài liệu / document date';
COMMENT ON COLUMN quarantine_observation.raw_label IS 'Tên chỉ tiêu như nguồn ghi / label as written';
COMMENT ON COLUMN quarantine_observation.raw_value IS 'Giá trị như nguồn ghi / value as written';
COMMENT ON COLUMN quarantine_observation.snippet IS 'Câu hoặc dòng gốc / sentence or row';

COMMENT ON TABLE unreadable_source IS 'Tệp không đọc được hoặc trùng nội dung / files that could not be read, or duplicates';
COMMENT ON COLUMN unreadable_source.source IS 'Tệp / file';
COMMENT ON COLUMN unreadable_source.place IS 'Vị trí lỗi / where';
COMMENT ON COLUMN unreadable_source.problem IS 'Vấn đề và cách sửa / problem and fix';

COMMENT ON VIEW v_best_observation IS 'Giá trị tốt nhất mỗi ô tỉnh × chỉ tiêu × kỳ × cơ sở: thực hiện > ước, mới > cũ, chính thức > báo chí / best value per cell';
COMMENT ON VIEW v_plan_target IS 'Kế hoạch (mới nhất) mỗi ô / latest plan value per cell';
COMMENT ON VIEW v_chi_tieu_tinh IS 'Chỉ tiêu tỉnh, tên cột tiếng Việt, cho dashboard / best values with readable names';
COMMENT ON VIEW v_observation_34 IS 'Số liệu quy về 34 tỉnh mới: chỉ chỉ tiêu cộng được; combined_from nêu tỉnh cũ được cộng / history in the 34-province geography, additive only';

COMMENT ON COLUMN v_chi_tieu_tinh.ma_tinh IS 'Mã tỉnh GSO';
COMMENT ON COLUMN v_chi_tieu_tinh.tinh IS 'Tên tỉnh';
COMMENT ON COLUMN v_chi_tieu_tinh.province IS 'Province (English)';
COMMENT ON COLUMN v_chi_tieu_tinh.ma_chi_tieu IS 'Mã chỉ tiêu';
COMMENT ON COLUMN v_chi_tieu_tinh.chi_tieu IS 'Tên chỉ tiêu';
COMMENT ON COLUMN v_chi_tieu_tinh.indicator_name IS 'Indicator (English)';
COMMENT ON COLUMN v_chi_tieu_tinh.ky IS 'Kỳ số liệu';
COMMENT ON COLUMN v_chi_tieu_tinh.ky_mo_ta IS 'Tên kỳ';
COMMENT ON COLUMN v_chi_tieu_tinh.gia_tri IS 'Giá trị (đơn vị chuẩn)';
COMMENT ON COLUMN v_chi_tieu_tinh.don_vi IS 'Đơn vị chuẩn';
COMMENT ON COLUMN v_chi_tieu_tinh.trang_thai IS 'Trạng thái: actual/estimate/forecast';
COMMENT ON COLUMN v_chi_tieu_tinh.dinh_tinh IS 'exact, more_than, less_than, about';
COMMENT ON COLUMN v_chi_tieu_tinh.co_so_so_sanh IS 'Cơ sở so sánh của %';
COMMENT ON COLUMN v_chi_tieu_tinh.ngay_nguon IS 'Ngày tài liệu nguồn';
COMMENT ON COLUMN v_chi_tieu_tinh.nguon IS 'Tệp nguồn';
COMMENT ON COLUMN v_chi_tieu_tinh.so_ban_ghi IS 'Số bản số liệu của ô này (mọi nguồn, mọi bản)';
COMMENT ON COLUMN v_observation_34.is_complete IS 'Đủ mọi tỉnh cũ hợp thành tỉnh mới (false: tổng còn thiếu tỉnh) / all old provinces of the new one are in the sum';
