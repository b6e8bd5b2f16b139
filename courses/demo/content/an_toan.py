COURSE = {
    "slug": "an-toan-thong-tin-lua-dao",
    "title": "An toàn thông tin và phòng chống lừa đảo trực tuyến",
    "summary": (
        "Tự bảo vệ mình trên mạng: đặt mật khẩu mạnh, giữ kín mã OTP, nhận ra chiêu lừa qua điện thoại "
        "và tin nhắn, giữ điện thoại an toàn và biết phải làm gì khi lỡ bị lừa."
    ),
    "topic": "an-toan",
    "audience": "all",
    "level": "basic",
    "estimated_minutes": 70,
    "outcomes": [
        "Tạo cụm mật khẩu dài, không dùng lại và bật xác thực hai lớp cho các tài khoản quan trọng.",
        "Giữ kín mã OTP, chỉ nhập mã cho giao dịch do chính mình thực hiện và cúp máy khi có người hỏi mã.",
        "Nhận ra dấu hiệu các chiêu lừa đảo phổ biến: giả danh công an, tin nhắn đổi điểm thưởng, ứng dụng VNeID giả, deepfake, việc nhẹ lương cao.",
        "Chỉ cài ứng dụng từ CH Play hoặc App Store, giữ điện thoại luôn khóa màn hình và được cập nhật.",
        "Bảo vệ dữ liệu cá nhân của mình và người thân, biết các quyền theo Luật Bảo vệ dữ liệu cá nhân 2025.",
        "Xử lý đúng thứ tự khi bị lừa hoặc lộ tài khoản: gọi ngân hàng, đổi mật khẩu, giữ bằng chứng, trình báo công an.",
    ],
    "competences": ["TT02-4", "TT02-1", "CNSCD-4"],
    "checked_on": "2026-11-21",
    "reviewer_note": (
        "Đối chiếu với tài liệu nghiên cứu của dự án (QĐ 2345/QĐ-NHNN, Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, "
        "cảnh báo của Bộ Công an và các ngân hàng đến 2026), chưa đối chiếu trực tiếp từng ứng dụng. "
        "Khi ứng dụng đổi giao diện, kiểm tra lại tên các mục cài đặt (xác thực hai lớp, cài ứng dụng không xác định, "
        "phản ánh trên VNeID) và cú pháp nhắn tin 5656."
    ),
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "mat-khau-manh-va-xac-thuc-hai-lop",
            "title": "Mật khẩu mạnh và xác thực hai lớp",
            "summary": "Tạo cụm mật khẩu dài, dễ nhớ, không dùng lại và bật thêm lớp khóa thứ hai cho tài khoản.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Mật khẩu giống chìa khóa nhà. Kẻ gian dùng máy tính thử hàng triệu mật khẩu dễ đoán như "
                        "<strong>123456</strong>, ngày sinh, số điện thoại hay tên con. Khi một trang web bị lộ dữ liệu, "
                        "chúng còn đem mật khẩu lấy được đi thử ở Zalo, Facebook, email, ngân hàng của cùng người đó. "
                        "Vì vậy mật khẩu vừa phải <strong>khó đoán</strong>, vừa phải <strong>mỗi nơi một cái</strong>.</p>"
                    ),
                },
                {"type": "heading", "value": "Thế nào là mật khẩu mạnh?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Dài ít nhất 12 ký tự.</strong> Độ dài quan trọng hơn sự rắc rối.</li>"
                        "<li><strong>Là một cụm từ chỉ bạn biết</strong>, ghép vài từ với nhau, thêm chữ số và một ký hiệu.</li>"
                        "<li><strong>Không dùng lại</strong> cho các tài khoản quan trọng: email, ngân hàng, VNeID, Zalo, Facebook mỗi nơi một mật khẩu riêng.</li>"
                        "<li><strong>Không dùng thông tin người khác tra được</strong>: ngày sinh, số điện thoại, biển số xe, tên vợ, chồng, con, cháu.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Nghĩ ra một câu chỉ mình bạn nhớ, ví dụ: <em>Vườn nhà có 3 cây bưởi ngọt</em>.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Viết liền, bỏ dấu, nối các cụm bằng dấu gạch: <em>Vuonnha-co3caybuoi-ngot</em>.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Thêm một ký hiệu ở chỗ bạn tự chọn, ví dụ <em>Vuonnha-co3caybuoi-ngot!</em> "
                                "(24 ký tự). Nếu ứng dụng đòi chữ hoa, chữ số hay giới hạn độ dài, làm theo yêu cầu hiện trên màn hình.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Mỗi tài khoản quan trọng dùng một câu khác. Câu ví dụ ở trên chỉ để học, "
                                "<strong>đừng dùng đúng câu này</strong>.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Đừng dán mật khẩu lên máy",
                        "text": (
                            "<p>Không ghi mật khẩu lên giấy dán vào điện thoại, máy tính hay ốp lưng. Không lưu mật khẩu trong ảnh "
                            "chụp hoặc tin nhắn gửi cho chính mình. Nếu hay quên, hãy dùng phần lưu mật khẩu có sẵn của điện thoại "
                            "(Trình quản lý mật khẩu của Google trên Android, mục Mật khẩu trên iPhone), hoặc ghi vào một cuốn sổ "
                            "cất kỹ trong nhà, không mang theo cùng điện thoại.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Xác thực hai lớp là gì?"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Lớp thứ nhất là mật khẩu. Lớp thứ hai là thứ chỉ bạn có: mã gửi về điện thoại của bạn, mã trong một "
                        "ứng dụng tạo mã, hoặc vân tay, khuôn mặt. Khi đã bật, kẻ gian dù biết mật khẩu vẫn không đăng nhập được "
                        "nếu không có lớp thứ hai.</p>"
                        "<p>Mỗi nơi gọi tên một kiểu: Google, Gmail gọi là <strong>Xác minh 2 bước</strong> (Tài khoản Google → Bảo mật); "
                        "Facebook gọi là <strong>Xác thực 2 yếu tố</strong> (Cài đặt → Trung tâm tài khoản → Mật khẩu và bảo mật). "
                        "Hãy bật cho <strong>email trước tiên</strong>, vì email dùng để lấy lại mật khẩu của các tài khoản khác, "
                        "sau đó đến Facebook, Zalo và các tài khoản khác. Ứng dụng ngân hàng đã có sẵn lớp bảo vệ riêng (OTP, vân tay, khuôn mặt).</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Mở ứng dụng, vào <strong>Cài đặt</strong> → mục <strong>Bảo mật</strong> hoặc <strong>Mật khẩu và bảo mật</strong>.</p>",
                            "screen": "at-bao-mat-tai-khoan",
                        },
                        {
                            "text": "<p>Nếu mật khẩu cũ, ngắn hoặc đang dùng chung với nơi khác, chọn <strong>Đổi mật khẩu</strong> và đặt cụm mật khẩu mới.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Chọn <strong>Xác thực hai lớp</strong> → <strong>Bật</strong>, chọn cách nhận mã (tin nhắn SMS hoặc ứng dụng tạo mã), "
                                "rồi nhập mã vừa nhận để xác nhận. Đây là mã cho chính việc bạn đang làm, chỉ nhập vào màn hình bạn tự mở.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Nếu ứng dụng cho <strong>mã dự phòng</strong>, chép vào sổ và cất kỹ, để dùng khi mất điện thoại.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "at-bao-mat-tai-khoan",
                        "title": "Luyện tập: kiểm tra bảo mật một tài khoản",
                        "instructions": (
                            "Tài khoản của chị Hoa dùng một mật khẩu đã 2 năm và chưa bật xác thực hai lớp. "
                            "Hãy chạm lần lượt: trước hết đổi mật khẩu, sau đó bật xác thực hai lớp."
                        ),
                        "targets": [
                            {
                                "label": "Mục Đổi mật khẩu",
                                "hint": "Tìm trong nhóm Đăng nhập, dòng đầu tiên có chữ Đổi mật khẩu.",
                            },
                            {
                                "label": "Mục Xác thực hai lớp",
                                "hint": "Dòng ngay dưới Đổi mật khẩu, đang ghi chữ đỏ Đang tắt.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Đọc lại tên từng dòng trong nhóm Đăng nhập rồi thử lại.",
                        "success": "Đúng rồi! Mật khẩu mới cộng với xác thực hai lớp khiến kẻ gian rất khó vào tài khoản của bạn.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Kiểm tra định kỳ",
                        "text": (
                            "<p>Mỗi vài tháng, mở mục <strong>Thiết bị đã đăng nhập</strong> của email, Zalo, Facebook. "
                            "Thấy máy lạ thì đăng xuất máy đó và đổi mật khẩu ngay.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "ma-otp-va-ma-xac-thuc",
            "title": "Mã OTP: chìa khóa chỉ dành cho chính bạn",
            "summary": "Hiểu mã OTP dùng để làm gì, đọc kỹ tin nhắn OTP và cúp máy khi có người hỏi mã.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><strong>OTP</strong> là mã dùng một lần, thường gồm 6 chữ số và chỉ có hiệu lực trong vài phút. "
                        "Mã được gửi qua tin nhắn SMS, cuộc gọi tự động, hoặc hiện ngay trong ứng dụng ngân hàng (Smart OTP). "
                        "OTP dùng để xác nhận một việc <strong>do chính bạn đang làm</strong>: chuyển tiền, đăng nhập trên điện thoại mới, "
                        "liên kết thẻ với ví điện tử, đổi mật khẩu.</p>"
                        "<p>Ai có mã OTP của bạn thì có thể làm việc đó thay bạn. Vì vậy OTP là chìa khóa két sắt: "
                        "<strong>chỉ mình biết, chỉ mình nhập</strong>.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Không ai chính danh hỏi mã OTP của bạn",
                        "text": (
                            "<p>Ngân hàng, công an, nhà mạng, bưu điện, cán bộ xã, thành viên Tổ công nghệ số cộng đồng đều "
                            "<strong>không bao giờ</strong> hỏi mã OTP. Ai hỏi mã, dù xưng là ai, dù giọng nói quen, đều là lừa đảo.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Đọc kỹ tin nhắn OTP trước khi nhập"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Tin nhắn OTP thật của ngân hàng thường ghi rõ mã dùng để làm gì, số tiền bao nhiêu, chuyển cho ai, "
                        "và nhắc <em>không chia sẻ mã cho bất kỳ ai</em>. Trước khi nhập mã, hãy tự hỏi:</p>"
                        "<ul>"
                        "<li>Mình có đang làm đúng việc này không?</li>"
                        "<li>Số tiền, tên người nhận có đúng không?</li>"
                        "<li>Mình nhập mã vào ứng dụng do chính mình mở, hay vào một trang web ai đó gửi?</li>"
                        "</ul>"
                        "<p>Nếu điện thoại nhận mã OTP mà bạn <strong>không làm gì cả</strong>, nghĩa là có người đang tìm cách vào tài khoản "
                        "của bạn. Đừng nhập, đừng đọc cho ai, hãy đổi mật khẩu và gọi tổng đài ngân hàng.</p>"
                    ),
                },
                {"type": "heading", "value": "Những câu kẻ gian hay dùng để xin mã"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>“Em gửi nhầm mã về máy chị, chị đọc lại giúp em.” (để chiếm Zalo, Facebook của bạn)</li>"
                        "<li>“Bác đọc mã để cập nhật VNeID sau sáp nhập, không thì tài khoản bị khóa.”</li>"
                        "<li>“Anh đọc mã để nhận quà, nhận tiền hoàn, hủy giao dịch lạ.”</li>"
                        "<li>“Ngân hàng đang nâng cấp, cần mã để xác minh chủ tài khoản.”</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Từ 1/7/2024, theo Quyết định 2345/QĐ-NHNN, chuyển khoản trên <strong>10 triệu đồng một lần</strong>, hoặc khi tổng "
                        "tiền chuyển trong ngày vượt <strong>20 triệu đồng</strong>, phải xác thực bằng khuôn mặt. Vì thế kẻ gian còn xin ảnh, "
                        "video khuôn mặt, hoặc bảo bạn “quay mặt sang trái, sang phải” trong một ứng dụng lạ. Hãy coi khuôn mặt như mã OTP: "
                        "chỉ quét trong ứng dụng chính thức của ngân hàng, khi chính bạn đang giao dịch.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Có người gọi hỏi mã OTP: <strong>không đọc mã, cúp máy ngay</strong>. Không cần giữ phép lịch sự.</p>",
                            "screen": "at-cuoc-goi-gia-cong-an",
                        },
                        {
                            "text": "<p>Không bấm đường link, không cài ứng dụng mà người đó gửi qua tin nhắn hay Zalo.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Muốn kiểm tra, tự gọi số tổng đài in ở mặt sau thẻ ngân hàng hoặc trong ứng dụng chính thức, "
                                "hoặc đến Công an xã, phường. Không gọi lại số vừa gọi cho bạn.</p>"
                            ),
                            "screen": None,
                        },
                        {"text": "<p>Kể cho người thân nghe để cả nhà cùng cảnh giác.</p>", "screen": None},
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "at-cuoc-goi-gia-cong-an",
                        "title": "Luyện tập: cuộc gọi xin mã OTP",
                        "instructions": (
                            "Một người xưng là cán bộ công an gọi đến và đòi bác đọc mã OTP. Trước hết, chạm vào dấu hiệu đáng ngờ "
                            "ở số điện thoại người gọi. Sau đó kết thúc cuộc gọi."
                        ),
                        "targets": [
                            {
                                "label": "Số điện thoại +840…",
                                "hint": (
                                    "Nhìn số người gọi ở giữa màn hình. Số Việt Nam thật khi hiện mã quốc gia sẽ là +84 rồi đến các chữ số, "
                                    "không có số 0 ngay sau +84."
                                ),
                            },
                            {
                                "label": "Nút Kết thúc màu đỏ",
                                "hint": "Cúp máy bằng nút tròn màu đỏ ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Đọc lại lời người gọi, tìm số điện thoại lạ rồi tìm nút cúp máy.",
                        "success": (
                            "Làm tốt lắm! Đầu số lạ như +840, cộng với việc đòi mã OTP là dấu hiệu lừa đảo rõ ràng. "
                            "Cúp máy là cách an toàn nhất."
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Câu dễ nhớ",
                        "text": "<p><strong>OTP là của mình, mình tự nhập, chỉ nhập vào ứng dụng mình tự mở.</strong></p>",
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "nhan-dien-cac-hinh-thuc-lua-dao",
            "title": "Nhận diện các hình thức lừa đảo phổ biến",
            "summary": "Nhận ra dấu hiệu chung và các chiêu lừa hay gặp: giả danh công an, tin nhắn đổi điểm thưởng, deepfake, việc nhẹ lương cao.",
            "minutes": 15,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bộ Công an đã tổng hợp <strong>24 hình thức lừa đảo trực tuyến</strong>, chia thành ba nhóm: giả mạo tên tuổi "
                        "của cơ quan, ngân hàng, doanh nghiệp; chiếm đoạt tài khoản; và kết hợp nhiều chiêu với nhau. Chiêu trò thay đổi "
                        "liên tục, nhưng dấu hiệu thì gần như lúc nào cũng giống nhau.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Bốn dấu hiệu chung",
                        "text": (
                            "<ul>"
                            "<li><strong>Hối thúc, đe dọa</strong>: “làm ngay hôm nay”, “không thì bị khóa, bị bắt”.</li>"
                            "<li><strong>Hứa lợi lớn</strong>: quà, tiền thưởng, việc nhẹ lương cao, hoàn tiền.</li>"
                            "<li><strong>Bắt giữ bí mật</strong>: “không được nói với ai, kể cả người nhà”.</li>"
                            "<li><strong>Đòi làm một việc nguy hiểm</strong>: chuyển tiền, đọc OTP, bấm link, cài ứng dụng, quay video khuôn mặt.</li>"
                            "</ul>"
                        ),
                    },
                },
                {"type": "heading", "value": "Giả danh công an, viện kiểm sát, tòa án"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Kẻ gian gọi báo bạn “liên quan đến vụ án”, “rửa tiền”, gửi “lệnh bắt” qua Zalo, rồi bắt chuyển tiền vào "
                        "“tài khoản tạm giữ để xác minh”. Hãy nhớ: <strong>công an, viện kiểm sát, tòa án không làm việc, lấy lời khai qua "
                        "điện thoại, không gửi lệnh bắt qua Zalo và không có “tài khoản tạm giữ”</strong>.</p>"
                        "<p>Một kiểu khác là gọi đòi “cập nhật VNeID sau sáp nhập”, “sửa lỗi VNeID”, rồi gửi đường link cài ứng dụng VNeID "
                        "hoặc Dịch vụ công giả. Sau ngày 1/7/2025, địa chỉ, quê quán trên VNeID <strong>được hệ thống tự động cập nhật</strong>; "
                        "không ai cần gọi điện bảo bạn tự cập nhật. Ứng dụng giả sẽ đọc trộm OTP và rút sạch tiền: ở Đà Nẵng một người mất "
                        "129 triệu đồng, ở Hà Nội một người mất hơn 2 tỷ đồng.</p>"
                    ),
                },
                {"type": "heading", "value": "Tin nhắn “điểm thưởng sắp hết hạn” và đường link giả"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Tin nhắn mang tên ngân hàng báo điểm thưởng sắp hết hạn, kèm một đường link trông gần giống trang thật "
                        "(ví dụ trang giả <em>vietcomm.top</em>). Trang giả đòi tên đăng nhập, mật khẩu, mã OTP. "
                        "<strong>Ngân hàng không bao giờ gửi link đăng nhập hay hỏi mã OTP.</strong></p>"
                        "<p>Kẻ gian còn dùng trạm phát sóng giả (BTS giả) để gửi tin nhắn mang đúng tên ngân hàng, nằm chung với tin nhắn "
                        "thật. Vì vậy <strong>dù tên người gửi trông đúng, vẫn không bấm link trong tin nhắn</strong>; muốn xem điểm thưởng, "
                        "tự mở ứng dụng ngân hàng.</p>"
                        "<p>Cách đọc một đường link: nhìn phần ngay sau <em>https://</em> cho đến dấu “/” đầu tiên. Link giả thường thêm chữ, "
                        "gạch nối, sai chính tả, hoặc có đuôi lạ như <em>.top</em>, <em>.xyz</em>. Trang của cơ quan nhà nước có đuôi "
                        "<strong>.gov.vn</strong>, ví dụ dichvucong.gov.vn.</p>"
                    ),
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "at-tin-nhan-diem-thuong",
                        "title": "Luyện tập: tin nhắn đổi điểm thưởng",
                        "instructions": (
                            "Bạn nhận tin nhắn báo điểm thưởng sắp hết hạn. Trong bài luyện tập, chạm vào đường link giả để đánh dấu nó "
                            "(ngoài đời thật tuyệt đối không bấm vào link). Sau đó chạm Báo cáo tin rác, rồi Chặn người gửi."
                        ),
                        "targets": [
                            {
                                "label": "Đường link giả abcbank-doiqua.top",
                                "hint": "Đường link màu xanh nằm giữa tin nhắn. Đuôi .top và chữ “doiqua” là dấu hiệu trang giả.",
                            },
                            {
                                "label": "Nút Báo cáo tin rác",
                                "hint": "Nút viền cam ở khung phía trên tin nhắn.",
                            },
                            {"label": "Nút Chặn", "hint": "Nút viền đỏ nằm cạnh nút Báo cáo tin rác."},
                        ],
                        "wrong_tap": "Chưa đúng. Tìm đường link trong tin nhắn trước, sau đó đến hai nút ở khung phía trên.",
                        "success": (
                            "Chính xác! Bạn đã nhận ra link giả, báo cáo và chặn người gửi. Nếu tin giả nằm chung với tin thật của "
                            "ngân hàng, đừng chặn tên ngân hàng: chỉ cần xóa tin và báo cho tổng đài ngân hàng."
                        ),
                    },
                },
                {"type": "heading", "value": "Các chiêu khác hay gặp"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Cuộc gọi video giả (deepfake)</strong>: hình người thân bị giật, nói vài câu rồi tắt, nhờ chuyển tiền gấp. "
                        "Hãy gọi lại vào số quen thuộc hoặc hỏi một câu chỉ người nhà mới biết.</li>"
                        "<li><strong>“Việc nhẹ lương cao”</strong>, làm nhiệm vụ bấm thích, đặt đơn ảo: lúc đầu trả vài chục nghìn, sau bắt nạp tiền "
                        "lớn để “rút hoa hồng”.</li>"
                        "<li><strong>Shipper giả</strong>: báo có hàng, đòi chuyển một khoản phí nhỏ hoặc bấm link “cập nhật địa chỉ giao hàng”.</li>"
                        "<li><strong>“SIM sắp bị khóa do chưa chuẩn hóa thông tin”</strong>: đòi đọc mã hoặc bấm link. Muốn kiểm tra, đến cửa hàng của nhà mạng.</li>"
                        "<li><strong>Giả nhân viên thuế, ngân hàng</strong> hướng dẫn “cập nhật theo quy định mới”, bắt cài ứng dụng qua link.</li>"
                        "<li><strong>Giả thầy cô, nhân viên y tế</strong> báo con, cháu bị cấp cứu, cần chuyển tiền ngay.</li>"
                        "<li><strong>Tour du lịch giá rẻ</strong>, <strong>làm quen, yêu đương qua mạng</strong> rồi rủ đầu tư, nhờ nhận quà.</li>"
                        "<li><strong>“Lấy lại tiền bị lừa”</strong>: giả luật sư, giả công an hứa đòi lại tiền, thu phí trước.</li>"
                        "<li><strong>Đầu số lạ</strong> như +840, +882, +94… hay được kẻ gian dùng. Không có người quen ở nước ngoài thì đừng nghe máy, đừng gọi lại.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Trước khi chuyển tiền",
                        "text": (
                            "<p>Nhiều ngân hàng đã hiện <strong>cảnh báo tài khoản nhận nghi ngờ lừa đảo</strong> khi bạn chuyển tiền. "
                            "Thấy cảnh báo này, hãy dừng lại và hỏi người thân hoặc gọi tổng đài ngân hàng. Luôn đọc kỹ tên người nhận "
                            "hiện trên ứng dụng trước khi bấm xác nhận.</p>"
                        ),
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Dành cho cán bộ xã và Tổ công nghệ số cộng đồng",
                        "text": (
                            "<p>Dạy người dân hỏi lại ba câu: <em>Ai đang liên hệ với tôi, qua kênh nào? Họ muốn tôi làm gì? "
                            "Tôi có tự kiểm tra được qua kênh chính thức không?</em> Khi thấy chiêu mới ở địa phương, hãy báo Công an xã "
                            "và nhắc bà con qua loa truyền thanh, nhóm Zalo của thôn, tổ dân phố.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "an-toan-thiet-bi",
            "title": "Giữ điện thoại an toàn",
            "summary": "Chỉ cài ứng dụng từ kho chính thức, từ chối cài ứng dụng không xác định, khóa màn hình và cập nhật máy.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Điện thoại của bạn chứa ứng dụng ngân hàng, VNeID, Zalo, ảnh giấy tờ. Chỉ cần cài một ứng dụng độc hại, "
                        "kẻ gian có thể đọc tin nhắn OTP, điều khiển màn hình từ xa và chuyển tiền đi trong lúc bạn ngủ. Nhiều vụ "
                        "mất tiền vì “ứng dụng VNeID giả” bắt đầu chỉ từ một lần bấm <strong>Cài đặt</strong> theo lời người lạ.</p>"
                    ),
                },
                {"type": "heading", "value": "Chỉ cài ứng dụng từ kho chính thức"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Android: chỉ cài từ <strong>CH Play</strong> (Google Play). iPhone: chỉ cài từ <strong>App Store</strong>.</li>"
                        "<li>Tự mở kho ứng dụng và gõ tên để tìm (ví dụ VNeID, ứng dụng ngân hàng của bạn). Xem tên nhà phát triển và "
                        "số lượt tải trước khi cài.</li>"
                        "<li>Tệp có đuôi <strong>.apk</strong> gửi qua Zalo, Messenger, tin nhắn hay trang web là dấu hiệu nguy hiểm. "
                        "Cơ quan nhà nước và ngân hàng không gửi ứng dụng qua tin nhắn.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Ứng dụng giả xin quyền điều khiển máy",
                        "text": (
                            "<p>Ứng dụng VNeID, Dịch vụ công giả thường đòi bật quyền <strong>Hỗ trợ tiếp cận</strong> (có máy gọi là Trợ năng), "
                            "quyền đọc tin nhắn, hoặc quyền hiển thị trên ứng dụng khác. Có các quyền này, kẻ gian điều khiển được điện thoại "
                            "và đọc được mã OTP. Ứng dụng lạ đòi những quyền đó: từ chối và gỡ ngay.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Khi máy báo chặn “ứng dụng không xác định”"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Điện thoại Android tự chặn việc cài tệp .apk từ ngoài CH Play và hiện thông báo như hình luyện tập dưới đây. "
                        "Kẻ gian sẽ hướng dẫn bạn bấm <strong>Cài đặt</strong> rồi bật <strong>Cho phép từ nguồn này</strong>. "
                        "Đây chính là lúc phải dừng lại: bấm <strong>Hủy</strong>, xóa tệp và chặn người gửi. "
                        "Lời nhắn và chữ trên máy bạn có thể hơi khác tùy hãng điện thoại.</p>"
                    ),
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "at-cai-ung-dung-la",
                        "title": "Luyện tập: từ chối cài ứng dụng lạ",
                        "instructions": (
                            "Một người lạ xưng cán bộ công an gửi tệp VNeID_CapNhat_2026.apk qua Zalo. Bạn lỡ bấm vào tệp và máy hiện "
                            "cảnh báo. Hãy chọn nút an toàn."
                        ),
                        "targets": [
                            {
                                "label": "Nút Hủy",
                                "hint": "Không bấm Cài đặt. Chọn nút Hủy có nền xanh nhạt trong hộp thông báo.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Đọc kỹ hộp thông báo ở giữa màn hình và chọn nút không cho cài.",
                        "success": (
                            "Đúng rồi! Bấm Hủy, xóa tệp .apk và chặn người gửi. VNeID thật chỉ cài từ CH Play hoặc App Store."
                        ),
                    },
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Trên Android, mở <strong>Cài đặt</strong> → <strong>Ứng dụng</strong> → <strong>Quyền truy cập đặc biệt</strong> "
                                "→ <strong>Cài đặt ứng dụng không xác định</strong> (tên mục có thể khác một chút tùy hãng).</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Xem từng ứng dụng trong danh sách (Zalo, Chrome, Tệp…). Tất cả nên ở trạng thái <strong>Không cho phép</strong>.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Vào <strong>Cài đặt</strong> → <strong>Hỗ trợ tiếp cận</strong> → ứng dụng đã cài. Ứng dụng nào lạ, "
                                "bạn không nhớ đã bật, hãy tắt và gỡ ứng dụng đó.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Mở CH Play → chạm ảnh đại diện → <strong>Play Protect</strong> → <strong>Quét</strong> để kiểm tra ứng dụng độc hại.</p>",
                            "screen": None,
                        },
                    ],
                },
                {"type": "heading", "value": "Thói quen giữ máy an toàn"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li><strong>Khóa màn hình</strong> bằng mã PIN ít nhất 6 số (không dùng 123456 hay ngày sinh), vân tay hoặc khuôn mặt.</li>"
                        "<li><strong>Cập nhật</strong> hệ điều hành trong Cài đặt → Cập nhật phần mềm, và cập nhật ứng dụng trong CH Play, App Store. "
                        "Không cập nhật qua link ai đó gửi.</li>"
                        "<li><strong>Không đưa máy cho người lạ</strong> “cài giúp”, “kiểm tra giúp”. Không cho người lạ mượn máy để gọi.</li>"
                        "<li><strong>Tránh giao dịch ngân hàng</strong> khi dùng Wi-Fi công cộng ở quán, bến xe.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Khi giúp người dân cài ứng dụng",
                        "text": (
                            "<p>Cán bộ xã và Tổ công nghệ số cộng đồng chỉ mở CH Play hoặc App Store, để người dân tự cầm máy, tự nhập "
                            "mật khẩu và mã OTP. Cài xong, kiểm tra lại mục Cài đặt ứng dụng không xác định vẫn đang tắt.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "bao-ve-du-lieu-ca-nhan",
            "title": "Bảo vệ dữ liệu cá nhân của bạn và gia đình",
            "summary": "Biết các quyền theo Luật Bảo vệ dữ liệu cá nhân 2025 và những thông tin không nên đưa lên mạng.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dữ liệu cá nhân là những thông tin giúp nhận ra một người: họ tên, ngày sinh, số định danh, số điện thoại, "
                        "địa chỉ, ảnh khuôn mặt, vân tay, số tài khoản, tình trạng sức khỏe… Kẻ gian gom các mẩu thông tin này để tạo "
                        "lòng tin: gọi đúng tên bạn, đọc đúng địa chỉ, biết tên trường của con. Bạn càng để lộ ít, chúng càng khó lừa.</p>"
                    ),
                },
                {"type": "heading", "value": "Luật Bảo vệ dữ liệu cá nhân 2025"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15) được Quốc hội thông qua ngày 26/6/2025 và có hiệu lực từ "
                        "<strong>1/1/2026</strong>. Luật chia dữ liệu thành dữ liệu cơ bản và dữ liệu nhạy cảm (danh mục cụ thể do Chính phủ "
                        "quy định). Theo luật, bạn là <strong>chủ thể dữ liệu</strong> và có quyền:</p>"
                        "<ul>"
                        "<li>được biết dữ liệu của mình đang được ai xử lý, để làm gì;</li>"
                        "<li>đồng ý hoặc không đồng ý, và rút lại sự đồng ý đã cho;</li>"
                        "<li>xem, chỉnh sửa hoặc yêu cầu chỉnh sửa dữ liệu sai;</li>"
                        "<li>yêu cầu cung cấp, xóa, hạn chế xử lý dữ liệu; phản đối việc xử lý dữ liệu;</li>"
                        "<li>khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường khi bị xâm phạm.</li>"
                        "</ul>"
                        "<p>Đi kèm quyền là nghĩa vụ: tự bảo vệ dữ liệu của mình và tôn trọng dữ liệu của người khác. Luật cũng không cho "
                        "mạng xã hội đòi ảnh hoặc video giấy tờ tùy thân để xác thực tài khoản.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Đừng đăng những thứ này lên mạng",
                        "text": (
                            "<ul>"
                            "<li>Ảnh thẻ căn cước, thẻ ngân hàng, giấy tờ xe, sổ đỏ.</li>"
                            "<li>Vé máy bay, thẻ lên máy bay (mã vạch và mã đặt chỗ đủ để người khác đổi, hủy chuyến của bạn).</li>"
                            "<li>Ảnh màn hình chuyển khoản có đủ số tài khoản, số dư.</li>"
                            "<li>Thông tin của con, cháu: tên trường, lớp, giờ đón, ảnh mặc đồng phục có tên trường.</li>"
                            "<li>Ảnh “cả nhà đang đi xa” kèm địa chỉ nhà.</li>"
                            "</ul>"
                        ),
                    },
                },
                {"type": "heading", "value": "Làm ngay hôm nay"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p>Khi phải đưa bản sao căn cước, chỉ đưa cho nơi thật sự cần, và ghi chéo lên bản sao mục đích sử dụng, "
                                "ví dụ “Chỉ dùng để nộp hồ sơ vay vốn, ngày 21/11/2026”. Không gửi ảnh căn cước cho người lạ qua Zalo.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Trên Facebook, Zalo: vào phần <strong>Quyền riêng tư</strong>, để bài đăng ở chế độ <strong>Bạn bè</strong> "
                                "thay vì Công khai; ẩn ngày sinh, số điện thoại khỏi trang cá nhân.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Khi ứng dụng xin quyền (danh bạ, vị trí, ảnh, micro), chỉ cho phép nếu thật sự cần. Ứng dụng đèn pin "
                                "mà đòi đọc danh bạ là đáng ngờ.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": "<p>Bỏ qua các khảo sát, “bốc thăm trúng thưởng” bắt khai số định danh, số tài khoản, ảnh khuôn mặt.</p>",
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p>Nếu một cửa hàng, công ty cứ gọi quảng cáo hoặc giữ dữ liệu sai của bạn, hãy dùng quyền của mình: "
                                "yêu cầu họ cho xem, sửa, xóa dữ liệu hoặc ngừng dùng dữ liệu. Không được giải quyết thì khiếu nại.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Dành cho cán bộ xã",
                        "text": (
                            "<p>Dữ liệu người dân giao cho xã cũng cần được bảo vệ. Không chụp giấy tờ của dân bằng điện thoại cá nhân, "
                            "không gửi danh sách có số định danh, số điện thoại lên nhóm Zalo chung, không giữ hộ mật khẩu hay mã OTP "
                            "của ai. Xong việc thì xóa bản sao không còn cần.</p>"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "xu-ly-khi-bi-lua-hoac-lo-tai-khoan",
            "title": "Xử lý khi bị lừa hoặc bị lộ tài khoản",
            "summary": "Làm đúng thứ tự: gọi ngân hàng, đổi mật khẩu, giữ bằng chứng, trình báo công an và cảnh báo người thân.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ai cũng có thể bị lừa, kể cả người có học, người trẻ. Bị lừa không phải điều đáng xấu hổ. Điều quan trọng "
                        "là <strong>hành động thật nhanh</strong>: báo ngân hàng càng sớm, càng có cơ hội khóa tài khoản và chặn tiền lại.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Nếu bạn vừa cài một ứng dụng lạ",
                        "text": (
                            "<p>Bật <strong>chế độ máy bay</strong> hoặc tắt mạng trên điện thoại đó ngay, để kẻ gian không điều khiển được nữa. "
                            "Dùng một điện thoại khác để gọi ngân hàng. Sau đó mang máy đến Công an xã hoặc cửa hàng sửa chữa uy tín để "
                            "gỡ ứng dụng; có khi phải khôi phục cài đặt gốc.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Làm ngay, theo thứ tự"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": (
                                "<p><strong>Ngừng liên lạc</strong> với kẻ gian. Không chuyển thêm đồng nào, dù bị dọa hay được hứa "
                                "“nộp phí để mở khóa, để nhận lại tiền”.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Gọi ngay tổng đài ngân hàng</strong> theo số in ở mặt sau thẻ hoặc trên ứng dụng, trang web chính thức "
                                "(không dùng số trong tin nhắn lạ). Đề nghị khóa tài khoản, thẻ, ngân hàng điện tử và tra soát các giao dịch đã "
                                "chuyển. Ghi lại giờ gọi và tên nhân viên.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Đổi mật khẩu</strong>: email trước, rồi ngân hàng, VNeID, Zalo, Facebook. Vào mục "
                                "<strong>Thiết bị đã đăng nhập</strong> để đăng xuất máy lạ, rồi bật <strong>xác thực hai lớp</strong>.</p>"
                            ),
                            "screen": "at-bao-mat-tai-khoan",
                        },
                        {
                            "text": (
                                "<p><strong>Giữ bằng chứng</strong>: chụp màn hình tin nhắn, cuộc gọi, đường link, số tài khoản đã nhận tiền, "
                                "biên lai chuyển khoản. Không xóa đoạn trò chuyện.</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Trình báo</strong> Công an xã, phường nơi gần nhất, mang theo căn cước và bằng chứng. Bạn cũng có thể "
                                "gửi phản ánh, tố giác trong ứng dụng VNeID (mục kiến nghị, phản ánh về an ninh trật tự; tên mục có thể khác "
                                "tùy phiên bản).</p>"
                            ),
                            "screen": None,
                        },
                        {
                            "text": (
                                "<p><strong>Báo cho người thân, bạn bè</strong>. Nếu Zalo, Facebook của bạn bị chiếm, kẻ gian sẽ nhắn vay tiền "
                                "mọi người bằng tên bạn.</p>"
                            ),
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Cẩn thận bị lừa lần hai",
                        "text": (
                            "<p>Sau khi bị lừa, bạn có thể gặp người xưng luật sư, “công an”, “chuyên gia” trên mạng hứa lấy lại tiền nếu "
                            "nộp phí trước. Đây cũng là lừa đảo. Chỉ làm việc trực tiếp với ngân hàng và cơ quan công an.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": "Báo cáo tin nhắn rác, cuộc gọi rác"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ngoài nút <strong>Báo cáo tin rác</strong> và <strong>Chặn</strong> trong điện thoại, bạn có thể nhắn tin "
                        "<strong>miễn phí đến 5656</strong>:</p>"
                        "<ul>"
                        "<li>Tin nhắn rác: <strong>S (số gửi)(nội dung tin nhắn)</strong> gửi 5656.</li>"
                        "<li>Cuộc gọi rác: <strong>V (số gọi)(nội dung cuộc gọi)</strong> gửi 5656.</li>"
                        "</ul>"
                        "<p>Ví dụ: <em>V (0869xxx731)(Gia danh cong an doi doc ma OTP)</em> gửi 5656.</p>"
                    ),
                },
                {"type": "heading", "value": "Cán bộ xã hỗ trợ người dân bị lừa"},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Giúp người dân bình tĩnh, gọi tổng đài ngân hàng <strong>trước tiên</strong>.</li>"
                        "<li>Cùng ghi lại diễn biến: giờ, số điện thoại, đường link, số tiền, số tài khoản nhận.</li>"
                        "<li>Đưa người dân đến Công an xã để trình báo; không hỏi, không giữ mật khẩu, mã OTP của họ.</li>"
                        "<li>Ghi nhận thủ đoạn mới để nhắc cả thôn, tổ dân phố cùng cảnh giác.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Chuẩn bị từ hôm nay",
                        "text": (
                            "<p>Lưu vào danh bạ số tổng đài ngân hàng của bạn (chép từ mặt sau thẻ) và số điện thoại Công an xã. "
                            "Khi có chuyện, bạn không phải đi tìm số trong lúc hoảng hốt.</p>"
                        ),
                    },
                },
            ],
        },
    ],
}
