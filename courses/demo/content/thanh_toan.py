COURSE = {
    "slug": "thanh-toan-truc-tuyen-an-toan",
    "title": "Thanh toán trực tuyến an toàn: ngân hàng số, VietQR, ví điện tử",
    "summary": (
        "Dùng ngân hàng số, mã VietQR và ví điện tử an toàn: kiểm tra tên người nhận, "
        "giữ kín mã OTP, trả phí đúng kênh và biết làm gì ngay khi chuyển nhầm hay bị lừa."
    ),
    "topic": "thanh-toan",
    "audience": "citizen",
    "level": "basic",
    "estimated_minutes": 60,
    "outcomes": [
        "Phân biệt tài khoản ngân hàng, ví điện tử và Mobile Money, và biết vì sao phải xác thực sinh trắc học.",
        "Chuyển tiền bằng mã VietQR sau khi đối chiếu tên người nhận, số tiền và nội dung.",
        "Nhận biết khi nào phải nhập mã OTP hoặc quét khuôn mặt, và không đưa mã OTP cho bất kỳ ai.",
        "Thanh toán phí dịch vụ công, tiền điện, tiền nước qua kênh chính thức và lưu biên lai.",
        "Xử lý đúng khi chuyển nhầm hoặc bị lừa: khóa tài khoản, gọi tổng đài, giữ bằng chứng, trình báo công an.",
    ],
    "competences": ["TT02-2", "TT02-4", "CNSCD-2", "CNSCD-3"],
    "checked_on": "2026-11-21",
    "reviewer_note": (
        "Nội dung đối chiếu với QĐ 2345/QĐ-NHNN, TT 17/2024/TT-NHNN, TT 40/2024/TT-NHNN (sửa đổi bởi TT 41/2025), "
        "NĐ 368/2025/NĐ-CP và luồng thanh toán phí trên dichvucong.gov.vn; các màn hình ngân hàng là mô phỏng chung, "
        "không theo ứng dụng cụ thể. Cần kiểm tra lại khi NHNN đổi ngưỡng xác thực khuôn mặt, khi Cổng Dịch vụ công "
        "đổi tên mục thanh toán, và cách nộp BHYT hộ gia đình, BHXH tự nguyện trực tuyến."
    ),
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "tai-khoan-vi-dien-tu-mobile-money",
            "title": "Tài khoản ngân hàng, ví điện tử và Mobile Money",
            "summary": "Phân biệt ba cách trả tiền bằng điện thoại và hiểu vì sao ngân hàng yêu cầu xác thực khuôn mặt.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ngày nay, chỉ với chiếc điện thoại, bạn có thể trả tiền chợ, đóng tiền điện hay gửi tiền "
                        "cho con cháu mà không cần tiền mặt. Có ba loại “túi tiền điện tử” thường gặp. Hiểu rõ từng "
                        "loại giúp bạn chọn cho đúng và biết ai đang giữ tiền của mình.</p>"
                    ),
                },
                {"type": "heading", "value": "Ba loại phương tiện thanh toán"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Tài khoản thanh toán ngân hàng.</strong> Mở tại ngân hàng (ở quầy hoặc ngay trên "
                        "ứng dụng). Tiền do ngân hàng giữ. Bạn dùng <em>ứng dụng ngân hàng</em> trên điện thoại để "
                        "chuyển tiền, quét mã QR, trả hóa đơn, và dùng thẻ ATM để rút tiền mặt.</li>"
                        "<li><strong>Ví điện tử.</strong> Là ứng dụng của một công ty trung gian thanh toán được Ngân "
                        "hàng Nhà nước cấp phép. Ví phải liên kết với tài khoản ngân hàng đứng tên chính bạn. Bạn nạp "
                        "tiền từ tài khoản đó vào ví, rồi dùng ví để trả tiền hàng, hóa đơn, mua vé.</li>"
                        "<li><strong>Mobile Money (tiền di động).</strong> Là tài khoản gắn với số điện thoại của nhà "
                        "mạng (Viettel, VNPT, MobiFone). Không cần tài khoản ngân hàng: bạn nạp, rút tiền mặt tại điểm "
                        "giao dịch của nhà mạng, rồi chuyển tiền, trả hóa đơn bằng điện thoại. Hợp với nơi xa ngân "
                        "hàng và các khoản chi nhỏ.</li>"
                        "</ul>"
                        "<p>Theo Nghị định 368/2025/NĐ-CP về dịch vụ tiền di động, mỗi người chỉ mở một tài khoản "
                        "Mobile Money tại một nhà mạng, phải xuất trình căn cước (hoặc hộ chiếu) và xác thực sinh trắc "
                        "học. Tổng tiền chuyển và thanh toán thông thường qua một tài khoản tối đa 100 triệu đồng mỗi "
                        "tháng. Muốn đăng ký, hãy hỏi tại cửa hàng chính thức của nhà mạng.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Nên dùng loại nào?",
                        "text": (
                            "<p>Nếu đã có tài khoản ngân hàng, hãy bắt đầu với ứng dụng của chính ngân hàng đó: nó làm "
                            "được hầu hết mọi việc. Ví điện tử tiện khi mua hàng trên mạng hoặc trả nhiều loại hóa đơn. "
                            "Mobile Money hợp với người chưa có tài khoản ngân hàng. Dù dùng loại nào, chỉ tải ứng dụng "
                            "từ CH Play (Android) hoặc App Store (iPhone), không cài theo đường link người khác gửi.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Vì sao phải “xác thực sinh trắc học”?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Kẻ lừa đảo hay dùng tài khoản mở bằng giấy tờ giả, hoặc tài khoản mua lại của người khác, "
                        "để nhận tiền lừa được. Để chặn việc này, Ngân hàng Nhà nước ban hành Thông tư "
                        "17/2024/TT-NHNN. <strong>Từ ngày 1/1/2025</strong>, tài khoản thanh toán của cá nhân chỉ được "
                        "chuyển tiền, thanh toán, rút tiền qua ứng dụng và các kênh điện tử khi ngân hàng đã đối chiếu "
                        "giấy tờ tùy thân với <strong>khuôn mặt</strong> của chủ tài khoản (so với dữ liệu trong chip "
                        "thẻ căn cước hoặc qua tài khoản định danh điện tử VNeID). Nếu chưa làm, ứng dụng sẽ chặn "
                        "chuyển tiền; bạn vẫn giao dịch được tại quầy.</p>"
                        "<p>Ví điện tử cũng theo cùng hướng: từ ngày 1/1/2026, mở ví điện tử mới phải xác thực sinh "
                        "trắc học của chủ ví.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Chuẩn bị thẻ căn cước (hoặc căn cước công dân) gắn chip còn hạn. Điện thoại cần "
                                "đọc được chip (tính năng NFC); nhiều máy Android phải bật NFC trong phần Cài đặt.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Tự mở ứng dụng ngân hàng chính thức. Tìm mục có tên như “Cập nhật sinh trắc học” "
                                "hoặc “Xác thực khuôn mặt”. Tên gọi mỗi ngân hàng một khác; nhiều ứng dụng tự hiện "
                                "lời nhắc khi bạn đăng nhập.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Chụp hai mặt thẻ căn cước theo khung trên màn hình, ở chỗ đủ sáng.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Áp thẻ vào mặt lưng điện thoại để máy đọc chip. Giữ yên cho đến khi ứng dụng báo "
                                "đọc thành công.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Quét khuôn mặt: bỏ kính, khẩu trang, nhìn thẳng vào camera và làm theo hướng dẫn "
                                "(quay trái, quay phải…).</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nếu máy không đọc được chip hoặc báo không khớp, hãy mang thẻ căn cước ra quầy ngân "
                                "hàng để nhân viên làm tại chỗ. Khi đổi thẻ căn cước mới, cũng nhớ cập nhật lại với "
                                "ngân hàng.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Không ai được “cập nhật sinh trắc học hộ” bạn",
                        "text": (
                            "<p>Kẻ gian gọi điện xưng là nhân viên ngân hàng hoặc công an, dọa tài khoản “sắp bị khóa "
                            "vì chưa cập nhật sinh trắc học”, rồi gửi đường link, bảo cài ứng dụng lạ hoặc quay video "
                            "khuôn mặt gửi cho họ. Đừng làm theo. Chỉ cập nhật trong ứng dụng ngân hàng bạn tự mở, hoặc "
                            "tại quầy. Không gửi ảnh thẻ căn cước, ảnh hay video khuôn mặt cho người lạ.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Không cho mượn, cho thuê, bán tài khoản",
                        "text": (
                            "<p>Có người đến tận nhà hỏi mua hoặc “thuê” tài khoản ngân hàng, ví điện tử với giá vài "
                            "trăm nghìn đồng. Những tài khoản này thường bị dùng để nhận tiền lừa đảo. Mua bán, cho "
                            "thuê, cho mượn tài khoản là hành vi bị pháp luật cấm, và chính chủ tài khoản có thể bị liên "
                            "lụy. Hãy từ chối và báo Công an xã, phường.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>Ghi nhớ:</strong></p>"
                        "<ul>"
                        "<li>Tài khoản ngân hàng, ví điện tử, Mobile Money đều dùng được để trả tiền bằng điện thoại.</li>"
                        "<li>Khuôn mặt của bạn là “chữ ký” mới: chỉ quét trong ứng dụng chính thức hoặc tại quầy.</li>"
                        "<li>Tài khoản mang tên ai thì chỉ người đó được dùng.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "chuyen-tien-bang-vietqr",
            "title": "Chuyển tiền bằng VietQR: luôn nhìn tên người nhận",
            "summary": "Quét mã VietQR, đối chiếu tên người nhận và số tiền trước khi xác nhận, nhận ra mã QR bị dán đè.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>VietQR</strong> là chuẩn mã QR chung cho chuyển khoản ở Việt Nam, do NAPAS (Công ty "
                        "Cổ phần Thanh toán Quốc gia Việt Nam) cùng các ngân hàng đưa vào dùng từ năm 2021. Trong ô "
                        "vuông đen trắng ấy có sẵn ngân hàng và số tài khoản của người nhận; nhiều mã còn có sẵn số "
                        "tiền và nội dung. Bạn quét bằng ứng dụng ngân hàng (nhiều ví điện tử cũng quét được), không "
                        "phải gõ số tài khoản, và tiền đến gần như ngay lập tức, kể cả ban đêm hay ngày nghỉ.</p>"
                        "<p>Nhưng nhìn mã QR bằng mắt thì không biết tiền sẽ đi đâu. Trước khi bạn xác nhận, ứng dụng "
                        "ngân hàng sẽ hiện <strong>tên của chủ tài khoản nhận tiền</strong>. Đó là chỗ bạn phải đọc "
                        "kỹ.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Quét mã là để TRẢ tiền",
                        "text": (
                            "<p>Khi bạn quét mã QR bằng ứng dụng ngân hàng, tiền đi <strong>ra khỏi</strong> tài khoản "
                            "của bạn. Muốn <strong>nhận</strong> tiền, bạn chỉ cần đưa mã QR hoặc số tài khoản của mình "
                            "cho người trả. Không bao giờ phải quét mã của người khác, nhập mật khẩu hay mã OTP để nhận "
                            "tiền, nhận hoàn tiền hay nhận quà.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Các bước chuyển tiền bằng VietQR"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Tự mở ứng dụng ngân hàng trên điện thoại (không mở qua đường link ai gửi). Đăng "
                                "nhập, chọn <strong>Quét QR</strong>, thường là biểu tượng khung vuông ở giữa màn "
                                "hình.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Đưa camera vào mã QR, giữ yên một hai giây cho đến khi ứng dụng nhận mã.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nếu mã chưa có số tiền, nhập số tiền và một nội dung ngắn, ví dụ “Tien rau 21/11”. "
                                "Nếu mã đã có sẵn số tiền, so với số tiền người bán báo.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Ở màn hình xác nhận, <strong>đọc tên người nhận</strong>: có đúng tên chủ quán, "
                                "người thân hay cơ quan bạn định trả không? Đếm lại các số 0 của số tiền. Sai một điều "
                                "là dừng lại, bấm Hủy.</p>"
                            ),
                            "screen": "tt-xac-nhan-vietqr",
                        },
                        {
                            "text": (
                                "<p>Bấm <strong>Xác nhận</strong>, rồi xác thực bằng mã PIN, Smart OTP hoặc khuôn mặt "
                                "theo yêu cầu của ứng dụng.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Chờ màn hình “Giao dịch thành công”. Cho người bán xem, hoặc chờ họ báo đã nhận "
                                "tiền. Với khoản lớn, chụp màn hình để lưu lại.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "tt-xac-nhan-vietqr",
                        "title": "Luyện tập: kiểm tra tên người nhận rồi mới xác nhận",
                        "instructions": (
                            "Bạn mua rau ở sạp của bà Trần Thị Bình và quét mã QR dán ở sạp để trả 45.000 đồng. Màn "
                            "hình xác nhận đã hiện ra. Trước hết, chạm vào tên người nhận để kiểm tra. Tên đúng là bà "
                            "Bình, vậy tiếp theo hãy bấm Xác nhận."
                        ),
                        "targets": [
                            {
                                "label": "Tên người nhận TRAN THI BINH",
                                "hint": (
                                    "Chưa vội xác nhận. Hãy chạm vào ô tên người nhận (chữ in hoa, trong phần Người "
                                    "nhận) để kiểm tra trước."
                                ),
                            },
                            {
                                "label": "Nút Xác nhận",
                                "hint": "Tên đã đúng là bà Bình. Giờ hãy bấm nút Xác nhận lớn ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Đọc lại gợi ý và chạm thử lần nữa nhé.",
                        "success": (
                            "Rất tốt! Bạn đã kiểm tra tên người nhận trước khi xác nhận. Hãy làm như vậy mỗi lần quét "
                            "mã QR."
                        ),
                    },
                },
                {"type": "heading", "value": "Cảnh giác mã QR bị dán đè"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Kẻ gian in mã QR của một tài khoản khác rồi dán chồng lên mã của cửa hàng, quán ăn, sạp "
                        "chợ, thường vào lúc đông khách hoặc khi quán đóng cửa. Khách quét, tiền chạy vào tài khoản kẻ "
                        "gian, còn chủ quán không nhận được đồng nào. Dấu hiệu nhận biết:</p>"
                        "<ul>"
                        "<li>Tên người nhận trên ứng dụng khác tên chủ quán, hoặc là tên một người lạ.</li>"
                        "<li>Mã trông như miếng dán mới, bị lệch, có mép giấy chồng lên mã cũ.</li>"
                        "<li>Ngân hàng hiện ra khác với ngân hàng ghi trên bảng của quán.</li>"
                        "</ul>"
                        "<p>Khi thấy nghi ngờ, đừng xác nhận. Hỏi lại chủ quán tên chủ tài khoản, hoặc trả bằng tiền "
                        "mặt.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Mã QR gửi qua Zalo, Facebook",
                        "text": (
                            "<p>Người lạ xưng là nhân viên điện lực, bưu tá, người bán hàng trên mạng… gửi mã QR qua tin "
                            "nhắn và giục chuyển khoản ngay. Hãy xem tên người nhận: tiền điện hay phí dịch vụ công "
                            "không bao giờ thu vào tài khoản mang tên một cá nhân lạ. Mua hàng trên mạng, nên trả qua "
                            "sàn thương mại điện tử hoặc nhận hàng rồi mới trả tiền; đừng chuyển tiền cọc cho người bán "
                            "không quen. Không quét mã QR để “xác minh thông tin” hay “nhận hoàn tiền”.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Nếu bạn là người bán hàng"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Đặt mã QR ở nơi bạn luôn nhìn thấy, bọc trong tấm nhựa; in rõ tên chủ tài khoản ngay dưới "
                        "mã.</li>"
                        "<li>Mỗi sáng, tự quét thử mã của mình: tên hiện ra phải là tên bạn.</li>"
                        "<li>Chỉ coi là đã nhận tiền khi <strong>điện thoại hoặc loa báo của chính bạn</strong> báo "
                        "tiền về. Không tin ảnh “chuyển khoản thành công” do khách đưa, vì ảnh này làm giả được.</li>"
                        "<li>Bật thông báo biến động số dư trong ứng dụng ngân hàng.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "xac-thuc-otp-va-khuon-mat",
            "title": "Xác thực giao dịch: mã OTP và khuôn mặt",
            "summary": "Hiểu mã OTP là chìa khóa không đưa cho ai, và biết khi nào ngân hàng yêu cầu quét khuôn mặt.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Trước khi tiền rời tài khoản, ngân hàng cần chắc chắn <strong>chính bạn</strong> đang ra "
                        "lệnh. Vì vậy, ngoài mật khẩu đăng nhập, ứng dụng còn hỏi thêm một “chìa khóa” nữa: mã OTP hoặc "
                        "khuôn mặt của bạn.</p>"
                    ),
                },
                {"type": "heading", "value": "Mã OTP là gì?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>OTP là <em>mã dùng một lần</em>, thường gồm 6 chữ số, chỉ có hiệu lực trong thời gian ngắn. "
                        "Mã có thể đến bằng tin nhắn SMS, cuộc gọi, hoặc do chính ứng dụng ngân hàng tạo ra trên điện "
                        "thoại của bạn (gọi là Smart OTP hay Soft OTP, thường phải nhập mã PIN riêng mới dùng được).</p>"
                        "<p>Hãy coi OTP như chìa khóa két sắt: kẻ gian có mã này, cộng với thông tin đăng nhập của bạn, "
                        "là có thể lấy tiền của bạn. Tin nhắn OTP thật thường ghi rõ mã dùng để làm gì, ví dụ “chuyển "
                        "2.000.000 VND” hay “đăng nhập trên thiết bị mới”. Luôn đọc hết tin nhắn trước khi nhập mã.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Ngân hàng không bao giờ hỏi mã OTP",
                        "text": (
                            "<p>Không nhân viên ngân hàng, công an, nhà mạng, bưu điện hay cán bộ xã nào cần mã OTP của "
                            "bạn. Ai hỏi mã OTP, dù nói là để “hoàn tiền”, “nhận quà”, “đổi điểm thưởng sắp hết hạn”, "
                            "“mở khóa tài khoản” hay “nâng hạn mức thẻ”, đều là kẻ lừa đảo. Ngân hàng cũng không gửi "
                            "đường link đăng nhập qua tin nhắn. Hãy cúp máy, rồi tự gọi số tổng đài in trên thẻ hoặc "
                            "trong ứng dụng ngân hàng để hỏi.</p>"
                            "<p>Ví dụ: người gọi bảo đó là “mã nhận quà tri ân”, nhưng tin nhắn lại ghi mã dùng để "
                            "“chuyển 9.800.000 VND”. Khi lời nói và tin nhắn khác nhau, hãy tin tin nhắn.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Khi nào phải quét khuôn mặt?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Theo Quyết định 2345/QĐ-NHNN của Ngân hàng Nhà nước, <strong>từ ngày 1/7/2024</strong>, ứng "
                        "dụng ngân hàng yêu cầu bạn quét khuôn mặt (so với dữ liệu trong chip thẻ căn cước) khi:</p>"
                        "<ul>"
                        "<li>chuyển <strong>trên 10 triệu đồng</strong> trong một lần;</li>"
                        "<li>tổng tiền chuyển trong ngày <strong>vượt 20 triệu đồng</strong>;</li>"
                        "<li>nạp vào ví điện tử trên 10 triệu đồng một lần;</li>"
                        "<li>giao dịch lần đầu trên ứng dụng, hoặc giao dịch trên một điện thoại khác với máy dùng lần "
                        "trước.</li>"
                        "</ul>"
                        "<p>Khoản nhỏ hơn thường chỉ cần mã OTP hoặc mã PIN. Nhờ bước quét khuôn mặt, kẻ gian khó "
                        "chuyển khoản lớn dù đã lấy được mật khẩu. Vì thế chúng tìm cách xin ảnh, video khuôn mặt của "
                        "bạn, hoặc dụ bạn “quay mặt xác minh” trên một ứng dụng lạ. Chỉ quét khuôn mặt trong ứng dụng "
                        "ngân hàng bạn tự mở, khi chính bạn đang chuyển tiền.</p>"
                    ),
                },
                {"type": "heading", "value": "Các bước xác thực an toàn"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Chỉ xác thực khi <strong>chính bạn</strong> đang tự làm giao dịch trên ứng dụng của "
                                "mình. Không ai cần bạn xác thực “giúp” cho họ.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Đọc lại ô thông tin giao dịch: tên người nhận, số tiền, nội dung có đúng điều bạn "
                                "định làm không.</p>"
                            ),
                            "screen": "tt-xac-thuc-otp",
                        },
                        {
                            "text": (
                                "<p>Nhập mã PIN của Smart OTP, hoặc mã OTP trong tin nhắn. Với tin nhắn, xem số tiền "
                                "ghi trong tin có khớp với giao dịch không.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nếu ứng dụng yêu cầu quét khuôn mặt: đứng chỗ đủ sáng, bỏ kính, khẩu trang, nhìn "
                                "thẳng vào camera và làm theo hướng dẫn.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Bấm <strong>Xác nhận</strong> và chờ thông báo “Giao dịch thành công”.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "tt-xac-thuc-otp",
                        "title": "Luyện tập: xem lại giao dịch rồi mới xác nhận",
                        "instructions": (
                            "Bạn đang tự chuyển 2.000.000 đồng tiền học cho cháu Nguyễn Văn An. Ứng dụng đã tự điền mã "
                            "Smart OTP. Hãy chạm vào ô Thông tin giao dịch để xem lại người nhận và số tiền, rồi bấm "
                            "Xác nhận."
                        ),
                        "targets": [
                            {
                                "label": "Ô Thông tin giao dịch",
                                "hint": (
                                    "Trước khi xác nhận, hãy chạm vào ô Thông tin giao dịch ở phía trên để xem lại "
                                    "người nhận và số tiền."
                                ),
                            },
                            {
                                "label": "Nút Xác nhận",
                                "hint": "Thông tin đã đúng. Giờ hãy bấm nút Xác nhận ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Đọc lại hướng dẫn và thử lại nhé.",
                        "success": (
                            "Chính xác! Bạn đã xem lại giao dịch rồi mới xác nhận. Mã OTP chỉ dùng trong ứng dụng của "
                            "bạn, không đọc cho ai."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Nhận được mã OTP mà không hề giao dịch?",
                        "text": (
                            "<p>Nghĩa là có người đang thử đăng nhập hoặc chuyển tiền bằng thông tin của bạn. Không đưa "
                            "mã cho ai, kể cả người gọi đến ngay sau đó để “xin lại mã gửi nhầm”. Đổi mật khẩu ứng dụng "
                            "ngân hàng và gọi tổng đài ngân hàng để báo.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "thanh-toan-dich-vu-cong-va-hoa-don",
            "title": "Thanh toán dịch vụ công, tiền điện, nước, BHYT, BHXH",
            "summary": "Nộp phí, lệ phí trên Cổng Dịch vụ công và trả tiền điện, nước qua kênh chính thức, rồi lưu biên lai.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Nhiều khoản tiền hằng tháng, hằng năm giờ có thể trả ngay trên điện thoại: phí, lệ phí khi "
                        "làm thủ tục hành chính, tiền điện, tiền nước, bảo hiểm. Nguyên tắc chung: <strong>chỉ trả qua "
                        "kênh chính thức</strong> mà bạn tự mở, và <strong>luôn lưu biên lai</strong>.</p>"
                    ),
                },
                {"type": "heading", "value": "Nộp phí, lệ phí trên Cổng Dịch vụ công Quốc gia"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                '<p>Tự gõ địa chỉ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> (đuôi '
                                "<strong>.gov.vn</strong>) và đăng nhập bằng tài khoản định danh điện tử VNeID.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Vào mục <strong>Quản lý hồ sơ</strong>, tìm hồ sơ cần nộp phí và chọn "
                                "<strong>Yêu cầu thanh toán</strong>.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Cổng chuyển sang Nền tảng thanh toán của Cổng Dịch vụ công. Chọn ngân hàng hoặc ví "
                                "điện tử bạn đang dùng.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Hoàn tất thanh toán trong ứng dụng ngân hàng hoặc ví. Trước khi xác nhận, kiểm tra "
                                "số tiền khớp với mức phí của hồ sơ.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Quay lại Cổng, mở mục <strong>Đã thanh toán</strong> để tải biên lai điện tử về "
                                "máy.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Không nộp phí vào tài khoản cá nhân",
                        "text": (
                            "<p>Cán bộ không nhắn tin qua Zalo đòi bạn chuyển phí, lệ phí vào tài khoản riêng. Trang web "
                            "giả thường có tên na ná, như <em>dichvucong-gov.vn.com</em> hay đuôi <em>.top</em>. Nếu ai "
                            "gửi số tài khoản lạ để “nộp phí cho hồ sơ nhanh”, đừng chuyển; hãy hỏi thẳng Trung tâm phục "
                            "vụ hành chính công của xã, phường.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Trả tiền điện, tiền nước trong ứng dụng ngân hàng hoặc ví"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Tìm <strong>mã khách hàng</strong> trên hóa đơn hoặc tin nhắn báo tiền của công ty "
                                "điện, nước.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Mở ứng dụng ngân hàng hoặc ví, chọn <strong>Thanh toán hóa đơn</strong>, chọn loại "
                                "Tiền điện (hoặc Tiền nước) và đúng công ty ở địa phương bạn.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nhập mã khách hàng. Ứng dụng tự hiện tên khách hàng, địa chỉ, kỳ hóa đơn và số "
                                "tiền.</p>"
                            ),
                            "screen": "tt-thanh-toan-hoa-don",
                        },
                        {
                            "text": (
                                "<p>Kiểm tra tên, địa chỉ đúng nhà mình và số tiền khớp hóa đơn, rồi bấm "
                                "<strong>Thanh toán</strong> và xác thực.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Lưu biên lai hoặc chụp màn hình “Giao dịch thành công”. Nếu muốn, nhiều ứng dụng "
                                "cho đăng ký tự động trích tiền trả hóa đơn hằng tháng.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "tt-thanh-toan-hoa-don",
                        "title": "Luyện tập: trả tiền điện đúng nhà, đúng số tiền",
                        "instructions": (
                            "Bà Lê Thị Hoa ở thôn Đông nhận tin nhắn báo tiền điện tháng 10/2026 là 356.800 đồng và đã "
                            "nhập mã khách hàng trong ứng dụng ngân hàng. Hãy chạm vào phần Thông tin khách hàng để "
                            "kiểm tra tên và địa chỉ, rồi chạm vào phần Hóa đơn để so số tiền, cuối cùng bấm Thanh toán."
                        ),
                        "targets": [
                            {
                                "label": "Phần Thông tin khách hàng",
                                "hint": (
                                    "Trước hết hãy xem đây có đúng nhà mình không: chạm vào ô Thông tin khách hàng "
                                    "(tên và địa chỉ)."
                                ),
                            },
                            {
                                "label": "Phần Hóa đơn cần thanh toán",
                                "hint": (
                                    "Tên và địa chỉ đã đúng. Giờ chạm vào ô Hóa đơn cần thanh toán để so số tiền với "
                                    "tin nhắn."
                                ),
                            },
                            {
                                "label": "Nút Thanh toán",
                                "hint": "Tên, địa chỉ và số tiền đều khớp. Hãy bấm nút Thanh toán ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": (
                            "Chưa đúng. Làm lần lượt: kiểm tra khách hàng, kiểm tra hóa đơn, rồi mới bấm Thanh toán."
                        ),
                        "success": (
                            "Tuyệt vời! Bạn đã kiểm tra đúng nhà, đúng số tiền rồi mới trả. Nhớ lưu biên lai sau khi "
                            "thanh toán."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Giả danh nhân viên điện lực",
                        "text": (
                            "<p>Kẻ gian gọi điện nói nhà bạn “còn nợ tiền điện, hôm nay sẽ bị cắt điện”, hoặc bảo phải "
                            "“đổi mã khách hàng”, “nhận hoàn tiền điện”, rồi gửi mã QR, đường link hay bảo cài ứng dụng "
                            "lạ. Ngành điện không thu tiền vào tài khoản cá nhân, không gửi link hoàn tiền và không hỏi "
                            "mật khẩu, mã OTP. Muốn biết có nợ thật không, hãy tự nhập mã khách hàng trong ứng dụng ngân "
                            "hàng như trên, hoặc gọi số chăm sóc khách hàng in trên hóa đơn.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Bảo hiểm y tế hộ gia đình, bảo hiểm xã hội tự nguyện"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Một số khoản như gia hạn thẻ bảo hiểm y tế theo hộ gia đình hay đóng bảo hiểm xã hội tự "
                        "nguyện có thể làm trực tuyến trên Cổng Dịch vụ công Quốc gia và trả tiền theo các bước ở trên. "
                        "Tên mục và cách làm có thể thay đổi theo thời điểm, nên nếu chưa chắc, hãy hỏi nhân viên thu "
                        "bảo hiểm ở xã hoặc Tổ công nghệ số cộng đồng trước khi trả. Ứng dụng chính thức của Bảo hiểm "
                        "xã hội Việt Nam là <strong>VssID</strong>, chỉ tải từ CH Play hoặc App Store.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Giữ biên lai ở đâu?",
                        "text": (
                            "<p>Biên lai nằm trong mục Lịch sử giao dịch của ứng dụng. Với khoản quan trọng như lệ phí "
                            "hồ sơ hay bảo hiểm, hãy tải tệp biên lai hoặc chụp màn hình, ghi lại mã giao dịch để đối "
                            "chiếu khi cần.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "khi-chuyen-nham-hoac-bi-lua",
            "title": "Khi chuyển nhầm hoặc bị lừa: làm gì ngay?",
            "summary": "Khóa tài khoản, gọi tổng đài ngân hàng, giữ bằng chứng và trình báo công an khi chuyển nhầm hay bị lừa.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ai cũng có lúc bấm nhầm, và kẻ lừa đảo ngày càng tinh vi. Điều quan trọng là <strong>hành "
                        "động ngay</strong>: báo càng sớm, ngân hàng và công an càng có cơ hội chặn tiền lại. Đừng vì "
                        "ngại mà giấu chuyện.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Lưu sẵn số tổng đài ngân hàng ngay hôm nay",
                        "text": (
                            "<p>Lấy số tổng đài in trên thẻ ngân hàng, trong ứng dụng hoặc trên trang web chính thức, "
                            "lưu vào danh bạ với tên dễ nhớ. Đừng lấy số từ quảng cáo trên mạng hay từ tin nhắn lạ: kẻ "
                            "gian cũng lập trang giả mạo tổng đài.</p>"
                        ),
                    },
                },
                {
                    "type": "heading",
                    "value": "Nếu bạn lỡ đưa mã OTP, mật khẩu hoặc đã chuyển tiền cho kẻ gian",
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p><strong>Dừng liên lạc</strong> với kẻ gian: cúp máy, không làm thêm bất cứ điều gì "
                                "họ bảo, không chuyển thêm tiền “để mở khóa” hay “để lấy lại tiền”.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Khóa ngay</strong>: dùng chức năng khóa nhanh trong ứng dụng ngân hàng nếu "
                                "có (tên gọi mỗi ngân hàng một khác), rồi gọi tổng đài. Nói rõ bạn bị lừa, đề nghị khóa "
                                "tài khoản, thẻ, ngân hàng số và <strong>tra soát</strong> giao dịch. Nếu ứng dụng không "
                                "có nút khóa, gọi tổng đài ngay.</p>"
                            ),
                            "screen": "tt-ho-tro-khan-cap",
                        },
                        {
                            "text": (
                                "<p>Nếu đã lỡ cài ứng dụng lạ theo lời kẻ gian, bật chế độ máy bay trên điện thoại đó "
                                "và dùng máy khác để gọi ngân hàng. Sau đó nhờ người có chuyên môn kiểm tra, gỡ ứng "
                                "dụng lạ.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Giữ bằng chứng</strong>: chụp màn hình tin nhắn, số điện thoại, tài khoản "
                                "Zalo, Facebook của kẻ gian, số tài khoản đã nhận tiền, mã giao dịch và thời gian. "
                                "Không xóa gì cả.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Trình báo</strong> Công an xã, phường gần nhất, mang theo căn cước và bằng "
                                "chứng.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Đổi mật khẩu ngân hàng, email, Zalo, Facebook; báo người thân để họ không bị lừa "
                                "tiếp bằng tài khoản của bạn.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "tt-ho-tro-khan-cap",
                        "title": "Luyện tập: khóa nhanh rồi gọi tổng đài",
                        "instructions": (
                            "Bạn vừa lỡ đọc mã OTP cho một người xưng là nhân viên ngân hàng. Bạn đã cúp máy và mở mục "
                            "Hỗ trợ khẩn cấp trong ứng dụng ngân hàng. Hãy bấm khóa nhanh ngân hàng số trước, sau đó "
                            "bấm gọi tổng đài."
                        ),
                        "targets": [
                            {
                                "label": "Nút Khóa nhanh ngân hàng số",
                                "hint": "Việc đầu tiên là chặn kẻ gian: bấm nút màu đỏ Khóa nhanh ngân hàng số.",
                            },
                            {
                                "label": "Nút Gọi tổng đài 24/7",
                                "hint": (
                                    "Đã khóa xong. Giờ bấm nút Gọi tổng đài 24/7 để báo ngân hàng và đề nghị tra soát."
                                ),
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Khi bị lừa: khóa trước, gọi tổng đài ngay sau đó.",
                        "success": (
                            "Bạn đã làm đúng thứ tự: khóa ngân hàng số rồi gọi tổng đài. Tiếp theo, giữ bằng chứng và "
                            "đến Công an xã, phường để trình báo."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Cẩn thận bị lừa lần hai",
                        "text": (
                            "<p>Sau khi bị lừa, bạn có thể gặp người tự xưng công an, luật sư, “hacker” hay nhân viên "
                            "ngân hàng hứa lấy lại tiền nếu bạn trả phí, quét mã QR hoặc đọc mã OTP. Đó là lừa đảo lần "
                            "hai. Việc thu hồi tiền do ngân hàng và cơ quan công an xử lý, bạn không phải trả phí cho "
                            "ai. Công an, viện kiểm sát, tòa án không làm việc, lấy lời khai qua điện thoại và không gửi "
                            "giấy mời, lệnh bắt qua Zalo.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Nếu bạn chuyển nhầm"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Gọi ngay tổng đài ngân hàng của bạn (hoặc ra quầy) để đề nghị <strong>tra soát</strong>. "
                        "Chuẩn bị sẵn: thời gian chuyển, số tiền, số tài khoản và tên người nhận, mã giao dịch. Ngân "
                        "hàng sẽ liên hệ ngân hàng bên nhận để đề nghị người nhận trả lại.</p>"
                        "<p>Lưu ý: ngân hàng <strong>không tự rút lại</strong> tiền khi người nhận chưa đồng ý, nên việc "
                        "này có thể mất nhiều ngày. Theo Bộ luật Dân sự 2015, người được hưởng tiền mà không có căn cứ "
                        "pháp luật phải hoàn trả. Nếu họ cố tình không trả, bạn có thể trình báo công an hoặc khởi kiện. "
                        "Đừng đăng số tài khoản, số điện thoại của mình lên mạng để nhờ giúp: kẻ gian sẽ tìm đến "
                        "bạn.</p>"
                    ),
                },
                {"type": "heading", "value": "Nếu có tiền lạ “chuyển nhầm” vào tài khoản của bạn"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Một chiêu quen thuộc: kẻ gian chuyển vào tài khoản của bạn một khoản tiền, có khi chỉ vài "
                        "nghìn đồng, rồi gọi điện, nhắn tin xưng là “người chuyển nhầm” hoặc “công ty tài chính”, giục "
                        "bạn chuyển trả vào <em>một tài khoản khác</em>, đòi thêm tiền lãi, hoặc bảo bạn quét mã QR, "
                        "bấm đường link để “hoàn tiền”. Cách xử lý đúng:</p>"
                        "<ul>"
                        "<li>Không tiêu số tiền đó, không chuyển trả theo lời người lạ, không quét mã, không bấm "
                        "link.</li>"
                        "<li>Báo ngay ngân hàng của bạn để trả lại qua thủ tục tra soát, về đúng tài khoản đã chuyển "
                        "đến.</li>"
                        "<li>Nếu bị đe dọa, đòi nợ, hãy trình báo Công an xã, phường.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>Cần người giúp?</strong> Tổ công nghệ số cộng đồng ở thôn, tổ dân phố có thể giúp "
                        "bạn tìm đúng số tổng đài, chụp lại bằng chứng và đi trình báo. Người giúp đàng hoàng không bao "
                        "giờ hỏi mật khẩu hay mã OTP của bạn.</p>"
                    ),
                },
            ],
        },
    ],
}
