COURSE = {
    "slug": "dinh-danh-dien-tu-vneid",
    "title": "Định danh điện tử VNeID mức 2",
    "summary": 'Hiểu tài khoản định danh điện tử mức 1 và mức 2, cài và dùng VNeID an toàn, khóa tài khoản khi mất máy và nhận ra các chiêu lừa "cập nhật VNeID".',
    "topic": "vneid",
    "audience": "all",
    "level": "basic",
    "estimated_minutes": 64,
    "outcomes": [
        "Phân biệt tài khoản định danh điện tử mức 1 và mức 2, biết căn cước điện tử có giá trị như thẻ căn cước.",
        "Cài VNeID đúng nguồn chính thức, đăng ký mức 2 tại Công an xã, phường và kích hoạt tài khoản an toàn.",
        "Xuất trình căn cước điện tử, tích hợp giấy tờ vào ví và đăng nhập dịch vụ công bằng VNeID.",
        "Khóa tài khoản ngay khi mất điện thoại, biết cách mở khóa và đổi mật khẩu.",
        'Nhận ra và xử lý cuộc gọi, tin nhắn giả danh công an đòi "cập nhật VNeID sau sáp nhập".',
    ],
    "competences": ["TT02-4", "TT02-1"],
    "checked_on": "2026-11-21",
    "reviewer_note": "Đối chiếu với Nghị định 69/2024/NĐ-CP, khuyến cáo của Bộ Công an và hướng dẫn đăng trên báo chí chính thống (đến cuối 2025). Tên nút, tên mục trong ứng dụng VNeID thay đổi theo phiên bản: cần kiểm tra lại các bước tích hợp giấy tờ, khóa tài khoản, đổi mật khẩu và mục chữ ký số trên bản ứng dụng mới nhất.",
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "can-cuoc-dien-tu-muc-1-muc-2",
            "title": "Căn cước điện tử, tài khoản mức 1 và mức 2",
            "summary": "VNeID là gì, tài khoản mức 1 khác mức 2 ở đâu và vì sao căn cước điện tử dùng được như thẻ căn cước.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>VNeID</strong> là ứng dụng định danh điện tử chính thức và duy nhất của Bộ Công an, "
                        "do Trung tâm dữ liệu quốc gia về dân cư xây dựng. Có thể hiểu đơn giản: VNeID là "
                        '<strong>"chiếc ví giấy tờ" trên điện thoại</strong>. Trong đó có thẻ căn cước của bạn ở dạng điện tử, '
                        "và có thể thêm giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe…</p>"
                        "<p>Để dùng VNeID, mỗi người có một <strong>tài khoản định danh điện tử</strong>. Tên đăng nhập là "
                        "<strong>số định danh cá nhân</strong>, tức dãy 12 chữ số in trên thẻ căn cước (hoặc căn cước công dân gắn chip). "
                        "Đi kèm là mật khẩu do chính bạn đặt.</p>"
                    ),
                },
                {"type": "heading", "value": "Hai mức tài khoản"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Theo Nghị định 69/2024/NĐ-CP (có hiệu lực từ 1/7/2024), tài khoản định danh điện tử có hai mức:</p>"
                        "<ul>"
                        "<li><strong>Mức 1:</strong> tự đăng ký trên ứng dụng, thông tin khai báo được đối chiếu với dữ liệu dân cư. "
                        "Tài khoản mức 1 chỉ xem được một số thông tin và dùng được một số chức năng.</li>"
                        "<li><strong>Mức 2:</strong> ngoài thông tin cá nhân, bạn còn được xác thực bằng "
                        "<strong>ảnh chân dung hoặc vân tay</strong>, đối chiếu với cơ sở dữ liệu quốc gia. Tài khoản mức 2 "
                        "dùng được <strong>tất cả</strong> chức năng, trong đó có căn cước điện tử.</li>"
                        "</ul>"
                        "<p>Vì phải đối chiếu ảnh và vân tay thật của bạn, mức 2 thường được làm trực tiếp tại cơ quan công an. "
                        "Không ai làm thay được. Bài 2 sẽ hướng dẫn chi tiết.</p>"
                    ),
                },
                {
                    "type": "image",
                    "value": {
                        "screen": "vneid-trang-chu",
                        "caption": "Màn hình mô phỏng trang chủ VNeID của một tài khoản mức 2: có căn cước điện tử, ví giấy tờ và các tiện ích.",
                        "alt": "Trang chủ ứng dụng mô phỏng: lời chào Nguyễn Văn An, nhãn Định danh mức 2, thẻ Căn cước điện tử đã xác thực, "
                        "danh sách Ví giấy tờ gồm giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe, nút Tích hợp thông tin "
                        "và các tiện ích như Thủ tục hành chính, Chữ ký số.",
                    },
                },
                {"type": "heading", "value": "Căn cước điện tử dùng để làm gì?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Với tài khoản mức 2, bạn có <strong>căn cước điện tử</strong> trên VNeID. Khi làm thủ tục, "
                        "<strong>xuất trình căn cước điện tử có giá trị như xuất trình thẻ căn cước</strong>. "
                        "Nhờ vậy, nhiều việc không cần mang theo thẻ hay bản photo:</p>"
                        "<ul>"
                        "<li>Xuất trình giấy tờ khi làm thủ tục ở xã, ở ngân hàng, ở bệnh viện.</li>"
                        "<li>Đăng nhập Cổng Dịch vụ công Quốc gia "
                        '(<a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>): từ 1/7/2024, người dân đăng nhập bằng tài khoản VNeID.</li>'
                        "<li>Làm một số thủ tục ngay trên ứng dụng, ví dụ thông báo lưu trú, đăng ký tạm trú.</li>"
                        "<li>Đăng nhập nền tảng học tập Bình dân học vụ số (binhdanhocvuso.gov.vn).</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Làm sao biết tài khoản của mình là mức mấy?",
                        "text": (
                            "<p>Mở VNeID và đăng nhập. Nếu bạn thấy thẻ căn cước điện tử của mình và mở được các mục như "
                            "Ví giấy tờ, Thủ tục hành chính, thì tài khoản đã là mức 2. Nếu ứng dụng báo chức năng chỉ dành "
                            "cho tài khoản mức 2, bạn đang ở mức 1. Không chắc thì hỏi trực tiếp Công an xã, phường.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Ba điều cần nhớ ngay từ đầu"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ol>"
                        "<li><strong>Mỗi người một tài khoản.</strong> Tài khoản gắn với chính bạn, như thẻ căn cước. "
                        "Không cho mượn, không đăng nhập hộ trên máy người khác.</li>"
                        "<li><strong>Mật khẩu, passcode và mã OTP chỉ mình bạn biết.</strong> Cán bộ công an, cán bộ xã, "
                        "người thân đều không cần biết những mã này.</li>"
                        '<li><strong>VNeID là ứng dụng chính thức duy nhất.</strong> Không có "VNeID bản mới", "VNeID cập nhật" '
                        "nào được gửi qua đường link trong tin nhắn hay Zalo.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Giữ tài khoản VNeID như giữ thẻ căn cước",
                        "text": (
                            "<p>Ai nắm được tài khoản VNeID mức 2 của bạn có thể mạo danh bạn khi làm thủ tục. "
                            "Đừng đưa điện thoại đã mở khóa cho người lạ, đừng chụp màn hình căn cước điện tử gửi cho người không quen, "
                            "và nhớ đặt khóa màn hình cho điện thoại.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "cai-dat-kich-hoat-an-toan",
            "title": "Cài đặt và kích hoạt VNeID an toàn",
            "summary": "Cài VNeID chỉ từ CH Play hoặc App Store, đăng ký mức 2 tại Công an xã, phường và kích hoạt tài khoản.",
            "minutes": 15,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Có ba việc cần làm theo thứ tự: <strong>cài đúng ứng dụng</strong>, "
                        "<strong>đăng ký mức 2 tại cơ quan công an</strong>, rồi <strong>kích hoạt tài khoản</strong> trên điện thoại của chính mình. "
                        'Kẻ gian hay chen vào ở bước đầu tiên, bằng cách gửi link cài "VNeID" giả, nên hãy làm thật cẩn thận.</p>'
                    ),
                },
                {"type": "heading", "value": "Việc 1: Cài đúng ứng dụng VNeID"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Mở kho ứng dụng có sẵn trên máy: <strong>CH Play</strong> (điện thoại Android) hoặc <strong>App Store</strong> (iPhone).</p>",
                            "screen": None,
                        },
                        {"text": "<p>Gõ <strong>VNeID</strong> vào ô tìm kiếm.</p>", "screen": None},
                        {
                            "text": "<p>Xem tên nhà phát triển: phải là <strong>Trung tâm dữ liệu quốc gia về dân cư</strong> (thuộc Bộ Công an). "
                            'Trên App Store tên này có thể viết không dấu. Bỏ qua các ứng dụng có tên na ná như "VNeID cập nhật", "Định danh nhanh", '
                            'hoặc dòng có chữ "Quảng cáo".</p>',
                            "screen": "vneid-cua-hang",
                        },
                        {
                            "text": '<p>Bấm <strong>Cài đặt</strong> và chờ tải xong. Ứng dụng miễn phí, không ai được thu tiền "cài hộ".</p>',
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "vneid-cua-hang",
                        "title": "Chọn đúng ứng dụng VNeID trong kho ứng dụng",
                        "instructions": "Kết quả tìm kiếm có một ứng dụng thật và hai ứng dụng đáng ngờ. Trước tiên, chạm vào dòng tên nhà phát triển để kiểm tra ứng dụng thật. Sau đó bấm nút Cài đặt của đúng ứng dụng đó.",
                        "targets": [
                            {
                                "label": 'Dòng "Nhà phát triển: Trung tâm dữ liệu quốc gia về dân cư"',
                                "hint": "Hãy tìm dòng ghi tên nhà phát triển của ứng dụng VNeID ở trên cùng, có dấu tích màu xanh.",
                            },
                            {
                                "label": "Nút Cài đặt màu xanh của ứng dụng VNeID thật",
                                "hint": "Đừng cài các ứng dụng có tên na ná bên dưới. Bấm nút Cài đặt lớn ngay dưới ứng dụng VNeID thật.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Hãy xem kỹ tên nhà phát triển trước khi cài.",
                        "success": "Đúng rồi! Luôn kiểm tra tên nhà phát triển và chỉ cài VNeID từ CH Play hoặc App Store.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Không cài VNeID từ đường link hay tệp .apk",
                        "text": (
                            "<p>Bộ Công an khuyến cáo chỉ cài VNeID từ App Store hoặc CH Play. "
                            '<strong>Không bao giờ</strong> bật cài đặt "ứng dụng không rõ nguồn gốc" (nguồn không xác định) theo lời người lạ, '
                            "không mở tệp .apk gửi qua Zalo, Facebook hay tin nhắn. Ứng dụng giả có thể đọc trộm tin nhắn OTP "
                            "và rút sạch tiền trong tài khoản ngân hàng.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Việc 2: Đăng ký mức 2 tại Công an xã, phường"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bạn đến Công an xã, phường nơi gần nhất (hoặc làm cùng lúc khi đi làm thẻ căn cước). Mang theo:</p>"
                        "<ul>"
                        "<li>Thẻ căn cước hoặc căn cước công dân gắn chip.</li>"
                        "<li>Điện thoại đang dùng số thuê bao <strong>đứng tên chính bạn</strong>. Số này sẽ nhận tin nhắn kích hoạt và mã OTP sau này.</li>"
                        "</ul>"
                        "<p>Cán bộ sẽ chụp ảnh chân dung, lấy vân tay để đối chiếu. Vì vậy <strong>người đăng ký phải có mặt</strong>; "
                        "con cháu không thể làm thay ông bà, cán bộ xã không thể làm thay người dân. "
                        "Hồ sơ được duyệt thì hệ thống gửi tin nhắn báo bạn vào ứng dụng để kích hoạt.</p>"
                        '<p>Cơ quan công an chỉ <strong>mời bạn đến trụ sở</strong> để làm. Không có chuyện "kích hoạt mức 2 qua điện thoại" '
                        'hay "làm định danh online tại nhà, mất phí".</p>'
                    ),
                },
                {"type": "heading", "value": "Việc 3: Kích hoạt tài khoản trên điện thoại"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Mở VNeID, chọn <strong>Kích hoạt tài khoản định danh điện tử</strong>. Tên nút có thể hơi khác tùy phiên bản.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại đã đăng ký với công an.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Ứng dụng gửi <strong>mã OTP</strong> về điện thoại. Bạn <strong>tự</strong> nhập mã vào ứng dụng, không đọc cho ai nghe.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Đặt <strong>mật khẩu</strong>: dài, có chữ hoa, chữ thường, số và ký hiệu; không dùng ngày sinh hay số điện thoại.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Đặt <strong>passcode</strong> gồm 6 chữ số. Đây là mã để mở các chức năng và giấy tờ trong ứng dụng.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Dành cho cán bộ xã và Tổ công nghệ số cộng đồng",
                        "text": (
                            "<p>Khi giúp người dân, hãy chỉ tay và giải thích, để chính họ bấm và gõ. Không hỏi, không ghi lại mật khẩu, "
                            "passcode hay mã OTP của người dân, không giữ điện thoại của họ. Người chưa có mức 2 thì hướng dẫn đến Công an xã, phường.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "dung-vneid-hang-ngay",
            "title": "Dùng VNeID hằng ngày",
            "summary": "Xuất trình căn cước điện tử, thêm giấy tờ vào ví, làm thủ tục và đăng nhập dịch vụ công bằng VNeID.",
            "minutes": 15,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Khi đã có tài khoản mức 2, VNeID giúp bạn đỡ phải mang nhiều giấy tờ. Bài này hướng dẫn bốn việc hay dùng nhất: "
                        "xuất trình giấy tờ, thêm giấy tờ vào ví, làm thủ tục và đăng nhập Cổng Dịch vụ công. "
                        "Tên mục trong ứng dụng có thể thay đổi đôi chút sau mỗi lần cập nhật, nhưng cách làm gần như giống nhau.</p>"
                    ),
                },
                {"type": "heading", "value": "Xuất trình căn cước điện tử và giấy tờ"},
                {
                    "type": "steps",
                    "value": [
                        {"text": "<p>Mở VNeID và đăng nhập.</p>", "screen": None},
                        {
                            "text": "<p>Chạm vào thẻ <strong>Căn cước điện tử</strong>, hoặc vào <strong>Ví giấy tờ</strong> rồi chọn giấy tờ cần dùng "
                            "(giấy phép lái xe, thẻ bảo hiểm y tế…).</p>",
                            "screen": "vneid-trang-chu",
                        },
                        {
                            "text": "<p>Nhập passcode 6 số khi được hỏi. Che tay khi nhập nếu có người đứng gần.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Đưa màn hình cho cán bộ xem. Nếu họ cần quét mã QR trên giấy tờ, bạn vẫn cầm máy. Xong việc thì thoát ra và khóa màn hình.</p>",
                            "screen": None,
                        },
                    ],
                },
                {"type": "heading", "value": "Thêm giấy tờ vào ví (tích hợp thông tin)"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bạn có thể đưa giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe và một số giấy tờ khác vào ví. "
                        "Hệ thống đối chiếu số giấy tờ với dữ liệu của cơ quan cấp; khớp thì giấy tờ hiện lên với trạng thái đã xác thực.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Vào <strong>Ví giấy tờ</strong>, bấm <strong>Tích hợp thông tin</strong>.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Chọn <strong>Tạo mới yêu cầu</strong>, rồi chọn loại giấy tờ muốn thêm.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Nhập số giấy tờ theo đúng giấy đang có (ví dụ số giấy phép lái xe, hạng bằng), đánh dấu đồng ý và gửi yêu cầu.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Chờ kết quả. Khi được duyệt, giấy tờ xuất hiện trong ví. Nếu bị từ chối, kiểm tra lại số đã nhập hoặc hỏi cơ quan cấp giấy tờ.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "vneid-trang-chu",
                        "title": "Đi khám bệnh và thêm giấy tờ vào ví",
                        "instructions": "Bạn đang ở bệnh viện, cần xuất trình thẻ bảo hiểm y tế: hãy chạm vào thẻ đó trong ví. Về đến nhà, bạn muốn thêm đăng ký xe vào ví: hãy bấm nút thêm giấy tờ.",
                        "targets": [
                            {
                                "label": "Thẻ bảo hiểm y tế trong Ví giấy tờ",
                                "hint": "Thẻ bảo hiểm y tế nằm trong danh sách Ví giấy tờ, dòng có ô màu xanh lá.",
                            },
                            {
                                "label": 'Nút "+ Tích hợp thông tin"',
                                "hint": "Để thêm giấy tờ mới, tìm nút có dấu cộng ngay dưới danh sách giấy tờ.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Hãy nhìn vào phần Ví giấy tờ ở giữa màn hình.",
                        "success": "Rất tốt! Bạn đã biết mở giấy tờ để xuất trình và bắt đầu thêm giấy tờ mới vào ví.",
                    },
                },
                {"type": "heading", "value": "Làm thủ tục và đăng nhập dịch vụ công"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Trong mục <strong>Thủ tục hành chính</strong> của VNeID, bạn làm được một số thủ tục như thông báo lưu trú, "
                        "đăng ký tạm trú, thường trú, đề nghị cấp phiếu lý lịch tư pháp. Thông tin cá nhân được điền sẵn nên đỡ phải khai lại.</p>"
                        '<p>Với các thủ tục khác, vào <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>, chọn '
                        "<strong>Đăng nhập</strong> → <strong>Tài khoản định danh điện tử (VNeID)</strong>, nhập số định danh, "
                        "mật khẩu VNeID, rồi nhập mã OTP gửi về số điện thoại đã đăng ký. Chỉ nhập mật khẩu trên trang có đuôi "
                        "<strong>.gov.vn</strong> hoặc trong ứng dụng VNeID.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Chữ ký số cá nhân (không bắt buộc)",
                        "text": (
                            "<p>VNeID có mục để người dân đăng ký chữ ký số cá nhân, chọn một trong các nhà cung cấp được cấp phép. "
                            "Nhiều nơi miễn phí năm đầu. Chữ ký số giúp ký hồ sơ, hợp đồng điện tử có giá trị pháp lý. Chỉ đăng ký khi bạn cần, "
                            "đọc kỹ điều kiện và giá sau năm đầu. Tên mục có thể khác tùy phiên bản ứng dụng.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Xuất trình, không giao nộp",
                        "text": (
                            "<p>Xuất trình là cho cán bộ <em>xem</em> màn hình. Không cần đưa passcode, không cần để người khác cầm máy đi nơi khác, "
                            'và không gửi ảnh chụp căn cước điện tử qua Zalo cho người lạ dù họ nói là "để làm hồ sơ".</p>'
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "mat-dien-thoai-khoa-mo-khoa",
            "title": "Mất điện thoại: khóa, mở khóa tài khoản và đổi mật khẩu",
            "summary": "Khóa tài khoản định danh điện tử ngay khi mất máy, mở khóa khi cần và đổi mật khẩu an toàn.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Mất điện thoại là lúc dễ mất cả giấy tờ điện tử lẫn tiền trong ngân hàng. Việc đầu tiên là "
                        "<strong>khóa tài khoản định danh điện tử</strong>. Khi đã khóa, không ai dùng được tài khoản, kể cả kẻ đang cầm máy của bạn. "
                        "Tìm lại được máy hoặc có máy mới thì mở khóa sau.</p>"
                    ),
                },
                {"type": "heading", "value": "Ba cách khóa tài khoản"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ol>"
                        "<li><strong>Tự khóa trên mạng:</strong> dùng điện thoại của người nhà hoặc máy tính, vào trang chính thức "
                        '<a href="https://vneid.gov.vn">vneid.gov.vn</a> (hoặc ứng dụng VNeID trên máy khác) và gửi yêu cầu khóa.</li>'
                        "<li><strong>Gọi tổng đài</strong> hỗ trợ về căn cước, định danh điện tử của Bộ Công an: <strong>1900 0368</strong>. "
                        "Tự bấm số này, không gọi lại số lạ tự xưng là tổng đài.</li>"
                        "<li><strong>Đến Công an xã, phường</strong>, mang theo thẻ căn cước, đề nghị khóa tài khoản và điền phiếu theo hướng dẫn của cán bộ.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Trên máy khác, mở trình duyệt, gõ đúng địa chỉ <strong>vneid.gov.vn</strong>. Kiểm tra kỹ: không có chữ thừa, đuôi là .gov.vn.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Bấm <strong>Đăng nhập</strong>, nhập số định danh cá nhân và mật khẩu VNeID.</p>",
                            "screen": None,
                        },
                        {
                            "text": '<p>Chọn <strong>Yêu cầu khóa tài khoản</strong>, chọn lý do, ví dụ "Mất thiết bị đã kích hoạt tài khoản".</p>',
                            "screen": "vneid-khoa-tai-khoan",
                        },
                        {
                            "text": "<p>Bấm gửi yêu cầu và làm theo hướng dẫn trên màn hình để xác nhận. Giao diện thật có thể khác bản mô phỏng.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "vneid-khoa-tai-khoan",
                        "title": "Khóa tài khoản khi mất điện thoại",
                        "instructions": "Bạn vừa đánh rơi điện thoại có cài VNeID và đang dùng máy của con để khóa tài khoản. Hãy chọn đúng lý do, rồi gửi yêu cầu khóa.",
                        "targets": [
                            {
                                "label": 'Lý do "Mất thiết bị đã kích hoạt tài khoản"',
                                "hint": "Bạn bị mất điện thoại, hãy chọn lý do đầu tiên trong danh sách.",
                            },
                            {
                                "label": 'Nút "Gửi yêu cầu khóa"',
                                "hint": 'Đã chọn lý do rồi, giờ bấm nút màu đỏ "Gửi yêu cầu khóa" ở phía dưới.',
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Chọn lý do phù hợp trước, rồi mới gửi yêu cầu.",
                        "success": "Xong! Tài khoản đã được yêu cầu khóa. Tiếp theo, hãy báo ngân hàng và nhà mạng.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Khóa VNeID xong, làm tiếp hai việc",
                        "text": (
                            "<p>Gọi <strong>tổng đài ngân hàng</strong> (số in trên thẻ hoặc trên trang web chính thức của ngân hàng) để tạm khóa ứng dụng ngân hàng. "
                            "Gọi hoặc đến cửa hàng <strong>nhà mạng</strong> để khóa SIM rồi làm lại SIM, vì mã OTP được gửi về số điện thoại đó.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Mở khóa và dùng lại trên điện thoại mới"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Muốn <strong>mở khóa</strong>, bạn mang thẻ căn cước đến Công an xã, phường, hoặc gọi tổng đài 1900 0368 để được hướng dẫn.</p>"
                        "<p>Mỗi tài khoản VNeID chỉ đăng nhập trên <strong>một điện thoại</strong> tại một thời điểm. Khi đăng nhập trên máy mới, "
                        "ứng dụng thường yêu cầu xác nhận từ máy cũ. Nếu không còn máy cũ, một số điện thoại có NFC cho phép xác thực bằng cách "
                        "áp thẻ căn cước gắn chip vào mặt sau máy, nếu ứng dụng hiện lựa chọn này. Không làm được thì nhờ Công an xã, phường hỗ trợ.</p>"
                    ),
                },
                {"type": "heading", "value": "Quên hoặc cần đổi mật khẩu"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p><strong>Quên mật khẩu:</strong> ở màn hình đăng nhập, bấm <strong>Quên mật khẩu</strong>, nhập số định danh và số điện thoại đã đăng ký.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Trả lời các thông tin ứng dụng hỏi (họ tên, ngày sinh…), nhập mã OTP gửi về máy, rồi đặt mật khẩu mới.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p><strong>Đổi mật khẩu khi đang đăng nhập:</strong> vào mục Cá nhân hoặc Cài đặt, tìm chức năng đổi mật khẩu. "
                            "Nên đổi ngay nếu bạn nghi người khác đã biết mật khẩu.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p><strong>Quên passcode:</strong> khi ứng dụng hỏi passcode, chọn <strong>Quên passcode</strong>, xác nhận bằng OTP rồi đặt passcode mới.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Chuẩn bị trước khi có chuyện",
                        "text": (
                            "<p>Ghi ra giấy, để ở nhà: số tổng đài 1900 0368, số tổng đài ngân hàng, số điện thoại Công an xã. "
                            "<strong>Không</strong> ghi mật khẩu hay passcode lên giấy dán ở điện thoại. Đổi số điện thoại thì báo Công an xã, phường "
                            "để cập nhật cho tài khoản VNeID.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "nhan-dien-lua-dao-vneid",
            "title": "Nhận diện lừa đảo liên quan đến VNeID",
            "summary": 'Nhận ra cuộc gọi, tin nhắn "cập nhật VNeID sau sáp nhập", link cài ứng dụng giả và biết cách xử lý.',
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vì VNeID quan trọng, kẻ lừa đảo thường <strong>giả danh công an</strong> để lừa người dân. "
                        'Chúng gọi điện, nhắn tin, có khi gọi video mặc đồ giống công an, yêu cầu "cập nhật", "sửa lỗi" hay "nâng cấp" VNeID. '
                        "Mục đích là dụ bạn cài ứng dụng giả để lấy mã OTP và rút tiền ngân hàng. "
                        "Đã có người mất 129 triệu đồng ở Đà Nẵng, có người ở Hà Nội mất hơn 2 tỷ đồng.</p>"
                    ),
                },
                {"type": "heading", "value": "Những kịch bản hay gặp"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        '<li>"Sau sáp nhập tỉnh, xã, ông/bà phải <strong>cập nhật địa chỉ trên VNeID</strong>, nếu không tài khoản sẽ bị khóa."</li>'
                        '<li>"Tài khoản định danh của bạn bị lỗi, cần <strong>cài bản VNeID mới</strong> theo link này."</li>'
                        '<li>"Cán bộ sẽ <strong>kích hoạt giúp mức 2</strong> qua điện thoại, chỉ cần đọc mã số gửi về máy."</li>'
                        '<li>Gửi link cài ứng dụng "Dịch vụ công" hoặc "VNeID" giả. Ứng dụng này xin quyền điều khiển máy, đọc tin nhắn, rồi chiếm ứng dụng ngân hàng.</li>'
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Sự thật: địa chỉ mới được hệ thống tự cập nhật",
                        "text": (
                            "<p>Sau khi sắp xếp lại tỉnh, xã từ tháng 7/2025, thông tin quê quán, nơi thường trú trên VNeID "
                            "<strong>được hệ thống tự động cập nhật</strong>. Bạn không phải bấm link, không phải cài gì thêm, không phải nộp phí. "
                            'Ai gọi điện hay nhắn tin đòi bạn tự "cập nhật VNeID" là <strong>kẻ lừa đảo</strong>.</p>'
                        ),
                    },
                },
                {"type": "heading", "value": "Dấu hiệu nhận biết"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Số gọi đến lạ, nhất là đầu số nước ngoài như <strong>+840, +882, +94</strong>.</li>"
                        '<li>Đường link <strong>không có đuôi .gov.vn</strong>, hoặc ghép chữ "vneid" vào một tên miền lạ (đuôi .top, .xyz, .com…).</li>'
                        '<li>Dọa dẫm, giục giã: "khóa sau 24 giờ", "liên quan vụ án", "không được nói với ai".</li>'
                        '<li>Đòi <strong>mã OTP, mật khẩu, passcode</strong>, đòi bật "cài ứng dụng không rõ nguồn gốc" hoặc kết bạn Zalo để "làm việc".</li>'
                        "</ul>"
                        "<p>Hãy nhớ: <strong>công an, viện kiểm sát, tòa án không làm việc, không lấy lời khai qua điện thoại, "
                        "không gửi giấy mời hay lệnh qua Zalo</strong>. Công an xã chỉ mời bạn đến trụ sở.</p>"
                    ),
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "vneid-tin-nhan-lua-dao",
                        "title": "Chỉ ra tin nhắn giả và chặn số",
                        "instructions": "Đây là tin nhắn lừa đảo mô phỏng. Đầu tiên, chạm vào đường link đáng ngờ để chỉ ra dấu hiệu lừa đảo (đây là bài luyện tập nên không mở trang nào cả). Sau đó bấm nút Chặn số này.",
                        "targets": [
                            {
                                "label": "Đường link giả vneid-capnhat-sapnhap.top",
                                "hint": "Tìm dòng chữ xanh có gạch chân trong tin nhắn: đó là link giả, không có đuôi .gov.vn.",
                            },
                            {
                                "label": "Nút Chặn",
                                "hint": "Đã nhận ra link giả. Giờ bấm nút Chặn màu đỏ ở phía trên tin nhắn.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Hãy tìm đường link đáng ngờ trước, rồi chặn người gửi.",
                        "success": "Chính xác! Link không có đuôi .gov.vn, tin nhắn dọa khóa tài khoản và đòi OTP: đó là lừa đảo. Chặn số và xóa tin nhắn.",
                    },
                },
                {"type": "heading", "value": "Lỡ bấm link, cài ứng dụng lạ hoặc đọc mã OTP"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Tắt ngay mạng di động và Wi‑Fi (bật <strong>chế độ máy bay</strong>) để ứng dụng giả không gửi được dữ liệu.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Dùng máy khác gọi <strong>tổng đài ngân hàng</strong> để khóa tài khoản, thẻ và ứng dụng ngân hàng.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Khóa tài khoản VNeID như ở Bài 4 (trang vneid.gov.vn, tổng đài 1900 0368 hoặc Công an xã, phường).</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Mang điện thoại đến Công an xã, phường để <strong>trình báo</strong>. Giữ lại số điện thoại, tin nhắn, ảnh chụp màn hình làm bằng chứng.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Nhờ người tin cậy hoặc cửa hàng sửa chữa uy tín gỡ ứng dụng lạ, rồi đổi mật khẩu VNeID và mật khẩu ngân hàng.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Cán bộ xã, Tổ công nghệ số cộng đồng: nhắc bà con một câu",
                        "text": (
                            '<p>"Công an không gọi điện bắt cập nhật VNeID, không gửi link cài ứng dụng. Ai hỏi mã OTP là lừa đảo." '
                            "Hãy nhắc câu này trên loa truyền thanh, trong nhóm Zalo của thôn, tổ dân phố, và khi người dân đến làm thủ tục.</p>"
                        ),
                    },
                },
            ],
        },
    ],
}
