COURSE = {
    "slug": "dich-vu-cong-truc-tuyen",
    "title": "Làm thủ tục hành chính trên Cổng Dịch vụ công Quốc gia",
    "summary": (
        "Tự làm thủ tục trên dichvucong.gov.vn: đăng nhập bằng VNeID, nộp hồ sơ, trả phí, "
        "theo dõi và nhận kết quả an toàn. Có thêm một bài cho cán bộ xã hướng dẫn người dân."
    ),
    "topic": "dich-vu-cong",
    "audience": "all",
    "level": "basic",
    "estimated_minutes": 70,
    "outcomes": [
        "Phân biệt dịch vụ công trực tuyến toàn trình và một phần, nhận ra địa chỉ chính thức dichvucong.gov.vn.",
        "Đăng nhập Cổng bằng tài khoản VNeID và mã OTP mà không để lộ cho ai.",
        "Tìm đúng thủ tục, kiểm tra tờ khai điền sẵn, đính kèm giấy tờ và lưu mã hồ sơ.",
        "Thanh toán phí, lệ phí trong mục Quản lý hồ sơ và tải biên lai.",
        "Tra cứu tiến độ, nhận kết quả điện tử và đánh giá mức độ hài lòng.",
        "Hướng dẫn người dân tự nộp hồ sơ tại Trung tâm phục vụ hành chính công xã mà không giữ mật khẩu, OTP của họ.",
    ],
    "competences": ["TT02-1", "TT02-5", "CNSCD-1"],
    "checked_on": "2026-11-21",
    "reviewer_note": (
        "Đối chiếu với các văn bản và nguồn tin trong tài liệu nghiên cứu của dự án (đăng nhập VNeID từ 1/7/2024, "
        "Chỉ thị 24/CT-TTg, thanh toán qua Quản lý hồ sơ, QĐ 766/QĐ-TTg), chưa đối chiếu từng nút trên giao diện thật. "
        "Khi Cổng đổi giao diện, cần kiểm tra lại tên nút (Đăng nhập, Quản lý hồ sơ, Yêu cầu thanh toán, Tra cứu hồ sơ) và cách xác thực OTP."
    ),
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "dich-vu-cong-truc-tuyen-la-gi",
            "title": "Dịch vụ công trực tuyến là gì? “Toàn trình” và “một phần”",
            "summary": "Hiểu dịch vụ công trực tuyến, phân biệt toàn trình với một phần và nhận ra địa chỉ chính thức của Cổng.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Thủ tục hành chính là những việc giấy tờ bạn làm với cơ quan nhà nước: đăng ký khai sinh cho con, "
                        "đăng ký thường trú, đổi giấy phép lái xe, xin Phiếu lý lịch tư pháp… Trước đây, hầu như việc nào cũng "
                        "phải đến trụ sở, xếp hàng, có khi đi lại nhiều lần.</p>"
                        "<p>Nay nhiều thủ tục làm được ngay trên điện thoại, qua <strong>Cổng Dịch vụ công Quốc gia</strong>. "
                        "Đây là trang web chung của cả nước. Hồ sơ bạn nộp trên Cổng được chuyển đến đúng cơ quan giải quyết, "
                        "kể cả Ủy ban nhân dân (UBND) xã, phường nơi bạn ở. Bạn nộp được cả ngày lẫn đêm, không mất công đi lại, "
                        "và xem được hồ sơ đang đến bước nào.</p>"
                    ),
                },
                {"type": "heading", "value": "“Toàn trình” và “một phần” khác nhau thế nào?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dịch vụ công trực tuyến có hai loại:</p>"
                        "<ul>"
                        "<li><strong>Toàn trình</strong>: mọi bước, từ nộp hồ sơ, trả phí đến nhận kết quả, đều làm trên mạng. "
                        "Bạn không phải đến cơ quan lần nào.</li>"
                        "<li><strong>Một phần</strong>: bạn nộp hồ sơ trên mạng, nhưng còn ít nhất một bước phải làm trực tiếp, "
                        "ví dụ mang bản gốc đến đối chiếu hoặc đến nhận kết quả bằng giấy.</li>"
                        "</ul>"
                        "<p>Dịch vụ một phần vẫn giúp bạn bớt được nhiều lần đi lại. Trước khi nộp, hãy đọc phần thông tin "
                        "của thủ tục trên Cổng: ở đó ghi giấy tờ cần chuẩn bị, thời gian giải quyết, phí (nếu có) và những bước "
                        "phải làm trực tiếp.</p>"
                    ),
                },
                {"type": "heading", "value": "25 dịch vụ công thiết yếu"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Theo Chỉ thị 24/CT-TTg năm 2025 của Thủ tướng, có <strong>25 dịch vụ công thiết yếu</strong> "
                        "được làm trực tuyến toàn trình, trên Cổng Dịch vụ công Quốc gia hoặc trên ứng dụng VNeID. Một số ví dụ:</p>"
                        "<ul>"
                        "<li>Đăng ký thường trú, đăng ký tạm trú.</li>"
                        "<li>Cấp Phiếu lý lịch tư pháp.</li>"
                        "<li>Cấp, đổi lại giấy phép lái xe.</li>"
                        "<li>Cấp hộ chiếu phổ thông.</li>"
                        "<li>Nộp phạt vi phạm hành chính về giao thông.</li>"
                        "<li>Một số thủ tục hộ tịch, đất đai do cấp xã giải quyết.</li>"
                        "</ul>"
                        "<p><strong>Từ ngày 1/10/2025</strong>, Trung tâm phục vụ hành chính công <strong>không nhận hồ sơ giấy</strong> "
                        "cho 25 dịch vụ này. Nếu chưa tự làm được, bạn vẫn có thể đến Trung tâm ở xã, phường: cán bộ và "
                        "Tổ công nghệ số cộng đồng sẽ hướng dẫn bạn nộp trực tuyến ngay tại chỗ.</p>"
                    ),
                },
                {"type": "heading", "value": "Nhận ra địa chỉ chính thức"},
                {
                    "type": "paragraph",
                    "value": (
                        '<p>Địa chỉ chính thức của Cổng là <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>. '
                        "Phần đuôi <strong>.gov.vn</strong> chỉ dành cho cơ quan nhà nước Việt Nam. Hãy tự gõ địa chỉ này "
                        "vào trình duyệt, rồi nhìn lại thanh địa chỉ trước khi nhập bất cứ thông tin gì.</p>"
                        "<p>Kẻ gian hay làm trang giả có tên na ná, ví dụ <em>dichvucong-gov.vn.com</em>, "
                        "<em>dichvucongquocgia.top</em> hay <em>dvc-vneid.app</em>. Các địa chỉ này không kết thúc bằng "
                        "“.gov.vn” nên đều là giả, dù giao diện trông giống hệt.</p>"
                    ),
                },
                {
                    "type": "image",
                    "value": {
                        "screen": "dvc-dang-nhap",
                        "caption": "Trên thanh địa chỉ phải là dichvucong.gov.vn. Nếu thấy đuôi khác, hãy đóng trang ngay.",
                        "alt": (
                            "Màn hình mô phỏng trang đăng nhập Cổng Dịch vụ công Quốc gia trên điện thoại. Thanh địa chỉ ở trên cùng "
                            "ghi dichvucong.gov.vn, bên dưới là lựa chọn Tài khoản định danh điện tử (VNeID) dành cho công dân "
                            "và một khung lưu ý an toàn."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Ứng dụng “Dịch vụ công”, “VNeID” giả gửi qua đường link",
                        "text": (
                            "<p>Kẻ gian giả làm công an hoặc cán bộ, gọi điện bảo bạn “cập nhật thông tin”, rồi gửi đường link "
                            "để cài ứng dụng Dịch vụ công hoặc VNeID. Ứng dụng giả đòi nhiều quyền trên máy, đọc trộm tin nhắn OTP "
                            "và lấy tiền trong tài khoản ngân hàng. Đã có người mất hàng trăm triệu đồng.</p>"
                            "<p>Cơ quan nhà nước không gọi điện bắt bạn cài ứng dụng qua đường link. Ứng dụng VNeID chỉ cài từ "
                            "App Store (iPhone) hoặc CH Play (Android). Gặp cuộc gọi như vậy: cúp máy, không bấm link.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Cần chuẩn bị gì để làm thủ tục trực tuyến?",
                        "text": (
                            "<ul>"
                            "<li>Điện thoại hoặc máy tính có mạng.</li>"
                            "<li>Tài khoản định danh điện tử VNeID, nên là mức 2 để dùng được đầy đủ tính năng.</li>"
                            "<li>Số điện thoại đã đăng ký với VNeID, còn dùng được để nhận mã OTP.</li>"
                            "<li>Ảnh chụp rõ nét các giấy tờ mà thủ tục yêu cầu.</li>"
                            "</ul>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "dang-nhap-bang-tai-khoan-vneid",
            "title": "Đăng nhập bằng tài khoản VNeID",
            "summary": "Đăng nhập Cổng bằng số định danh cá nhân, mật khẩu VNeID và mã OTP; biết làm gì khi quên mật khẩu.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>Từ ngày 1/7/2024</strong>, người dân đăng nhập Cổng Dịch vụ công Quốc gia bằng "
                        "<strong>tài khoản định danh điện tử VNeID</strong> do Bộ Công an cấp. Tài khoản riêng mà Cổng cấp "
                        "trước đây không còn dùng cho công dân nữa. Như vậy, bạn chỉ cần nhớ một tài khoản: tài khoản này vừa "
                        "dùng trong ứng dụng VNeID, vừa dùng để đăng nhập Cổng.</p>"
                        "<p>Để đăng nhập, bạn cần ba thứ:</p>"
                        "<ul>"
                        "<li><strong>Số định danh cá nhân</strong>: dãy 12 chữ số in trên thẻ căn cước (hoặc căn cước công dân).</li>"
                        "<li><strong>Mật khẩu VNeID</strong>: mật khẩu bạn đặt khi kích hoạt tài khoản VNeID.</li>"
                        "<li><strong>Điện thoại có số đã đăng ký với VNeID</strong>, để nhận mã OTP.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Các bước đăng nhập"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Mở trình duyệt trên điện thoại (Chrome, Cốc Cốc, Safari…). Tự gõ "
                                "<strong>dichvucong.gov.vn</strong> rồi nhìn lại thanh địa chỉ cho chắc.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Bấm <strong>Đăng nhập</strong>. Trong phần dành cho công dân, chọn "
                                "<strong>Tài khoản định danh điện tử (VNeID)</strong>.</p>"
                            ),
                            "screen": "dvc-dang-nhap",
                        },
                        {
                            "text": (
                                "<p>Trang đăng nhập VNeID mở ra. Nhập số định danh cá nhân (12 số) và mật khẩu VNeID, "
                                "rồi bấm <strong>Đăng nhập</strong>. Khi nhập mật khẩu, đừng để ai nhìn vào màn hình.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Hệ thống gửi <strong>mã OTP</strong> bằng tin nhắn đến số điện thoại bạn đã đăng ký với VNeID. "
                                "Mở tin nhắn, tự tay nhập mã vào ô trên trang rồi bấm <strong>Xác nhận</strong>. Mã chỉ dùng "
                                "một lần và hết hạn sau ít phút; nếu hết hạn, hãy yêu cầu gửi lại mã ngay trên trang.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Khi thấy tên của bạn ở góc trên màn hình là đã đăng nhập xong. Làm xong việc, bấm "
                                "<strong>Đăng xuất</strong>, nhất là khi dùng máy của người khác hoặc máy dùng chung.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "dvc-dang-nhap",
                        "title": "Luyện tập: mở đúng trang, chọn đúng tài khoản",
                        "instructions": (
                            "Đây là màn hình mô phỏng, không cần nhập thông tin thật. Trước tiên hãy chạm vào thanh địa chỉ "
                            "để kiểm tra trang, sau đó chọn loại tài khoản dành cho công dân."
                        ),
                        "targets": [
                            {
                                "label": "Thanh địa chỉ dichvucong.gov.vn",
                                "hint": "Trước khi bấm gì, hãy nhìn lên thanh địa chỉ trên cùng để chắc đây là dichvucong.gov.vn.",
                            },
                            {
                                "label": "Ô “Tài khoản định danh điện tử (VNeID)”",
                                "hint": "Người dân đăng nhập bằng VNeID: chọn ô có viền đỏ trong phần “Dành cho công dân”.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Đọc lại hướng dẫn rồi thử lại nhé.",
                        "success": (
                            "Chính xác! Bạn đã kiểm tra địa chỉ và chọn tài khoản VNeID. Trên trang thật, bước tiếp theo là "
                            "tự nhập số định danh, mật khẩu và mã OTP, không nhờ ai đọc hay nhập hộ."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Mã OTP chỉ để bạn tự nhập",
                        "text": (
                            "<p>Mã OTP giống như chìa khóa nhà. Bất kỳ ai hỏi mã OTP qua điện thoại, Zalo hay tin nhắn, "
                            "kể cả người xưng là công an, cán bộ xã hay nhân viên ngân hàng, đều là kẻ lừa đảo. Hãy cúp máy.</p>"
                            "<p>Nếu bạn nhận được tin nhắn OTP trong khi mình không hề đăng nhập, có thể có người đang dò tài khoản "
                            "của bạn. Đừng đưa mã cho ai và hãy đổi mật khẩu VNeID ngay.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Màn hình trông hơi khác?",
                        "text": (
                            "<p>Cổng và ứng dụng VNeID thỉnh thoảng thay đổi giao diện, tên nút có thể hơi khác trong bài. "
                            "Nếu trang yêu cầu cách xác nhận khác, ví dụ xác nhận trong ứng dụng VNeID, hãy làm đúng theo hướng dẫn "
                            "trên trang chính thức mà bạn tự mở.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Khi quên mật khẩu hoặc không nhận được OTP"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Quên mật khẩu</strong>: mở ứng dụng VNeID, ở màn hình đăng nhập chọn <em>Quên mật khẩu</em> "
                        "và làm theo hướng dẫn (thường phải nhập số định danh, số điện thoại và mã OTP, rồi đặt mật khẩu mới). "
                        "Sau đó dùng mật khẩu mới để đăng nhập Cổng. Đừng đoán mật khẩu nhiều lần liền.</li>"
                        "<li><strong>Không nhận được OTP</strong>: kiểm tra điện thoại có sóng, xem lại hộp tin nhắn, chờ một lát "
                        "rồi yêu cầu gửi lại mã.</li>"
                        "<li><strong>Đã đổi số điện thoại hoặc mất SIM</strong>: mang thẻ căn cước đến Công an xã, phường để được "
                        "hướng dẫn cập nhật số điện thoại cho tài khoản.</li>"
                        "<li><strong>Chưa có tài khoản VNeID</strong>: xem khóa học “Định danh điện tử VNeID mức 2”, hoặc hỏi "
                        "Công an xã, phường nơi bạn cư trú.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Giữ mật khẩu cho riêng mình",
                        "text": (
                            "<p>Tài khoản VNeID mức 2 có giá trị như thẻ căn cước của bạn khi làm thủ tục. Đừng đặt mật khẩu là ngày sinh, "
                            "đừng viết mật khẩu lên giấy dán sau điện thoại, và không đưa mật khẩu cho ai, kể cả người thân.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "tim-thu-tuc-va-nop-ho-so",
            "title": "Tìm thủ tục và nộp hồ sơ",
            "summary": "Tìm đúng thủ tục và nơi giải quyết, kiểm tra tờ khai điền sẵn, đính kèm giấy tờ và lưu mã hồ sơ.",
            "minutes": 15,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chị Lan vừa sinh bé Khôi và muốn đăng ký khai sinh cho con mà không phải ra xã. Thủ tục này do "
                        "UBND xã, phường nơi gia đình cư trú giải quyết. Bài này đi cùng chị Lan qua từng bước; với thủ tục khác, "
                        "các bước cũng gần giống như vậy.</p>"
                    ),
                },
                {"type": "heading", "value": "Trước khi bắt đầu"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Đọc phần <strong>thành phần hồ sơ</strong> của thủ tục trên Cổng để biết cần những giấy tờ gì. "
                        "Với khai sinh, thường cần giấy chứng sinh do nơi sinh cấp.</li>"
                        "<li>Chụp giấy tờ thẳng, đủ sáng, rõ từng chữ, đủ các trang. Ảnh mờ là lý do hay gặp khiến hồ sơ bị "
                        "yêu cầu bổ sung.</li>"
                        "<li>Họ tên, ngày sinh, nơi cư trú của bạn đã có trong Cơ sở dữ liệu quốc gia về dân cư, nên Cổng tự "
                        "điền sẵn. Bạn không phải nộp bản sao căn cước hay sổ hộ khẩu.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Các bước nộp hồ sơ"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Đăng nhập Cổng bằng tài khoản VNeID (xem bài 2).</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Gõ tên thủ tục vào ô tìm kiếm, ví dụ <em>đăng ký khai sinh</em>. Đọc kỹ danh sách kết quả: "
                                "nhiều thủ tục có tên gần giống nhau, ví dụ có thủ tục riêng cho trường hợp có yếu tố nước ngoài. "
                                "Chọn đúng trường hợp của mình.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Bấm nút nộp trực tuyến của thủ tục. Chọn tỉnh, thành phố và <strong>cơ quan giải quyết</strong>: "
                                "với thủ tục cấp xã, chọn UBND xã, phường nơi bạn cư trú. Từ 1/7/2025, chính quyền địa phương chỉ "
                                "còn cấp tỉnh và cấp xã, nên không còn cấp huyện để chọn.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Kiểm tra tờ khai. Phần thông tin của bạn đã được điền sẵn: đọc lại từng dòng. Sau đó nhập phần "
                                "còn thiếu, ví dụ họ tên, ngày sinh, giới tính của bé.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Ở mục giấy tờ kèm theo, bấm <strong>Đính kèm</strong>, chọn ảnh hoặc tệp giấy chứng sinh. "
                                "Xem lại ảnh sau khi tải lên. Chọn cách nhận kết quả: bản điện tử, nhận trực tiếp, hoặc qua bưu điện "
                                "nếu thủ tục cho phép.</p>"
                            ),
                            "screen": "dvc-nop-ho-so",
                        },
                        {
                            "text": (
                                "<p>Đánh dấu vào ô cam đoan thông tin là đúng sự thật, rồi bấm <strong>Nộp hồ sơ</strong>.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Màn hình báo nộp thành công kèm <strong>mã hồ sơ</strong>. Chép mã vào sổ hoặc chụp ảnh màn hình. "
                                "Bạn sẽ cần mã này để tra cứu và thanh toán.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "dvc-nop-ho-so",
                        "title": "Luyện tập: hoàn tất và nộp hồ sơ khai sinh",
                        "instructions": (
                            "Tờ khai trên màn hình mô phỏng đã điền xong. Hãy đính kèm giấy chứng sinh, đánh dấu ô cam đoan, "
                            "rồi nộp hồ sơ, theo đúng thứ tự."
                        ),
                        "targets": [
                            {
                                "label": "Nút “Đính kèm” giấy chứng sinh",
                                "hint": "Trước tiên hãy đính kèm giấy tờ: nút “Đính kèm” nằm trong khung “Giấy tờ kèm theo”.",
                            },
                            {
                                "label": "Ô cam đoan thông tin đúng sự thật",
                                "hint": "Đã đính kèm xong. Giờ hãy đánh dấu vào ô vuông “Tôi cam đoan…” phía trên nút nộp.",
                            },
                            {
                                "label": "Nút “Nộp hồ sơ”",
                                "hint": "Mọi thứ đã sẵn sàng. Bấm nút đỏ “Nộp hồ sơ” ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng bước. Hãy làm lần lượt: đính kèm, cam đoan, rồi mới nộp.",
                        "success": (
                            "Nộp thành công! Trên Cổng thật, bây giờ bạn sẽ thấy mã hồ sơ. Nhớ chép lại hoặc chụp màn hình để tra cứu sau."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Thông tin điền sẵn bị sai?",
                        "text": (
                            "<p>Nếu thấy họ tên, ngày sinh hay nơi cư trú điền sẵn bị sai, đừng nộp tiếp. Thông tin này lấy từ "
                            "Cơ sở dữ liệu quốc gia về dân cư, nên cần mang thẻ căn cước đến Công an xã, phường để được điều chỉnh, "
                            "rồi mới nộp hồ sơ.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Mã hồ sơ khác với mật khẩu và OTP",
                        "text": (
                            "<p>Mã hồ sơ chỉ dùng để theo dõi hồ sơ, không mở được tài khoản của bạn. Ngược lại, mật khẩu và mã OTP "
                            "thì tuyệt đối giữ kín. Nếu cơ quan giải quyết cần thêm giấy tờ, họ sẽ yêu cầu bổ sung; bạn xem yêu cầu đó "
                            "trong mục quản lý hồ sơ trên Cổng (bài 5).</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "thanh-toan-phi-le-phi-truc-tuyen",
            "title": "Thanh toán phí, lệ phí trực tuyến",
            "summary": "Trả phí, lệ phí trong “Quản lý hồ sơ → Yêu cầu thanh toán” qua Nền tảng thanh toán của Cổng và tải biên lai.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Có thủ tục không mất phí, ví dụ đăng ký khai sinh đúng hạn được miễn lệ phí. Có thủ tục phải nộp phí, "
                        "lệ phí; số tiền được ghi trong phần thông tin của thủ tục. Khi hồ sơ có phí, bạn trả ngay trên Cổng, "
                        "qua <strong>Nền tảng thanh toán</strong> của Cổng Dịch vụ công Quốc gia. Nền tảng này kết nối với nhiều "
                        "ngân hàng và ví điện tử, nên bạn dùng được tài khoản mình đang có.</p>"
                    ),
                },
                {"type": "heading", "value": "Các bước thanh toán"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Đăng nhập Cổng, mở mục <strong>Quản lý hồ sơ</strong> (thường nằm ở phần tài khoản, chỗ có tên bạn).</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Chọn <strong>Yêu cầu thanh toán</strong>. Ở đây có danh sách hồ sơ đang chờ trả tiền, ghi mã hồ sơ, "
                                "tên thủ tục và số tiền.</p>"
                            ),
                            "screen": "dvc-thanh-toan",
                        },
                        {
                            "text": (
                                "<p>Đối chiếu mã hồ sơ, tên thủ tục và số tiền với hồ sơ bạn đã nộp. Đúng rồi thì bấm "
                                "<strong>Thanh toán</strong>.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Trang của Nền tảng thanh toán mở ra. Chọn ngân hàng hoặc ví điện tử bạn dùng.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Xác nhận trong ứng dụng ngân hàng hoặc ví của chính bạn. Trước khi bấm xác nhận, nhìn lại số tiền "
                                "và nội dung thanh toán.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Quay lại Cổng, mở mục <strong>Đã thanh toán</strong> trong Quản lý hồ sơ để xem và tải "
                                "<strong>biên lai điện tử</strong>. Lưu biên lai vào điện thoại.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "dvc-thanh-toan",
                        "title": "Luyện tập: tìm khoản phí cần trả",
                        "instructions": (
                            "Bạn đang ở trang Quản lý hồ sơ (mô phỏng). Hãy mở mục có các khoản chờ trả tiền, rồi bấm trả cho "
                            "hồ sơ trích lục hộ tịch."
                        ),
                        "targets": [
                            {
                                "label": "Mục “Yêu cầu thanh toán”",
                                "hint": "Các khoản chờ trả tiền nằm ở mục “Yêu cầu thanh toán”, nút có số 1 màu đỏ.",
                            },
                            {
                                "label": "Nút “Thanh toán” của hồ sơ",
                                "hint": "Mã hồ sơ và số tiền đã khớp. Bấm nút đỏ “Thanh toán” trong khung hồ sơ.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Hãy tìm mục chờ thanh toán trước, rồi mới bấm trả.",
                        "success": (
                            "Đúng rồi! Trên Cổng thật, bước tiếp theo là chọn ngân hàng hoặc ví điện tử, xác nhận trong ứng dụng "
                            "của bạn, rồi tải biên lai ở mục “Đã thanh toán”."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Tin nhắn đòi “nộp phí hồ sơ” vào tài khoản lạ",
                        "text": (
                            "<p>Kẻ gian có thể giả làm cán bộ, nhắn Zalo hoặc tin nhắn: “Hồ sơ của bác còn thiếu phí, chuyển khoản vào "
                            "số tài khoản này”. Đừng chuyển. Phí, lệ phí chỉ trả ở mục <strong>Yêu cầu thanh toán</strong> trên Cổng "
                            "mà bạn tự đăng nhập. Không bao giờ chuyển vào tài khoản cá nhân, không nạp thẻ điện thoại, không đưa tiền "
                            "mặt cho người nhận “nộp hộ”. Còn nghi ngờ thì gọi hoặc đến hỏi trực tiếp UBND xã, phường.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Đã bị trừ tiền mà hồ sơ vẫn báo chưa thanh toán?",
                        "text": (
                            "<p>Đừng trả thêm lần nữa ngay. Chờ một lúc rồi tải lại trang. Nếu vẫn chưa thấy cập nhật, giữ lại tin nhắn "
                            "báo trừ tiền của ngân hàng và liên hệ nơi giải quyết hồ sơ hoặc tổng đài chính thức của ngân hàng.</p>"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Khi xác nhận, ngân hàng thường hỏi mã OTP hoặc xác thực trong ứng dụng. Theo quy định của Ngân hàng "
                        "Nhà nước, giao dịch trên 10 triệu đồng một lần, hoặc khi tổng số tiền chuyển trong ngày vượt 20 triệu đồng, "
                        "phải xác thực bằng khuôn mặt. Phần lớn phí, lệ phí thấp hơn nhiều, nhưng nguyên tắc vẫn vậy: mã OTP do "
                        "chính bạn nhập vào ứng dụng của mình, không đọc cho ai.</p>"
                    ),
                },
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "theo-doi-nhan-ket-qua-danh-gia",
            "title": "Theo dõi, nhận kết quả và đánh giá",
            "summary": "Tra cứu tiến độ bằng mã hồ sơ, nhận kết quả điện tử có chữ ký số và đánh giá mức độ hài lòng.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sau khi nộp, hồ sơ của bạn đi qua các bước: <em>đã nộp</em>, <em>đang xử lý</em>, rồi <em>có kết quả</em>. "
                        "Nếu thiếu giấy tờ, cơ quan giải quyết sẽ <em>yêu cầu bổ sung</em>. Mỗi hồ sơ có ngày hẹn trả kết quả. "
                        "Bạn không cần ra xã hỏi: chỉ cần mã hồ sơ là xem được hồ sơ đang ở đâu.</p>"
                    ),
                },
                {"type": "heading", "value": "Tra cứu tiến độ"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p><strong>Cách 1</strong>: đăng nhập Cổng, vào <strong>Quản lý hồ sơ</strong> để xem tất cả hồ sơ "
                                "bạn đã nộp cùng trạng thái của từng hồ sơ.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Cách 2</strong>: chọn <strong>Tra cứu hồ sơ</strong>, nhập mã hồ sơ rồi bấm "
                                "<strong>Tra cứu</strong>.</p>"
                            ),
                            "screen": "dvc-tra-cuu",
                        },
                        {
                            "text": (
                                "<p>Đọc trạng thái và ngày hẹn trả. Nếu thấy yêu cầu bổ sung, đọc kỹ lý do rồi bổ sung đúng giấy tờ "
                                "được yêu cầu ngay trên Cổng.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "dvc-tra-cuu",
                        "title": "Luyện tập: tra cứu hồ sơ và đánh giá",
                        "instructions": (
                            "Mã hồ sơ đã được gõ sẵn trên màn hình mô phỏng. Hãy chạm vào ô mã hồ sơ để kiểm tra, bấm tra cứu, "
                            "rồi đánh giá khi hồ sơ đã có kết quả."
                        ),
                        "targets": [
                            {
                                "label": "Ô “Mã hồ sơ”",
                                "hint": "Bắt đầu từ ô “Mã hồ sơ”: kiểm tra mã đã gõ đúng như mã bạn chép lại khi nộp.",
                            },
                            {
                                "label": "Nút “Tra cứu”",
                                "hint": "Mã đã đúng. Bấm nút đỏ “Tra cứu” ngay dưới ô nhập.",
                            },
                            {
                                "label": "Nút “Đánh giá mức độ hài lòng”",
                                "hint": "Hồ sơ đã có kết quả. Bấm nút “Đánh giá mức độ hài lòng” ở cuối khung kết quả.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Làm lần lượt: kiểm tra mã, tra cứu, rồi đánh giá.",
                        "success": (
                            "Tuyệt! Bạn đã tra cứu và mở phần đánh giá. Trên Cổng thật, bạn chọn mức hài lòng và gửi. Chỉ mất khoảng một phút."
                        ),
                    },
                },
                {"type": "heading", "value": "Nhận kết quả"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Nếu chọn bản điện tử</strong>: khi hồ sơ báo đã có kết quả, mở hồ sơ và tải tệp kết quả "
                        "(thường là tệp PDF) về máy. Bản điện tử được cơ quan giải quyết <strong>ký số</strong>, có giá trị pháp lý "
                        "như bản giấy. Lưu tệp vào điện thoại; khi cần bạn có thể in ra.</li>"
                        "<li><strong>Nếu chọn nhận trực tiếp hoặc qua bưu điện</strong>: đến nơi giải quyết theo ngày hẹn, mang theo "
                        "mã hồ sơ và thẻ căn cước, hoặc chờ bưu điện giao tận nhà.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Không chỉnh sửa tệp kết quả",
                        "text": (
                            "<p>Chữ ký số giúp người nhận kiểm tra được tệp có đúng do cơ quan phát hành và chưa bị sửa. "
                            "Nếu bạn sửa, cắt ghép hay chuyển tệp sang dạng khác, chữ ký số không còn kiểm tra được nữa. "
                            "Hãy giữ nguyên tệp gốc đã tải về.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Đánh giá mức độ hài lòng"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Khi hồ sơ xong, Cổng mời bạn đánh giá mức độ hài lòng. Ý kiến của bạn được tính vào bộ chỉ số chất lượng "
                        "phục vụ người dân (theo Quyết định 766/QĐ-TTg), được theo dõi cho từng cơ quan, kể cả UBND xã. "
                        "Đánh giá thật lòng, dù tốt hay chưa tốt, giúp nơi làm thủ tục phục vụ bà con tốt hơn.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Quá ngày hẹn mà chưa có kết quả?",
                        "text": (
                            "<p>Liên hệ nơi giải quyết hồ sơ (số điện thoại thường có trên trang thủ tục hoặc tại Trung tâm phục vụ "
                            "hành chính công xã) và đọc mã hồ sơ cho họ. Bạn cũng có thể gửi phản ánh, kiến nghị trên Cổng. "
                            "Chỉ cần mã hồ sơ, không bao giờ cần đọc mật khẩu hay mã OTP.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "can-bo-xa-ho-tro-nguoi-dan",
            "title": "(Cán bộ xã) Hỗ trợ người dân tại Trung tâm phục vụ hành chính công xã",
            "summary": "Hướng dẫn người dân tự nộp hồ sơ trực tuyến, số hóa hồ sơ và giữ an toàn tài khoản của dân.",
            "minutes": 13,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bài này dành cho công chức làm việc tại Trung tâm phục vụ hành chính công xã, phường và thành viên "
                        "Tổ công nghệ số cộng đồng được cử đến hỗ trợ. Mục tiêu không phải là làm hộ, mà là giúp người dân "
                        "<strong>tự làm được</strong>, để lần sau họ nộp ở nhà. Theo chỉ đạo chung, các địa phương đang phấn đấu "
                        "để ít nhất 80% hồ sơ được nộp trực tuyến.</p>"
                    ),
                },
                {"type": "heading", "value": "Những điều cần nắm"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Từ 1/10/2025</strong>, Trung tâm <strong>không tiếp nhận hồ sơ giấy</strong> đối với "
                        "25 dịch vụ công thiết yếu theo Chỉ thị 24/CT-TTg. Người dân đến nộp giấy thì hướng dẫn họ nộp trực tuyến "
                        "trên Cổng hoặc ứng dụng VNeID ngay tại Trung tâm.</li>"
                        "<li>Từ 1/7/2024, công dân đăng nhập Cổng bằng tài khoản định danh điện tử VNeID.</li>"
                        "<li>Chất lượng phục vụ của từng cơ quan, kể cả UBND xã, được đo theo thời gian thực trên Cổng bằng bộ chỉ số "
                        "theo Quyết định 766/QĐ-TTg, gồm 5 nhóm: công khai, minh bạch; tiến độ, kết quả giải quyết; "
                        "số hóa hồ sơ; cung cấp dịch vụ trực tuyến; mức độ hài lòng.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Quy trình hướng dẫn một người dân"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Hỏi người dân cần làm việc gì. Xác định đúng thủ tục, cơ quan giải quyết, thủ tục toàn trình hay "
                                "một phần, và giấy tờ cần chuẩn bị.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Hỏi người dân đã có tài khoản VNeID chưa và còn dùng số điện thoại đã đăng ký không. Nếu chưa có "
                                "tài khoản hoặc mới ở mức 1, hướng dẫn họ đến Công an xã, phường; đăng ký mức 2 phải chụp ảnh, lấy vân tay "
                                "trực tiếp, không ai làm thay được.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Để người dân cầm máy của chính họ (hoặc máy tự phục vụ của Trung tâm), tự gõ "
                                "<strong>dichvucong.gov.vn</strong>, tự nhập số định danh, mật khẩu và mã OTP. Cán bộ chỉ hướng dẫn "
                                "bằng lời, quay mặt đi khi họ nhập mật khẩu.</p>"
                            ),
                            "screen": "dvc-dang-nhap",
                        },
                        {
                            "text": (
                                "<p>Cùng người dân đọc lại tờ khai điền sẵn. Chỉ cách chụp giấy tờ rõ nét và đính kèm. Nếu dữ liệu dân cư "
                                "bị sai, hướng dẫn họ đến Công an xã để điều chỉnh trước khi nộp.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nhắc người dân chép lại <strong>mã hồ sơ</strong>. Nếu có phí, chỉ họ trả trong "
                                "<strong>Quản lý hồ sơ → Yêu cầu thanh toán</strong> và tải biên lai.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Trên máy dùng chung: bấm đăng xuất, xóa ảnh giấy tờ đã lưu trên máy, đóng trình duyệt trước khi "
                                "người tiếp theo ngồi vào.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Khi hồ sơ có kết quả, mời người dân đánh giá mức độ hài lòng trên Cổng.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "dvc-dang-nhap",
                        "title": "Luyện tập: chỉ cho người dân hai chỗ cần nhìn",
                        "instructions": (
                            "Bà Tư mang điện thoại đến Trung tâm nhờ hướng dẫn đăng nhập. Trước khi bà nhập gì, hãy chỉ cho bà "
                            "chỗ kiểm tra địa chỉ trang, rồi chỗ chọn tài khoản đúng. Sau đó để bà tự nhập."
                        ),
                        "targets": [
                            {
                                "label": "Thanh địa chỉ dichvucong.gov.vn",
                                "hint": "Việc đầu tiên là chỉ cho bà nhìn thanh địa chỉ trên cùng: phải là dichvucong.gov.vn.",
                            },
                            {
                                "label": "Ô “Tài khoản định danh điện tử (VNeID)”",
                                "hint": "Bà là công dân, nên chọn ô “Tài khoản định danh điện tử (VNeID)”, không chọn ô của tổ chức.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Hãy chỉ lần lượt: địa chỉ trang trước, loại tài khoản sau.",
                        "success": (
                            "Đúng rồi! Giờ bà Tư tự nhập số định danh, mật khẩu và mã OTP; cán bộ chỉ hướng dẫn bằng lời và quay mặt đi."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Không giữ, không hỏi mật khẩu và mã OTP của dân",
                        "text": (
                            "<p>Tài khoản VNeID mức 2 có giá trị như thẻ căn cước của người dân. Không ghi mật khẩu của dân vào sổ, "
                            "không đăng nhập tài khoản của dân trên máy của mình, không để dân đọc mã OTP cho mình nhập hộ. "
                            "Nếu người dân định đọc mã OTP to lên, hãy nhẹ nhàng ngăn lại và chỉ họ tự nhập. Làm vậy là bảo vệ "
                            "cả người dân lẫn chính cán bộ.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Số hóa hồ sơ"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Với những hồ sơ vẫn được nhận bằng giấy (ngoài 25 dịch vụ thiết yếu), sau khi tiếp nhận cần "
                        "<strong>số hóa</strong>: quét giấy tờ, gắn vào hồ sơ điện tử trên hệ thống giải quyết thủ tục hành chính "
                        "của tỉnh, và số hóa cả kết quả khi trả. Giấy tờ đã số hóa thì lần sau người dân không phải nộp lại. "
                        "Số hóa hồ sơ cũng là một nhóm chỉ tiêu trong bộ chỉ số đánh giá xã. Cách làm cụ thể theo hướng dẫn "
                        "của tỉnh.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Nhắc người dân về lừa đảo",
                        "text": (
                            "<p>Mỗi lần hướng dẫn, dặn thêm bà con một câu: cán bộ và công an không bao giờ gọi điện hỏi mã OTP, "
                            "không gửi đường link bắt cài ứng dụng. Sau khi sáp nhập tỉnh, xã, địa chỉ trên VNeID được hệ thống "
                            "tự cập nhật; ai gọi điện bảo “cập nhật VNeID” đều là kẻ gian.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Dạy để lần sau người dân tự làm",
                        "text": (
                            "<p>Để người dân tự bấm, kể cả khi chậm. Viết các bước chính ra một tờ giấy nhỏ cho họ mang về. "
                            "Giới thiệu khóa học này trên Học Số, và nhờ Tổ công nghệ số cộng đồng ở thôn, tổ dân phố kèm thêm "
                            "cho người cao tuổi.</p>"
                        ),
                    },
                },
            ],
        },
    ],
}
