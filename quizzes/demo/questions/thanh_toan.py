"""Questions for “Thanh toán trực tuyến an toàn: ngân hàng số, VietQR, ví điện tử”."""

from courses.demo.content.thanh_toan import COURSE

COURSE_SLUG = COURSE["slug"]
TOPIC = COURSE["topic"]
POOL = "thanh-toan"

QUESTIONS = [
    {
        "key": "tt-01",
        "lesson": 2,
        "type": "single",
        "difficulty": "easy",
        "title": "Kiểm tra gì trước khi xác nhận chuyển tiền VietQR",
        "stem": "Sau khi quét mã VietQR, trước khi bấm “Xác nhận” bạn cần kiểm tra gì?",
        "options": [
            ("Màu của mã QR", False),
            ("Số người đã quét mã này trước bạn", False),
            ("Tên người nhận, số tiền và nội dung hiện trên ứng dụng ngân hàng", True),
            ("Không cần kiểm tra vì mã QR luôn đúng", False),
        ],
        "explanation": (
            "Nhìn mã QR bằng mắt không biết tiền sẽ đi đâu; ứng dụng ngân hàng hiện tên chủ tài khoản nhận "
            "trước khi bạn xác nhận. Tên lạ hoặc sai số tiền thì bấm Hủy, vì mã có thể đã bị dán đè."
        ),
    },
    {
        "key": "tt-02",
        "lesson": 3,
        "type": "single",
        "difficulty": "medium",
        "title": "Khi nào phải xác thực khuôn mặt",
        "stem": (
            "Theo Quyết định 2345/QĐ-NHNN, từ ngày 1/7/2024, khi nào chuyển tiền trực tuyến phải xác thực "
            "bằng khuôn mặt?"
        ),
        "options": [
            ("Mọi giao dịch từ 1.000 đồng trở lên", False),
            (
                "Giao dịch trên 10 triệu đồng một lần, hoặc khi tổng tiền chuyển trong ngày "
                "vượt 20 triệu đồng",
                True,
            ),
            ("Chỉ khi chuyển tiền ra nước ngoài", False),
            ("Không bao giờ, chỉ cần mã OTP", False),
        ],
        "explanation": (
            "Giao dịch trên 10 triệu đồng một lần hoặc khi tổng trong ngày vượt 20 triệu đồng phải quét "
            "khuôn mặt, so với dữ liệu trong chip thẻ căn cước. Vì vậy kẻ gian tìm cách xin ảnh, video khuôn "
            "mặt: chỉ quét mặt trong ứng dụng ngân hàng bạn tự mở."
        ),
    },
    {
        "key": "tt-03",
        "lesson": 3,
        "type": "single",
        "difficulty": "easy",
        "title": "Người xưng nhân viên ngân hàng xin OTP để hoàn tiền",
        "stem": (
            "Người xưng là nhân viên ngân hàng gọi điện xin mã OTP để “hoàn tiền” cho bạn. Bạn nên làm gì?"
        ),
        "options": [
            ("Đọc mã OTP cho họ", False),
            ("Gửi ảnh thẻ căn cước để họ kiểm tra", False),
            ("Cài ứng dụng họ gửi để nhận tiền", False),
            ("Không đưa mã, cúp máy và tự gọi tổng đài chính thức của ngân hàng để hỏi", True),
        ],
        "explanation": (
            "Ngân hàng không bao giờ hỏi mã OTP và không gửi link đăng nhập; ai xin mã, dù nói để hoàn tiền "
            "hay tặng quà, đều là kẻ gian. Hãy tự gọi số tổng đài in trên thẻ hoặc trong ứng dụng, không gọi "
            "lại số vừa gọi."
        ),
    },
    {
        "key": "tt-04",
        "lesson": 5,
        "type": "single",
        "difficulty": "medium",
        "title": "Việc cần làm ngay khi chuyển nhầm hoặc bị lừa",
        "stem": "Bạn chuyển nhầm tiền, hoặc phát hiện mình vừa bị lừa chuyển tiền. Việc cần làm ngay là gì?",
        "options": [
            ("Chờ vài ngày xem người nhận có trả lại không", False),
            ("Gọi ngay tổng đài ngân hàng để khóa, tra soát và trình báo cơ quan công an", True),
            ("Đăng số tài khoản của mình lên mạng xã hội nhờ mọi người giúp", False),
            ("Chuyển thêm tiền theo lời người gọi để “mở khóa” giao dịch", False),
        ],
        "explanation": (
            "Báo càng sớm, ngân hàng và công an càng có cơ hội chặn tiền: gọi tổng đài để khóa và đề nghị "
            "tra soát, rồi trình báo Công an xã, phường kèm bằng chứng. Không chuyển thêm tiền cho bất kỳ ai "
            "hứa “mở khóa” hay “lấy lại tiền”."
        ),
    },
    {
        "key": "tt-05",
        "lesson": 1,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Đối chiếu sinh trắc học theo Thông tư 17/2024",
        "stem": (
            "Theo Thông tư 17/2024/TT-NHNN, từ ngày 1/1/2025, tài khoản thanh toán của cá nhân chỉ được "
            "chuyển tiền, thanh toán qua kênh điện tử sau khi đã đối chiếu giấy tờ tùy thân với sinh "
            "trắc học."
        ),
        "correct": True,
        "explanation": (
            "Quy định này chặn việc dùng tài khoản mở bằng giấy tờ giả hoặc tài khoản mua lại để nhận tiền "
            "lừa đảo. Chỉ cập nhật sinh trắc học trong ứng dụng ngân hàng bạn tự mở hoặc tại quầy, không "
            "qua link ai gửi."
        ),
    },
    {
        "key": "tt-06",
        "lesson": 2,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Quét mã QR để nhận tiền",
        "stem": "Muốn nhận tiền, bạn phải quét mã QR của người trả tiền và nhập mã OTP.",
        "correct": False,
        "explanation": (
            "Quét mã QR bằng ứng dụng ngân hàng là để trả tiền: tiền đi ra khỏi tài khoản của bạn. Muốn nhận "
            "tiền chỉ cần đưa mã QR hoặc số tài khoản của mình; ai bảo quét mã hay nhập OTP để “nhận tiền” "
            "là lừa đảo."
        ),
    },
    {
        "key": "tt-07",
        "lesson": 2,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Dấu hiệu mã QR bị dán đè",
        "stem": (
            "Bạn quét mã QR dán ở một quán ăn để trả tiền. Dấu hiệu nào cho thấy mã có thể đã bị dán đè? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Tên người nhận trên ứng dụng khác tên chủ quán", True),
            ("Mã QR có màu đen trắng", False),
            ("Mã trông như miếng dán mới, bị lệch, có mép giấy chồng lên mã cũ", True),
            ("Ứng dụng hiện đúng tên chủ quán và đúng số tiền", False),
            ("Ngân hàng hiện ra khác ngân hàng ghi trên bảng của quán", True),
        ],
        "explanation": (
            "Kẻ gian dán mã của tài khoản khác chồng lên mã của quán, nên tiền khách trả chạy vào túi chúng. "
            "Thấy tên hoặc ngân hàng không khớp thì đừng xác nhận; hỏi lại chủ quán hoặc trả tiền mặt."
        ),
    },
    {
        "key": "tt-08",
        "lesson": 2,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự chuyển tiền bằng VietQR",
        "stem": "Sắp xếp các bước chuyển tiền bằng VietQR theo đúng thứ tự.",
        "steps": [
            "Tự mở ứng dụng ngân hàng và chọn “Quét QR”",
            "Đưa camera vào mã QR cho đến khi ứng dụng nhận mã",
            "Nhập hoặc so lại số tiền và nội dung chuyển khoản",
            "Đọc tên người nhận ở màn hình xác nhận",
            "Bấm “Xác nhận” rồi xác thực bằng mã PIN, OTP hoặc khuôn mặt",
        ],
        "explanation": (
            "Tên người nhận chỉ hiện ra sau khi quét và phải được đọc trước khi xác nhận; sai một điều là "
            "bấm Hủy. Xác thực là bước cuối cùng, do chính bạn làm trong ứng dụng của mình."
        ),
    },
    {
        "key": "tt-09",
        "lesson": 1,
        "type": "matching",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ghép phương tiện thanh toán với đặc điểm",
        "stem": "Ghép mỗi phương tiện thanh toán với đặc điểm đúng của nó.",
        "pairs": [
            ("Tài khoản thanh toán ngân hàng", "Mở tại ngân hàng, dùng qua ứng dụng ngân hàng và thẻ ATM"),
            (
                "Ví điện tử",
                "Ứng dụng của công ty trung gian thanh toán, liên kết với tài khoản ngân hàng đứng tên bạn",
            ),
            (
                "Mobile Money",
                "Tài khoản gắn với số điện thoại của nhà mạng, nạp rút tiền mặt tại điểm giao dịch",
            ),
        ],
        "explanation": (
            "Cả ba đều trả tiền được bằng điện thoại, nhưng người giữ tiền khác nhau: ngân hàng, công ty ví "
            "điện tử hay nhà mạng. Dù dùng loại nào, chỉ tải ứng dụng từ CH Play hoặc App Store."
        ),
    },
    {
        "key": "tt-10",
        "lesson": 3,
        "type": "matching",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Ghép tình huống giao dịch với cách xác thực",
        "stem": "Ghép mỗi tình huống với cách làm đúng.",
        "pairs": [
            (
                "Tự chuyển 2 triệu đồng tiền học cho cháu, hôm nay chưa chuyển khoản nào khác",
                "Thường chỉ cần mã OTP hoặc mã PIN",
            ),
            ("Tự chuyển 15 triệu đồng trong một lần", "Quét khuôn mặt trong ứng dụng ngân hàng"),
            ("Người lạ gọi xin mã OTP để “hoàn tiền”", "Không đọc mã, cúp máy"),
            ("Nhận tin nhắn OTP khi mình không hề giao dịch", "Đổi mật khẩu và gọi tổng đài ngân hàng"),
        ],
        "explanation": (
            "Khoản nhỏ thường xác thực bằng OTP, còn trên 10 triệu đồng một lần hoặc quá 20 triệu đồng trong "
            "ngày thì phải quét khuôn mặt. Mã OTP chỉ để chính bạn nhập; nhận mã khi không giao dịch nghĩa "
            "là có người đang thử vào tài khoản của bạn."
        ),
    },
    {
        "key": "tt-11",
        "lesson": 3,
        "type": "short_text",
        "difficulty": "easy",
        "ignore_diacritics": True,
        "title": "Tên gọi tắt của mã dùng một lần",
        "stem": (
            "Mã dùng một lần mà ngân hàng gửi qua tin nhắn hoặc tạo trong ứng dụng để bạn xác nhận giao "
            "dịch được gọi tắt là gì? (3 chữ cái)"
        ),
        "accepted": ["OTP", "mã OTP"],
        "explanation": (
            "OTP là mã dùng một lần, là “chìa khóa” xác nhận giao dịch của chính bạn. Đọc hết tin nhắn OTP "
            "trước khi nhập và không đưa mã cho bất kỳ ai."
        ),
    },
    {
        "key": "tt-12",
        "lesson": 4,
        "type": "single",
        "difficulty": "easy",
        "title": "Tin nhắn đòi chuyển phí hồ sơ vào tài khoản lạ",
        "stem": (
            "Bạn nhận tin nhắn Zalo từ người xưng là cán bộ: “Hồ sơ của bác còn thiếu phí, chuyển khoản vào "
            "số tài khoản này”. Bạn nên làm gì?"
        ),
        "options": [
            ("Chuyển ngay để hồ sơ không bị trả lại", False),
            ("Chuyển trước một nửa để thử", False),
            (
                "Không chuyển; chỉ trả phí ở mục “Yêu cầu thanh toán” trên Cổng Dịch vụ công mình tự đăng "
                "nhập, hoặc hỏi thẳng xã",
                True,
            ),
            ("Nạp thẻ điện thoại gửi cho người đó", False),
        ],
        "explanation": (
            "Phí, lệ phí dịch vụ công trả qua Nền tảng thanh toán của Cổng, không bao giờ vào tài khoản cá "
            "nhân. Còn nghi ngờ, hãy hỏi trực tiếp Trung tâm phục vụ hành chính công của xã, phường."
        ),
    },
    {
        "key": "tt-13",
        "lesson": 4,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Kiểm tra trước khi trả tiền điện",
        "stem": (
            "Bạn trả tiền điện trong ứng dụng ngân hàng bằng mã khách hàng. Trước khi bấm “Thanh toán”, cần "
            "kiểm tra những gì? (Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Tên khách hàng đúng là nhà mình", True),
            ("Màu giao diện của ứng dụng", False),
            ("Địa chỉ đúng nhà mình", True),
            ("Số tiền khớp với hóa đơn hoặc tin nhắn báo tiền điện", True),
            ("Số người khác đã trả hóa đơn này", False),
        ],
        "explanation": (
            "Ứng dụng tự hiện tên, địa chỉ và số tiền theo mã khách hàng; chỉ trả khi cả ba khớp. Ngành điện "
            "không thu tiền vào tài khoản cá nhân và không hỏi mật khẩu, mã OTP."
        ),
    },
    {
        "key": "tt-14",
        "lesson": 5,
        "type": "ordering",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Thứ tự xử lý khi đã bị lừa chuyển tiền",
        "stem": (
            "Bạn lỡ đọc mã OTP cho kẻ gian và tiền đã bị chuyển đi. Sắp xếp các việc cần làm theo đúng "
            "thứ tự."
        ),
        "steps": [
            "Dừng liên lạc với kẻ gian, không chuyển thêm tiền",
            "Khóa nhanh ngân hàng số và gọi tổng đài ngân hàng để khóa, tra soát",
            "Chụp lại tin nhắn, số điện thoại, số tài khoản nhận tiền làm bằng chứng",
            "Trình báo Công an xã, phường, mang theo căn cước và bằng chứng",
        ],
        "explanation": (
            "Chặn tiền là việc gấp nhất, nên cắt liên lạc với kẻ gian rồi khóa và báo ngân hàng ngay. Sau đó "
            "giữ đủ bằng chứng, không xóa gì, và mang theo khi trình báo công an."
        ),
    },
    {
        "key": "tt-15",
        "lesson": 5,
        "type": "single",
        "difficulty": "hard",
        "title": "Tiền lạ chuyển nhầm vào tài khoản",
        "stem": (
            "Có một khoản tiền lạ “chuyển nhầm” vào tài khoản của bạn, rồi có người gọi giục bạn chuyển trả "
            "vào một tài khoản khác. Cách xử lý đúng là gì?"
        ),
        "options": [
            ("Chuyển trả ngay vào tài khoản người đó đưa", False),
            ("Tiêu tạm rồi trả sau", False),
            ("Quét mã QR người đó gửi để hoàn tiền", False),
            (
                "Không làm theo người lạ; báo ngân hàng của mình để trả lại qua tra soát về đúng tài khoản "
                "đã chuyển đến",
                True,
            ),
        ],
        "explanation": (
            "Đây là chiêu quen thuộc: chuyển vào một khoản rồi đòi bạn trả sang tài khoản khác, kèm lãi hoặc "
            "qua link, mã QR. Để ngân hàng trả lại đúng nơi đã chuyển; bị đe dọa thì trình báo Công an xã, "
            "phường."
        ),
    },
    {
        "key": "tt-16",
        "lesson": 5,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Trả phí để được lấy lại tiền bị lừa",
        "stem": (
            "Sau khi bị lừa, một người xưng là luật sư hứa lấy lại tiền nếu bạn nộp trước một khoản phí. "
            "Đây là cách lấy lại tiền an toàn."
        ),
        "correct": False,
        "explanation": (
            "“Lấy lại tiền bị lừa” là một trong các hình thức lừa đảo Bộ Công an đã cảnh báo. Việc thu hồi "
            "tiền do ngân hàng và cơ quan công an xử lý, bạn không phải trả phí cho ai."
        ),
    },
    {
        "key": "tt-17",
        "lesson": 2,
        "type": "single",
        "difficulty": "medium",
        "title": "Người bán hàng xác nhận đã nhận tiền",
        "stem": (
            "Bạn bán hàng ở chợ. Khách đưa điện thoại cho xem ảnh “chuyển khoản thành công”. Khi nào bạn coi "
            "là đã nhận được tiền?"
        ),
        "options": [
            ("Khi thấy ảnh màn hình của khách", False),
            ("Khi điện thoại hoặc loa báo của chính bạn báo tiền về", True),
            ("Khi khách nói đã chuyển rồi", False),
            ("Khi khách để lại số điện thoại", False),
        ],
        "explanation": (
            "Ảnh “chuyển khoản thành công” làm giả được; biên lai chuyển tiền giả là một chiêu lừa phổ biến. "
            "Chỉ tin thông báo biến động số dư trên ứng dụng hoặc loa báo của chính bạn."
        ),
    },
    {
        "key": "tt-18",
        "lesson": 1,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": False,
        "title": "Cập nhật sinh trắc học an toàn",
        "stem": (
            "Có người gọi báo tài khoản của bạn “sắp bị khóa vì chưa cập nhật sinh trắc học”. Những cách "
            "cập nhật nào là an toàn? (Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Quay video khuôn mặt gửi cho người gọi", False),
            ("Trong ứng dụng ngân hàng do chính bạn tự mở", True),
            ("Bấm đường link người gọi gửi qua tin nhắn", False),
            ("Tại quầy giao dịch của ngân hàng", True),
            ("Cài ứng dụng “hỗ trợ sinh trắc” theo hướng dẫn qua điện thoại", False),
        ],
        "explanation": (
            "Chỉ cập nhật sinh trắc học trong ứng dụng ngân hàng bạn tự mở hoặc tại quầy. Không gửi ảnh thẻ "
            "căn cước, ảnh hay video khuôn mặt cho người lạ, không bấm link và không cài ứng dụng theo lời "
            "họ."
        ),
    },
]
