"""Questions for “An toàn thông tin và phòng chống lừa đảo trực tuyến”."""

from courses.demo.content.an_toan import COURSE

COURSE_SLUG = COURSE["slug"]
TOPIC = COURSE["topic"]
POOL = "an-toan"

QUESTIONS = [
    {
        "key": "at-01",
        "lesson": 1,
        "type": "single",
        "difficulty": "easy",
        "title": "Mật khẩu an toàn nhất",
        "stem": "Mật khẩu nào dưới đây an toàn nhất?",
        "options": [
            ("123456", False),
            ("Ngày sinh 01011980", False),
            ("Tên con kèm năm sinh", False),
            (
                "Một cụm từ dài chỉ mình bạn biết, như “Luasachvang-Dongthap-2026!”, không dùng lại nơi khác",
                True,
            ),
        ],
        "explanation": (
            "Mật khẩu mạnh là một cụm từ dài ít nhất 12 ký tự, khó đoán và mỗi tài khoản quan trọng một cái. "
            "Ngày sinh, số điện thoại, tên người thân là những thứ kẻ gian tra được và thử đầu tiên."
        ),
    },
    {
        "key": "at-02",
        "lesson": 1,
        "type": "short_text",
        "difficulty": "easy",
        "ignore_diacritics": True,
        "title": "Độ dài tối thiểu của mật khẩu mạnh",
        "stem": "Một mật khẩu mạnh nên dài ít nhất bao nhiêu ký tự? (Gõ bằng chữ số)",
        "accepted": ["12", "12 ký tự"],
        "explanation": (
            "Nên dùng cụm mật khẩu dài ít nhất 12 ký tự: độ dài quan trọng hơn sự rắc rối. Ghép vài từ chỉ "
            "mình bạn nhớ, thêm chữ số và ký hiệu, và không dùng lại cho tài khoản khác."
        ),
    },
    {
        "key": "at-03",
        "lesson": 1,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thói quen bảo vệ tài khoản",
        "stem": "Những thói quen nào giúp bảo vệ tài khoản của bạn? (Chọn tất cả phương án đúng)",
        "options": [
            ("Bật xác thực hai lớp cho email, Zalo, Facebook", True),
            ("Dán giấy ghi mật khẩu sau ốp lưng điện thoại", False),
            ("Mỗi tài khoản quan trọng dùng một mật khẩu riêng", True),
            ("Dùng chung một mật khẩu cho email, ngân hàng và Zalo cho dễ nhớ", False),
            ("Thỉnh thoảng xem danh sách thiết bị đã đăng nhập và đăng xuất máy lạ", True),
        ],
        "explanation": (
            "Khi một trang bị lộ dữ liệu, kẻ gian đem mật khẩu đó thử ở mọi tài khoản khác của bạn, nên mỗi "
            "nơi cần một mật khẩu riêng. Xác thực hai lớp chặn được kẻ gian ngay cả khi chúng đã biết mật "
            "khẩu."
        ),
    },
    {
        "key": "at-04",
        "lesson": 1,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự bật xác thực hai lớp",
        "stem": "Sắp xếp các bước bật xác thực hai lớp cho một tài khoản theo đúng thứ tự.",
        "steps": [
            "Mở Cài đặt của ứng dụng, vào mục Bảo mật",
            "Chọn “Xác thực hai lớp” rồi bấm “Bật”",
            "Chọn cách nhận mã: tin nhắn hoặc ứng dụng tạo mã",
            "Nhập mã vừa nhận để xác nhận",
            "Chép mã dự phòng vào sổ và cất kỹ",
        ],
        "explanation": (
            "Mã nhận khi bật xác thực hai lớp là mã cho chính việc bạn đang làm, chỉ nhập vào màn hình bạn "
            "tự mở. Mã dự phòng giúp bạn vào lại tài khoản khi mất điện thoại, nên cất kỹ như chìa khóa."
        ),
    },
    {
        "key": "at-05",
        "lesson": 2,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Không ai chính danh hỏi mã OTP",
        "stem": (
            "Mã OTP dùng để xác nhận một việc do chính bạn đang làm, nên không ai chính danh hỏi mã OTP "
            "của bạn."
        ),
        "correct": True,
        "explanation": (
            "Ngân hàng, công an, nhà mạng, cán bộ xã hay Tổ công nghệ số cộng đồng đều không bao giờ hỏi mã "
            "OTP. Ai hỏi mã, dù giọng quen hay xưng là ai, đều là lừa đảo: hãy cúp máy."
        ),
    },
    {
        "key": "at-06",
        "lesson": 2,
        "type": "single",
        "difficulty": "medium",
        "title": "Bạn bè nhờ đọc lại mã gửi nhầm",
        "stem": (
            "Một người bạn nhắn Zalo: “Em gửi nhầm mã về máy chị, chị đọc lại giúp em.” Đúng lúc đó bạn "
            "nhận được một tin nhắn có mã. Bạn nên làm gì?"
        ),
        "options": [
            ("Đọc mã giúp vì là bạn bè", False),
            ("Chụp màn hình tin nhắn có mã gửi lại cho bạn", False),
            ("Không đưa mã; gọi cho bạn qua số quen thuộc để hỏi, vì Zalo của bạn có thể đã bị chiếm", True),
            ("Nhập mã vào đường link bạn gửi", False),
        ],
        "explanation": (
            "Mã đó thường để kẻ gian đăng nhập Zalo, Facebook của chính bạn trên máy của chúng. Tài khoản "
            "của người quen có thể đã bị chiếm, nên hãy gọi lại số quen thuộc để hỏi."
        ),
    },
    {
        "key": "at-07",
        "lesson": 3,
        "type": "single",
        "difficulty": "easy",
        "title": "Công an làm việc qua điện thoại, Zalo",
        "stem": (
            "Cơ quan công an, viện kiểm sát, tòa án có làm việc, lấy lời khai hoặc gửi lệnh bắt qua điện "
            "thoại, Zalo không?"
        ),
        "options": [
            ("Có", False),
            ("Không", True),
            ("Chỉ vào cuối tuần", False),
            ("Có, nếu gọi từ đầu số +84", False),
        ],
        "explanation": (
            "Công an, viện kiểm sát, tòa án không lấy lời khai qua điện thoại, không gửi lệnh qua Zalo và "
            "không có “tài khoản tạm giữ”. Cuộc gọi báo bạn “liên quan vụ án” rồi bắt chuyển tiền là lừa đảo."
        ),
    },
    {
        "key": "at-08",
        "lesson": 3,
        "type": "single",
        "difficulty": "easy",
        "title": "Tin nhắn điểm thưởng sắp hết hạn",
        "stem": "Tin nhắn mang tên ngân hàng báo “điểm thưởng sắp hết hạn, bấm link đổi quà” thường là gì?",
        "options": [
            ("Chương trình khuyến mại thật", False),
            ("Thông báo của Nhà nước", False),
            ("Thủ đoạn giả mạo để lấy tên đăng nhập, mật khẩu và mã OTP", True),
            ("Tin nhắn lỗi của nhà mạng", False),
        ],
        "explanation": (
            "Ngân hàng không bao giờ gửi link đăng nhập hay hỏi mã OTP; trang giả dùng tên miền na ná như "
            "vietcomm.top. Muốn xem điểm thưởng, hãy tự mở ứng dụng ngân hàng."
        ),
    },
    {
        "key": "at-09",
        "lesson": 3,
        "type": "single",
        "difficulty": "medium",
        "title": "Cuộc gọi video người thân nhờ chuyển tiền",
        "stem": (
            "Người thân gọi video nhờ chuyển tiền gấp, nhưng hình ảnh giật, nói vài câu rồi tắt. Bạn nên "
            "làm gì?"
        ),
        "options": [
            ("Chuyển ngay vì đã thấy mặt người thân", False),
            ("Gọi lại vào số quen thuộc hoặc hỏi một câu chỉ người nhà mới biết để xác minh", True),
            ("Gửi mã OTP để người thân tự chuyển", False),
            ("Gửi số tài khoản và mật khẩu của mình cho họ", False),
        ],
        "explanation": (
            "Kẻ gian dùng Deepfake, Deepvoice để giả hình ảnh và giọng nói người thân. Thấy mặt chưa đủ: hãy "
            "xác minh qua số quen thuộc trước khi chuyển bất kỳ khoản nào."
        ),
    },
    {
        "key": "at-10",
        "lesson": 3,
        "type": "matching",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ghép chiêu lừa với cách xử lý",
        "stem": "Ghép mỗi chiêu lừa với cách xử lý đúng.",
        "pairs": [
            (
                "Shipper báo có hàng, đòi chuyển một khoản phí nhỏ qua link",
                "Không bấm link, không chuyển phí; tự hỏi lại nơi bán hàng",
            ),
            (
                "Tin nhắn “SIM sắp bị khóa do chưa chuẩn hóa”",
                "Đến cửa hàng chính thức của nhà mạng để kiểm tra",
            ),
            ("“Việc nhẹ lương cao”, phải nạp tiền mới rút được hoa hồng", "Dừng ngay, không nạp thêm tiền"),
            (
                "Người xưng công an đòi chuyển tiền vào “tài khoản tạm giữ”",
                "Cúp máy: công an không làm việc qua điện thoại",
            ),
        ],
        "explanation": (
            "Chiêu nào cũng đòi bạn làm một việc nguy hiểm: bấm link, đọc mã, nạp hay chuyển tiền. Cách an "
            "toàn là dừng lại và tự kiểm tra qua kênh chính thức."
        ),
    },
    {
        "key": "at-11",
        "lesson": 3,
        "type": "multiple",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Dấu hiệu chung của lừa đảo",
        "stem": (
            "Những dấu hiệu chung nào thường gặp ở các cuộc gọi, tin nhắn lừa đảo? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Hối thúc, đe dọa: “làm ngay hôm nay, không thì bị khóa”", True),
            ("Mời bạn đến trụ sở Công an xã, phường để làm việc trực tiếp", False),
            ("Hứa lợi lớn: quà, tiền thưởng, hoàn tiền", True),
            ("Dặn “không được nói với ai, kể cả người nhà”", True),
            ("Nhắc bạn tự mở ứng dụng ngân hàng để kiểm tra", False),
            ("Đòi chuyển tiền, đọc OTP, bấm link hoặc cài ứng dụng", True),
        ],
        "explanation": (
            "Hối thúc, hứa lợi lớn, bắt giữ bí mật và đòi làm việc nguy hiểm là bốn dấu hiệu gần như luôn có "
            "mặt. Cơ quan chính danh mời bạn đến trụ sở hoặc khuyên bạn tự kiểm tra qua kênh chính thức."
        ),
    },
    {
        "key": "at-12",
        "lesson": 4,
        "type": "single",
        "difficulty": "medium",
        "title": "Tệp .apk “VNeID cập nhật” gửi qua Zalo",
        "stem": (
            "Một người xưng là cán bộ công an gửi tệp “VNeID_CapNhat.apk” qua Zalo và hướng dẫn bật “cho "
            "phép cài từ nguồn này”. Bạn nên làm gì?"
        ),
        "options": [
            ("Bật cho phép và cài để cập nhật VNeID", False),
            ("Gửi tệp cho người thân cài thử trước", False),
            ("Cài xong rồi gỡ ngay", False),
            ("Bấm Hủy, xóa tệp và chặn người gửi; chỉ cài ứng dụng từ CH Play hoặc App Store", True),
        ],
        "explanation": (
            "Cơ quan nhà nước và ngân hàng không gửi ứng dụng qua tin nhắn; tệp .apk lạ thường là ứng dụng "
            "giả đọc trộm OTP và điều khiển máy. Không bao giờ bật cài đặt từ nguồn không xác định theo lời "
            "người lạ."
        ),
    },
    {
        "key": "at-13",
        "lesson": 4,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thói quen giữ điện thoại an toàn",
        "stem": "Những thói quen nào giúp điện thoại của bạn an toàn? (Chọn tất cả phương án đúng)",
        "options": [
            ("Khóa màn hình bằng mã PIN, vân tay hoặc khuôn mặt", True),
            ("Bật “cài ứng dụng không xác định” để cài cho nhanh", False),
            ("Cập nhật hệ điều hành trong phần Cài đặt", True),
            ("Cho người lạ mượn máy để “cài giúp” ứng dụng", False),
            ("Chỉ cài ứng dụng từ CH Play hoặc App Store", True),
        ],
        "explanation": (
            "Khóa màn hình, cập nhật phần mềm và chỉ cài ứng dụng từ kho chính thức chặn được phần lớn ứng "
            "dụng độc hại. Không bật “nguồn không xác định” và không đưa máy cho người lạ."
        ),
    },
    {
        "key": "at-14",
        "lesson": 4,
        "type": "true_false",
        "difficulty": "hard",
        "title": "Cấp quyền Hỗ trợ tiếp cận cho ứng dụng lạ",
        "stem": (
            "Một ứng dụng lạ đòi quyền “Hỗ trợ tiếp cận” và quyền đọc tin nhắn. Bạn vẫn nên cho phép để ứng "
            "dụng chạy được."
        ),
        "correct": False,
        "explanation": (
            "Có các quyền này, kẻ gian điều khiển được điện thoại và đọc được mã OTP, như các ứng dụng "
            "VNeID, Dịch vụ công giả vẫn làm. Ứng dụng lạ đòi quyền như vậy thì từ chối và gỡ ngay."
        ),
    },
    {
        "key": "at-15",
        "lesson": 5,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thông tin không nên đăng lên mạng",
        "stem": "Những thông tin nào bạn nên tránh đăng lên mạng xã hội? (Chọn tất cả phương án đúng)",
        "options": [
            ("Ảnh thẻ căn cước", True),
            ("Ảnh cánh đồng lúa quê mình", False),
            ("Ảnh vé máy bay, thẻ lên máy bay", True),
            ("Tên trường, lớp và giờ đón con", True),
            ("Lời chúc mừng năm mới", False),
            ("Ảnh màn hình chuyển khoản có đủ số tài khoản, số dư", True),
        ],
        "explanation": (
            "Kẻ gian gom từng mẩu thông tin để gọi đúng tên, đúng địa chỉ, đúng trường của con và lấy lòng "
            "tin. Mã trên vé máy bay còn đủ để người khác đổi hoặc hủy chuyến của bạn."
        ),
    },
    {
        "key": "at-16",
        "lesson": 5,
        "type": "true_false",
        "difficulty": "hard",
        "title": "Quyền của chủ thể dữ liệu",
        "stem": (
            "Theo Luật Bảo vệ dữ liệu cá nhân 2025, bạn là chủ thể dữ liệu và có quyền yêu cầu xem, chỉnh "
            "sửa hoặc xóa dữ liệu cá nhân của mình."
        ),
        "correct": True,
        "explanation": (
            "Chủ thể dữ liệu có quyền được biết, đồng ý hoặc rút lại sự đồng ý, xem, chỉnh sửa, yêu cầu xóa "
            "dữ liệu và khiếu nại khi bị xâm phạm. Một cửa hàng cứ gọi quảng cáo hoặc giữ dữ liệu sai của "
            "bạn thì bạn có thể yêu cầu họ sửa, xóa hoặc ngừng dùng."
        ),
    },
    {
        "key": "at-17",
        "lesson": 6,
        "type": "ordering",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Thứ tự xử lý khi lỡ cài ứng dụng lạ",
        "stem": (
            "Bạn vừa lỡ cài một ứng dụng lạ theo lời người xưng là công an. Sắp xếp các việc cần làm theo "
            "đúng thứ tự."
        ),
        "steps": [
            "Bật chế độ máy bay hoặc tắt mạng trên điện thoại đó",
            "Dùng một điện thoại khác gọi tổng đài ngân hàng để khóa tài khoản",
            "Mang máy đến Công an xã hoặc cửa hàng sửa chữa uy tín để gỡ ứng dụng lạ",
            "Đổi mật khẩu ngân hàng, VNeID và các tài khoản khác",
        ],
        "explanation": (
            "Cắt mạng trước để kẻ gian không điều khiển máy được nữa, rồi dùng máy khác báo ngân hàng. Chỉ "
            "đổi mật khẩu khi ứng dụng lạ đã được gỡ, nếu không kẻ gian vẫn đọc được mật khẩu mới."
        ),
    },
    {
        "key": "at-18",
        "lesson": 6,
        "type": "single",
        "difficulty": "medium",
        "title": "Cán bộ xã giúp người dân vừa bị lừa",
        "stem": (
            "Bạn là cán bộ xã. Một người dân đến báo vừa bị lừa chuyển tiền. Việc đầu tiên nên giúp họ làm "
            "là gì?"
        ),
        "options": [
            ("Ghi lại mật khẩu ngân hàng của họ để kiểm tra giúp", False),
            ("Gọi ngay tổng đài ngân hàng để khóa tài khoản và tra soát giao dịch", True),
            ("Khuyên họ chờ kẻ gian liên lạc lại", False),
            ("Đăng thông tin của họ lên nhóm Zalo của thôn", False),
        ],
        "explanation": (
            "Báo ngân hàng càng sớm càng có cơ hội chặn tiền; sau đó cùng ghi lại diễn biến và đưa người dân "
            "đến Công an xã trình báo. Cán bộ không hỏi, không giữ mật khẩu hay mã OTP của người dân."
        ),
    },
    {
        "key": "at-19",
        "lesson": 3,
        "type": "short_text",
        "difficulty": "medium",
        "ignore_diacritics": True,
        "title": "Số hình thức lừa đảo trực tuyến Bộ Công an tổng hợp",
        "stem": "Bộ Công an đã tổng hợp bao nhiêu hình thức lừa đảo trực tuyến phổ biến? (Gõ bằng chữ số)",
        "accepted": ["24", "24 hình thức"],
        "explanation": (
            "Bộ Công an tổng hợp 24 hình thức, chia ba nhóm: giả mạo thương hiệu, chiếm đoạt tài khoản và "
            "kết hợp nhiều chiêu. Chiêu trò đổi liên tục, nhưng dấu hiệu chung thì gần như không đổi."
        ),
    },
    {
        "key": "at-20",
        "lesson": 3,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Cuộc gọi từ đầu số lạ",
        "stem": (
            "Cuộc gọi từ đầu số lạ như +840, +882 hay +94, khi bạn không có người quen ở nước ngoài, thì nên "
            "cảnh giác: không nghe máy, không gọi lại."
        ),
        "correct": True,
        "explanation": (
            "Kẻ lừa đảo hay dùng các đầu số trông như nước ngoài. Số Việt Nam thật khi hiện mã quốc gia là "
            "+84 rồi đến các chữ số, không có số 0 ngay sau +84."
        ),
    },
]
