"""Questions for “Làm thủ tục hành chính trên Cổng Dịch vụ công Quốc gia”."""

from courses.demo.content.dich_vu_cong import COURSE

COURSE_SLUG = COURSE["slug"]
TOPIC = COURSE["topic"]
POOL = "dich-vu-cong"

QUESTIONS = [
    {
        "key": "dvc-01",
        "lesson": 1,
        "type": "single",
        "difficulty": "easy",
        "title": "Địa chỉ chính thức của Cổng",
        "stem": "Địa chỉ nào là Cổng Dịch vụ công Quốc gia chính thức?",
        "options": [
            ("dichvucong-gov.vn.com", False),
            ("dichvucongquocgia.top", False),
            ("dichvucong.gov.vn", True),
            ("dvc-vneid.app", False),
        ],
        "explanation": (
            "Trang của cơ quan nhà nước Việt Nam có đuôi .gov.vn, và Cổng chính thức là dichvucong.gov.vn. "
            "Các tên na ná như dichvucong-gov.vn.com hay đuôi .top, .app là trang giả: hãy tự gõ địa chỉ "
            "và nhìn lại thanh địa chỉ trước khi nhập bất cứ thông tin gì."
        ),
    },
    {
        "key": "dvc-02",
        "lesson": 1,
        "type": "single",
        "difficulty": "medium",
        "title": "Dịch vụ công toàn trình là gì",
        "stem": "Dịch vụ công trực tuyến “toàn trình” nghĩa là gì?",
        "options": [
            ("Nộp hồ sơ trên mạng, sau đó vẫn phải mang bản gốc đến cơ quan đối chiếu", False),
            ("Chỉ xem được thông tin thủ tục trên mạng, còn hồ sơ phải nộp tại xã", False),
            ("Mọi bước, từ nộp hồ sơ, trả phí đến nhận kết quả, đều làm trên mạng", True),
            ("Nộp được ở bất kỳ tỉnh nào nhưng chỉ trong giờ hành chính", False),
        ],
        "explanation": (
            "Toàn trình là làm trọn trên mạng, không phải đến cơ quan lần nào; nếu còn ít nhất một bước phải "
            "làm trực tiếp thì đó là dịch vụ “một phần”. Phần thông tin của thủ tục trên Cổng cho biết "
            "những bước nào phải làm trực tiếp."
        ),
    },
    {
        "key": "dvc-03",
        "lesson": 1,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Hồ sơ giấy cho 25 dịch vụ thiết yếu từ 1/10/2025",
        "stem": (
            "Từ ngày 1/10/2025, Trung tâm phục vụ hành chính công vẫn nhận hồ sơ giấy cho 25 dịch vụ công "
            "thiết yếu nếu người dân muốn nộp giấy."
        ),
        "correct": False,
        "explanation": (
            "Theo Chỉ thị 24/CT-TTg, từ 1/10/2025 Trung tâm không nhận hồ sơ giấy cho 25 dịch vụ công thiết "
            "yếu; các dịch vụ này làm trực tuyến toàn trình trên Cổng hoặc ứng dụng VNeID. Ai chưa tự làm "
            "được vẫn đến Trung tâm để được hướng dẫn nộp trực tuyến ngay tại chỗ."
        ),
    },
    {
        "key": "dvc-04",
        "lesson": 2,
        "type": "single",
        "difficulty": "easy",
        "title": "Tài khoản đăng nhập Cổng từ 1/7/2024",
        "stem": "Từ ngày 1/7/2024, người dân đăng nhập Cổng Dịch vụ công Quốc gia bằng tài khoản nào?",
        "options": [
            ("Tài khoản Zalo", False),
            ("Tài khoản định danh điện tử VNeID", True),
            ("Tài khoản ứng dụng ngân hàng", False),
            ("Số điện thoại bất kỳ kèm mã OTP", False),
        ],
        "explanation": (
            "Từ 1/7/2024, công dân đăng nhập Cổng bằng tài khoản VNeID: bấm “Đăng nhập” rồi chọn “Tài khoản "
            "định danh điện tử (VNeID)”. Tài khoản công dân riêng của Cổng chỉ dùng đến 30/6/2024."
        ),
    },
    {
        "key": "dvc-05",
        "lesson": 2,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự các bước đăng nhập Cổng",
        "stem": "Sắp xếp các bước đăng nhập Cổng Dịch vụ công Quốc gia theo đúng thứ tự.",
        "steps": [
            "Tự gõ dichvucong.gov.vn và nhìn lại thanh địa chỉ",
            "Bấm “Đăng nhập”",
            "Chọn “Tài khoản định danh điện tử (VNeID)”",
            "Nhập số định danh cá nhân và mật khẩu VNeID",
            "Tự nhập mã OTP gửi về số điện thoại đã đăng ký với VNeID",
        ],
        "explanation": (
            "Luôn kiểm tra địa chỉ trước khi nhập gì, rồi mới chọn tài khoản VNeID và nhập số định danh, "
            "mật khẩu. Mã OTP đến sau cùng, gửi về số điện thoại đã đăng ký với VNeID, và chỉ bạn tự nhập."
        ),
    },
    {
        "key": "dvc-06",
        "lesson": 2,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Cần gì để đăng nhập Cổng",
        "stem": (
            "Để tự đăng nhập Cổng Dịch vụ công Quốc gia, bạn cần những gì? (Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Số định danh cá nhân 12 chữ số trên thẻ căn cước", True),
            ("Mật khẩu ứng dụng ngân hàng", False),
            ("Mật khẩu tài khoản VNeID", True),
            ("Bản photo sổ hộ khẩu", False),
            ("Điện thoại có số đã đăng ký với VNeID để nhận mã OTP", True),
        ],
        "explanation": (
            "Tài khoản đăng nhập là số định danh cá nhân 12 chữ số, kèm mật khẩu VNeID và mã OTP gửi về số "
            "điện thoại đã đăng ký với VNeID. Trang chính thức không bao giờ hỏi mật khẩu ngân hàng khi "
            "đăng nhập Cổng."
        ),
    },
    {
        "key": "dvc-07",
        "lesson": 2,
        "type": "single",
        "difficulty": "medium",
        "title": "Người xưng cán bộ xin mã OTP đăng nhập",
        "stem": (
            "Bác Hùng vừa nhận tin nhắn có mã OTP đăng nhập Cổng Dịch vụ công, trong khi bác không hề đăng "
            "nhập. Ngay sau đó có người gọi xưng là cán bộ xã, xin bác đọc mã để “hoàn tất hồ sơ”. "
            "Bác nên làm gì?"
        ),
        "options": [
            ("Đọc mã cho cán bộ vì hồ sơ đang cần gấp", False),
            ("Chụp tin nhắn có mã gửi qua Zalo cho người gọi", False),
            ("Nhắn mã vào số vừa gọi để họ tự kiểm tra", False),
            ("Không đưa mã cho ai, cúp máy và đổi mật khẩu VNeID", True),
        ],
        "explanation": (
            "Mã OTP chỉ để chính bạn tự nhập; ai xin mã, kể cả người xưng cán bộ xã hay công an, đều là kẻ "
            "lừa đảo. Nhận OTP khi mình không đăng nhập là dấu hiệu có người đang dò tài khoản, nên hãy "
            "đổi mật khẩu VNeID."
        ),
    },
    {
        "key": "dvc-08",
        "lesson": 3,
        "type": "short_text",
        "difficulty": "easy",
        "ignore_diacritics": True,
        "title": "Tên gọi mã dùng để tra cứu hồ sơ",
        "stem": (
            "Sau khi nộp hồ sơ thành công, màn hình hiện một mã mà bạn cần chép lại để tra cứu tiến độ và "
            "thanh toán phí. Đó là mã gì? (Gõ tên gọi của mã)"
        ),
        "accepted": ["mã hồ sơ", "mã số hồ sơ", "hồ sơ"],
        "explanation": (
            "Đó là mã hồ sơ: dùng để tra cứu tiến độ và tìm đúng hồ sơ khi thanh toán hay hỏi cơ quan giải "
            "quyết. Mã hồ sơ khác mật khẩu và OTP, nó không mở được tài khoản của bạn."
        ),
    },
    {
        "key": "dvc-09",
        "lesson": 3,
        "type": "ordering",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Thứ tự nộp hồ sơ khai sinh trên Cổng",
        "stem": (
            "Chị Lan đã đăng nhập Cổng và muốn nộp hồ sơ đăng ký khai sinh cho con. Sắp xếp các bước tiếp "
            "theo đúng thứ tự."
        ),
        "steps": [
            "Tìm và chọn đúng thủ tục đăng ký khai sinh",
            "Chọn cơ quan giải quyết là UBND xã, phường nơi cư trú",
            "Đọc lại tờ khai được điền sẵn và nhập thông tin của bé",
            "Đính kèm ảnh giấy chứng sinh",
            "Đánh dấu ô cam đoan rồi bấm “Nộp hồ sơ”",
            "Chép lại mã hồ sơ",
        ],
        "explanation": (
            "Tìm đúng thủ tục và đúng cơ quan giải quyết trước, rồi kiểm tra tờ khai điền sẵn từ Cơ sở dữ "
            "liệu quốc gia về dân cư, đính kèm giấy tờ, cam đoan và nộp. Mã hồ sơ chỉ hiện sau khi nộp "
            "thành công, nhớ chép lại ngay."
        ),
    },
    {
        "key": "dvc-10",
        "lesson": 3,
        "type": "single",
        "difficulty": "medium",
        "title": "Thông tin điền sẵn trên tờ khai bị sai",
        "stem": (
            "Khi nộp hồ sơ, bạn thấy họ tên và ngày sinh của mình mà Cổng điền sẵn bị sai. Bạn nên làm gì?"
        ),
        "options": [
            ("Cứ nộp, cán bộ sẽ tự sửa giúp", False),
            (
                "Dừng lại, mang thẻ căn cước đến Công an xã, phường để điều chỉnh dữ liệu dân cư rồi mới nộp",
                True,
            ),
            ("Nộp kèm bản photo sổ hộ khẩu cũ để chứng minh", False),
            ("Nhờ người quen đăng nhập tài khoản của mình để sửa hộ", False),
        ],
        "explanation": (
            "Thông tin điền sẵn lấy từ Cơ sở dữ liệu quốc gia về dân cư, nên phải điều chỉnh tận gốc tại "
            "Công an xã, phường. Nộp tiếp với dữ liệu sai thì kết quả thủ tục cũng có thể sai."
        ),
    },
    {
        "key": "dvc-11",
        "lesson": 4,
        "type": "single",
        "difficulty": "easy",
        "title": "Nơi trả phí, lệ phí hồ sơ",
        "stem": "Hồ sơ của bạn có lệ phí. Bạn trả tiền ở đâu cho đúng quy trình?",
        "options": [
            ("Chuyển khoản vào số tài khoản do người lạ nhắn qua Zalo", False),
            ("Đưa tiền mặt cho người quen nhận “nộp hộ”", False),
            ("Nạp thẻ điện thoại rồi gửi mã thẻ cho cán bộ", False),
            (
                "Mục “Yêu cầu thanh toán” trong “Quản lý hồ sơ” trên Cổng, qua Nền tảng thanh toán của Cổng",
                True,
            ),
        ],
        "explanation": (
            "Phí, lệ phí chỉ trả ở mục Yêu cầu thanh toán trong Quản lý hồ sơ, trên Cổng mà bạn tự đăng "
            "nhập. Tin nhắn đòi chuyển “phí hồ sơ” vào tài khoản cá nhân, nạp thẻ hay đưa tiền mặt nhờ "
            "nộp hộ đều là dấu hiệu lừa đảo."
        ),
    },
    {
        "key": "dvc-12",
        "lesson": 4,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự nộp lệ phí trên Cổng",
        "stem": "Sắp xếp các bước nộp lệ phí cho một hồ sơ trên Cổng theo đúng thứ tự.",
        "steps": [
            "Đăng nhập Cổng và mở mục “Quản lý hồ sơ”",
            "Chọn “Yêu cầu thanh toán”, đối chiếu mã hồ sơ và số tiền",
            "Chọn ngân hàng hoặc ví điện tử trên Nền tảng thanh toán",
            "Xác nhận trong ứng dụng ngân hàng hoặc ví của chính mình",
            "Tải biên lai điện tử ở mục “Đã thanh toán”",
        ],
        "explanation": (
            "Khoản phí nằm ở Quản lý hồ sơ → Yêu cầu thanh toán; Nền tảng thanh toán chuyển bạn sang ngân "
            "hàng hoặc ví để xác nhận. Biên lai tải ở mục Đã thanh toán, hãy lưu lại để đối chiếu khi cần."
        ),
    },
    {
        "key": "dvc-13",
        "lesson": 4,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Đã bị trừ tiền nhưng hồ sơ báo chưa thanh toán",
        "stem": (
            "Tài khoản đã bị trừ tiền nhưng hồ sơ vẫn báo chưa thanh toán. Bạn nên trả thêm một lần nữa "
            "ngay cho chắc."
        ),
        "correct": False,
        "explanation": (
            "Đừng trả lần hai ngay: chờ một lúc rồi tải lại trang. Nếu vẫn chưa cập nhật, giữ tin nhắn báo "
            "trừ tiền và liên hệ nơi giải quyết hồ sơ hoặc tổng đài chính thức của ngân hàng."
        ),
    },
    {
        "key": "dvc-14",
        "lesson": 5,
        "type": "matching",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ghép mã và mục trên Cổng với công dụng",
        "stem": "Ghép mỗi thứ bạn gặp khi làm thủ tục trên Cổng với công dụng đúng của nó.",
        "pairs": [
            ("Mã hồ sơ", "Dùng để tra cứu tiến độ hồ sơ"),
            ("Mã OTP", "Chỉ mình bạn tự nhập để xác nhận đăng nhập"),
            ("Mục “Yêu cầu thanh toán”", "Nơi trả phí, lệ phí của hồ sơ"),
            ("Mục “Đã thanh toán”", "Nơi tải biên lai điện tử"),
        ],
        "explanation": (
            "Mỗi thứ có một việc riêng: mã hồ sơ để tra cứu, OTP để chính bạn xác nhận, Yêu cầu thanh toán "
            "để trả phí và Đã thanh toán để lấy biên lai. Ai xin mã OTP của bạn là kẻ gian, còn mã hồ sơ "
            "thì đọc cho nơi giải quyết khi cần hỏi."
        ),
    },
    {
        "key": "dvc-15",
        "lesson": 5,
        "type": "single",
        "difficulty": "medium",
        "title": "Hồ sơ bị yêu cầu bổ sung",
        "stem": "Khi tra cứu, bạn thấy hồ sơ của mình có “yêu cầu bổ sung”. Bạn nên làm gì?",
        "options": [
            ("Bỏ qua, hồ sơ sẽ tự được duyệt", False),
            ("Đọc kỹ lý do rồi bổ sung đúng giấy tờ được yêu cầu ngay trên Cổng", True),
            ("Nộp lại một hồ sơ mới giống hệt", False),
            ("Gọi số lạ trong tin nhắn để nhờ người bổ sung hộ", False),
        ],
        "explanation": (
            "Yêu cầu bổ sung nghĩa là cơ quan giải quyết cần thêm giấy tờ; lý do ghi ngay trong hồ sơ trên "
            "Cổng. Bổ sung đúng thứ được yêu cầu, và đừng nhờ người lạ làm hộ vì không ai cần mật khẩu hay "
            "OTP của bạn."
        ),
    },
    {
        "key": "dvc-16",
        "lesson": 5,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Giá trị của kết quả điện tử có chữ ký số",
        "stem": (
            "Kết quả điện tử tải về từ Cổng, có chữ ký số của cơ quan giải quyết, có giá trị pháp lý như "
            "bản giấy."
        ),
        "correct": True,
        "explanation": (
            "Kết quả điện tử được cơ quan giải quyết ký số nên có giá trị pháp lý như bản giấy; khi cần bạn "
            "có thể in ra. Giữ nguyên tệp gốc đã tải về, vì nếu sửa hay cắt ghép thì chữ ký số không còn "
            "kiểm tra được."
        ),
    },
    {
        "key": "dvc-17",
        "lesson": 6,
        "type": "multiple",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Cán bộ hướng dẫn người dân nộp hồ sơ",
        "stem": (
            "Bạn là cán bộ ở Trung tâm phục vụ hành chính công xã, đang hướng dẫn một người dân nộp hồ sơ "
            "trực tuyến. Việc nào nên làm? (Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Để người dân tự cầm máy, tự nhập số định danh, mật khẩu và mã OTP", True),
            ("Ghi mật khẩu VNeID của người dân vào sổ để lần sau làm nhanh", False),
            ("Nhắc người dân chép lại mã hồ sơ", True),
            ("Để người dân đọc mã OTP cho cán bộ nhập hộ", False),
            ("Đăng xuất và xóa ảnh giấy tờ trên máy dùng chung trước khi người sau ngồi vào", True),
        ],
        "explanation": (
            "Mục tiêu là giúp người dân tự làm được: cán bộ chỉ hướng dẫn bằng lời, không giữ, không hỏi "
            "mật khẩu hay mã OTP của dân. Trên máy dùng chung, luôn đăng xuất và xóa giấy tờ đã lưu để bảo "
            "vệ dữ liệu của người dân."
        ),
    },
    {
        "key": "dvc-18",
        "lesson": 6,
        "type": "single",
        "difficulty": "hard",
        "title": "Người dân mang hồ sơ giấy cho dịch vụ thiết yếu",
        "stem": (
            "Tháng 11/2025, một người dân mang hồ sơ giấy của một thủ tục thuộc 25 dịch vụ công thiết yếu "
            "đến Trung tâm phục vụ hành chính công xã. Cán bộ nên làm gì?"
        ),
        "options": [
            ("Nhận hồ sơ giấy như trước đây", False),
            ("Từ chối và bảo người dân về nhà tự tìm hiểu", False),
            ("Hướng dẫn người dân tự nộp trực tuyến trên Cổng hoặc ứng dụng VNeID ngay tại Trung tâm", True),
            ("Nhận giấy rồi đăng nhập tài khoản của người dân để nộp hộ", False),
        ],
        "explanation": (
            "Từ 1/10/2025, Trung tâm không tiếp nhận hồ sơ giấy cho 25 dịch vụ công thiết yếu theo Chỉ thị "
            "24/CT-TTg. Cán bộ hướng dẫn người dân tự nộp trực tuyến tại chỗ, không đăng nhập tài khoản của "
            "dân để làm hộ."
        ),
    },
    {
        "key": "dvc-19",
        "lesson": 1,
        "type": "short_text",
        "difficulty": "medium",
        "ignore_diacritics": False,
        "title": "Gõ địa chỉ Cổng Dịch vụ công Quốc gia",
        "stem": "Gõ địa chỉ trang web chính thức của Cổng Dịch vụ công Quốc gia (không cần gõ https://).",
        "accepted": [
            "dichvucong.gov.vn",
            "dichvucong.gov.vn/",
            "www.dichvucong.gov.vn",
            "https://dichvucong.gov.vn",
            "https://dichvucong.gov.vn/",
        ],
        "explanation": (
            "Địa chỉ chính thức là dichvucong.gov.vn; đuôi .gov.vn chỉ dành cho cơ quan nhà nước Việt Nam. "
            "Hãy tự gõ địa chỉ này thay vì bấm đường link người khác gửi."
        ),
    },
]
