"""Questions for “Chữ ký số cho người dân và cán bộ xã”."""

from courses.demo.content.chu_ky_so import COURSE

COURSE_SLUG = COURSE["slug"]
TOPIC = COURSE["topic"]
POOL = "chu-ky-so"

QUESTIONS = [
    {
        "key": "cks-01",
        "lesson": 1,
        "type": "single",
        "difficulty": "easy",
        "title": "Ảnh chữ ký tay có phải chữ ký số",
        "stem": "Dán ảnh chụp chữ ký tay vào văn bản Word có phải là chữ ký số không?",
        "options": [
            ("Có", False),
            ("Có, nếu ảnh rõ nét", False),
            ("Không", True),
            ("Có, nếu kèm hình con dấu đỏ", False),
        ],
        "explanation": (
            "Ảnh chữ ký chỉ là một bức ảnh: ai có tệp cũng sao chép được, và nội dung vẫn sửa được mà không "
            "để lại dấu vết. Chữ ký số dùng khóa bí mật và chứng thư do tổ chức được cấp phép cấp, nên phần "
            "mềm kiểm tra được ai đã ký và tài liệu có bị sửa không."
        ),
    },
    {
        "key": "cks-02",
        "lesson": 4,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ba điều kiểm tra trong bảng chữ ký PDF",
        "stem": (
            "Bạn mở một tệp PDF đã ký số bằng phần mềm có chức năng kiểm tra chữ ký. Cần xem những gì? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Người ký có đúng người, đúng cơ quan phải ký không", True),
            ("Ảnh chữ ký trong khung có rõ nét không", False),
            ("Tài liệu có bị thay đổi sau khi ký không", True),
            ("Tệp có dung lượng lớn hay nhỏ", False),
            ("Chứng thư chữ ký số còn hiệu lực, không bị thu hồi", True),
        ],
        "explanation": (
            "Khung chữ ký hiện trên trang chưa chứng minh được gì, vì nó có thể chỉ là hình vẽ. Hãy mở bảng "
            "chữ ký và kiểm tra đủ ba điều: người ký, tài liệu còn nguyên vẹn và chứng thư còn hiệu lực."
        ),
    },
    {
        "key": "cks-03",
        "lesson": 1,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Giá trị pháp lý của văn bản ký số",
        "stem": (
            "Theo Luật Giao dịch điện tử 2023, khi pháp luật yêu cầu văn bản phải có chữ ký, văn bản điện tử "
            "được ký bằng chữ ký số hợp lệ đáp ứng yêu cầu đó."
        ),
        "correct": True,
        "explanation": (
            "Luật Giao dịch điện tử 2023 và Nghị định 23/2025/NĐ-CP là cơ sở pháp lý của chữ ký số. Vì mỗi "
            "lần ký số được coi như bạn tự tay ký, chỉ ký tài liệu mình đã đọc hết và đồng ý."
        ),
    },
    {
        "key": "cks-04",
        "lesson": 2,
        "type": "short_text",
        "difficulty": "medium",
        "ignore_diacritics": True,
        "title": "Cơ quan cấp chữ ký số chuyên dùng công vụ",
        "stem": (
            "Cơ quan nào cấp chữ ký số chuyên dùng công vụ cho cán bộ, công chức và cơ quan nhà nước? "
            "(Gõ tên cơ quan)"
        ),
        "accepted": ["Ban Cơ yếu Chính phủ", "Ban Cơ yếu"],
        "explanation": (
            "Chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ cấp để ký văn bản điện tử trong công việc "
            "nhà nước. Người dân dùng chữ ký số công cộng do các tổ chức cung cấp dịch vụ tin cậy được cấp "
            "phép cấp, như VNPT-CA, Viettel-CA."
        ),
    },
    {
        "key": "cks-05",
        "lesson": 2,
        "type": "matching",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ghép loại và hình thức chữ ký số",
        "stem": "Ghép mỗi loại hoặc hình thức chữ ký số với mô tả đúng của nó.",
        "pairs": [
            (
                "Chữ ký số công cộng",
                "Do tổ chức cung cấp dịch vụ tin cậy được cấp phép cấp; người dân, doanh nghiệp dùng",
            ),
            ("Chữ ký số chuyên dùng công vụ", "Cán bộ, cơ quan nhà nước dùng để ký văn bản công vụ"),
            ("Ký số từ xa", "Khóa bí mật nằm ở nhà cung cấp, bạn tự xác nhận từng lần ký trên điện thoại"),
            ("USB token", "Thiết bị nhỏ cắm vào máy tính, nhập mã PIN khi ký"),
        ],
        "explanation": (
            "Người dân dùng chữ ký số công cộng, còn cán bộ ký văn bản công vụ bằng chữ ký số chuyên dùng. "
            "Khóa bí mật có thể nằm trong USB token, SIM hoặc thiết bị HSM của nhà cung cấp (ký số từ xa); "
            "cách nào cũng có giá trị nếu chứng thư hợp lệ."
        ),
    },
    {
        "key": "cks-06",
        "lesson": 3,
        "type": "short_text",
        "difficulty": "hard",
        "ignore_diacritics": False,
        "title": "Tên viết tắt thiết bị giữ khóa khi ký số từ xa",
        "stem": (
            "Với ký số từ xa, khóa bí mật được giữ trong một thiết bị bảo mật chuyên dụng tại nhà cung cấp "
            "dịch vụ tin cậy. Thiết bị này gọi tắt bằng 3 chữ cái nào?"
        ),
        "accepted": ["HSM"],
        "explanation": (
            "HSM là thiết bị bảo mật chuyên dụng, giống như két sắt đặt ở nhà cung cấp dịch vụ tin cậy. Nhà "
            "cung cấp giữ két, nhưng chỉ người ký mới kích hoạt được khóa bên trong."
        ),
    },
    {
        "key": "cks-07",
        "lesson": 3,
        "type": "single",
        "difficulty": "medium",
        "title": "Ưu điểm của ký số từ xa",
        "stem": "Với người chủ yếu dùng điện thoại, ký số từ xa có ưu điểm gì?",
        "options": [
            ("Không cần xác thực gì khi ký", False),
            ("Người thân có thể ký hộ khi mình bận", False),
            ("Chứng thư không bao giờ hết hạn", False),
            ("Không cần USB token hay SIM riêng, tự xác nhận từng lần ký ngay trên điện thoại", True),
        ],
        "explanation": (
            "Ký số từ xa giữ khóa ở nhà cung cấp nên không cần USB token hay SIM; mỗi lần ký bạn tự xác nhận "
            "trên điện thoại hoặc máy tính. Chứng thư vẫn có thời hạn, và không ai được ký thay bạn."
        ),
    },
    {
        "key": "cks-08",
        "lesson": 2,
        "type": "single",
        "difficulty": "easy",
        "title": "Đăng ký chữ ký số cá nhân trong ứng dụng nào",
        "stem": (
            "Người dân có thể đăng ký chữ ký số cá nhân, tự chọn một trong các nhà cung cấp lớn, ngay trong "
            "ứng dụng chính thức nào?"
        ),
        "options": [
            ("Zalo", False),
            ("VNeID", True),
            ("Ứng dụng gửi qua link của người xưng nhân viên nhà cung cấp", False),
            ("Facebook", False),
        ],
        "explanation": (
            "Trong VNeID, người dân chọn một trong 8 nhà cung cấp lớn, phần lớn miễn phí năm đầu; hãy đọc kỹ "
            "giá gia hạn các năm sau. Không ai đăng ký hộ qua điện thoại hay qua link gửi đến."
        ),
    },
    {
        "key": "cks-09",
        "lesson": 3,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Nhà cung cấp ký số từ xa có ký thay được không",
        "stem": "Với ký số từ xa, nhà cung cấp dịch vụ có thể ký thay bạn vì họ đang giữ khóa bí mật.",
        "correct": False,
        "explanation": (
            "Khóa nằm ở nhà cung cấp, nhưng chỉ người dùng mới kích hoạt được khóa sau khi tự xác thực; nhà "
            "cung cấp không thể ký thay. Vì thế, đừng bao giờ xác nhận một yêu cầu ký mà bạn không tự tạo."
        ),
    },
    {
        "key": "cks-10",
        "lesson": 3,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự xác nhận một yêu cầu ký trên điện thoại",
        "stem": (
            "Bạn vừa bấm ký số một tờ khai trên Cổng Dịch vụ công. Sắp xếp các bước xác nhận trên điện thoại "
            "theo đúng thứ tự."
        ),
        "steps": [
            "Mở thông báo yêu cầu ký từ ứng dụng của nhà cung cấp",
            "Đọc nơi gửi yêu cầu, tên tài liệu và thời gian",
            "Bấm “Xem tài liệu” để chắc đúng nội dung mình muốn ký",
            "Bấm “Xác nhận ký” rồi nhập mã PIN hoặc dùng vân tay, khuôn mặt",
        ],
        "explanation": (
            "Chỉ xác nhận sau khi đã đọc yêu cầu và xem tài liệu, để chắc đây đúng là việc bạn vừa làm. "
            "Nếu yêu cầu lạ hoặc bạn không hề tạo, hãy bấm “Từ chối”."
        ),
    },
    {
        "key": "cks-11",
        "lesson": 4,
        "type": "matching",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Ý nghĩa dấu hiệu trong bảng chữ ký PDF",
        "stem": "Khi kiểm tra chữ ký trên tệp PDF, ghép mỗi dấu hiệu với ý nghĩa của nó.",
        "pairs": [
            ("Dấu tích xanh", "Chữ ký hợp lệ"),
            ("Dấu X đỏ", "Chữ ký không hợp lệ hoặc tài liệu đã bị sửa sau khi ký"),
            ("Dấu chấm hỏi hoặc tam giác vàng", "Phần mềm chưa xác định được, cần hỏi lại nơi gửi tệp"),
        ],
        "explanation": (
            "Dấu X đỏ thì không dùng tệp, xin lại bản gốc từ nơi cấp; dấu vàng thường do máy chưa được cài "
            "đặt để tin cậy tổ chức cấp chứng thư, nên đừng vội kết luận là giả. Chỉ dấu tích xanh mới cho "
            "biết chữ ký hợp lệ."
        ),
    },
    {
        "key": "cks-12",
        "lesson": 4,
        "type": "true_false",
        "difficulty": "medium",
        "title": "In rồi scan lại tệp đã ký số",
        "stem": (
            "Nhận kết quả đã ký số, bạn in ra rồi scan lại để gửi cho nơi khác thì chữ ký số vẫn kiểm tra "
            "được."
        ),
        "correct": False,
        "explanation": (
            "Chữ ký số gắn với chính tệp điện tử; in rồi scan, chụp màn hình hay sửa rồi lưu đè đều làm mất "
            "khả năng kiểm tra. Khi cần gửi đi nơi khác, hãy gửi nguyên tệp PDF gốc đã ký."
        ),
    },
    {
        "key": "cks-13",
        "lesson": 5,
        "type": "ordering",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Quy trình ký số và phát hành văn bản ở xã",
        "stem": "Ở UBND xã, sắp xếp quy trình ký số và phát hành một văn bản điện tử theo đúng thứ tự.",
        "steps": [
            "Công chức chuyên môn soạn dự thảo và trình lãnh đạo trên hệ thống",
            "Lãnh đạo đọc toàn văn và phụ lục",
            "Lãnh đạo kiểm tra chứng thư đúng tên, chức vụ, còn hiệu lực rồi ký số",
            "Văn thư cấp số, ký số bằng chứng thư của cơ quan và phát hành",
        ],
        "explanation": (
            "Lãnh đạo đọc trước, kiểm tra chứng thư của chính mình rồi mới ký; văn thư ký số của cơ quan, "
            "thay cho đóng dấu, rồi phát hành. Tên nút mỗi tỉnh một khác, nhưng thứ tự đọc, kiểm tra, ký, "
            "phát hành không đổi."
        ),
    },
    {
        "key": "cks-14",
        "lesson": 5,
        "type": "single",
        "difficulty": "hard",
        "title": "Giao USB token cho văn thư ký hộ",
        "stem": (
            "Chủ tịch UBND xã đi công tác, nhờ văn thư cầm USB token và mã PIN của mình để “ký hộ” một văn "
            "bản gấp. Cách làm này thế nào?"
        ),
        "options": [
            ("Được, vì văn bản đang gấp", False),
            (
                "Sai quy định: mỗi người chỉ ký bằng chứng thư của chính mình; người được giao, ủy quyền "
                "đúng quy định ký bằng chứng thư mang tên họ",
                True,
            ),
            ("Được, nếu văn thư ký trong giờ hành chính", False),
            ("Được, nếu sau đó Chủ tịch ký tay lên bản in", False),
        ],
        "explanation": (
            "Người có tên trong chứng thư chịu trách nhiệm về mọi văn bản ký bằng chứng thư đó, nên không "
            "giao token và mã PIN cho ai. Khi người đứng đầu vắng, người được giao hoặc ủy quyền đúng quy "
            "định ký bằng chứng thư của chính mình."
        ),
    },
    {
        "key": "cks-15",
        "lesson": 6,
        "type": "single",
        "difficulty": "easy",
        "title": "Email báo chữ ký số sắp hết hạn",
        "stem": (
            "Bạn nhận email: “Chữ ký số của bạn sắp hết hạn, bấm link để gia hạn ngay”. Việc đầu tiên nên "
            "làm là gì?"
        ),
        "options": [
            ("Bấm link và nhập mã PIN", False),
            ("Chuyển tiền gia hạn vào số tài khoản ghi trong email", False),
            ("Không bấm link; tự kiểm tra hạn trên ứng dụng hoặc tổng đài chính thức của nhà cung cấp", True),
            ("Chuyển tiếp email cho đồng nghiệp nhờ gia hạn hộ", False),
        ],
        "explanation": (
            "Thông báo “chữ ký số sắp hết hạn” là chiêu lừa đã được cảnh báo, nhằm lấy mã PIN, OTP hoặc tiền "
            "“phí gia hạn”. Hạn thật chỉ kiểm tra qua ứng dụng hay tổng đài chính thức của nhà cung cấp."
        ),
    },
    {
        "key": "cks-16",
        "lesson": 6,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Dấu hiệu thư gia hạn chữ ký số giả mạo",
        "stem": (
            "Những dấu hiệu nào cho thấy một thư báo “chữ ký số sắp hết hạn” là giả mạo? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Gửi từ hộp thư miễn phí như @gmail.com hoặc một tên miền lạ", True),
            ("Đòi nhập mã PIN hoặc mã OTP", True),
            ("Bạn tự mở ứng dụng chính thức của nhà cung cấp và thấy đúng ngày hết hạn đó", False),
            ("Giục gấp: “hết hạn trong 24 giờ”, “tài khoản sẽ bị khóa”", True),
            ("Bảo chuyển phí gia hạn vào tài khoản của một cá nhân", True),
        ],
        "explanation": (
            "Địa chỉ gửi lạ, đòi mã, giục gấp và đòi chuyển tiền cho cá nhân là các dấu hiệu lừa đảo. Chỉ "
            "gia hạn qua kênh chính thức: tiền trả cho công ty cung cấp, có hóa đơn."
        ),
    },
    {
        "key": "cks-17",
        "lesson": 6,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Nhân viên nhà cung cấp hỏi mã PIN",
        "stem": "Nhân viên nhà cung cấp chữ ký số có thể cần mã PIN của bạn để gia hạn giúp.",
        "correct": False,
        "explanation": (
            "Không ai chính danh cần mã PIN của bạn, kể cả nhân viên nhà cung cấp. Ai xin PIN hoặc nhờ bạn "
            "cài phần mềm điều khiển máy “để gia hạn giúp” là kẻ gian: hãy từ chối và cúp máy."
        ),
    },
    {
        "key": "cks-18",
        "lesson": 5,
        "type": "multiple",
        "difficulty": "hard",
        "partial_credit": False,
        "title": "Cán bộ bảo quản USB token công vụ",
        "stem": (
            "Bạn là cán bộ xã được cấp chữ ký số chuyên dùng công vụ trên USB token. Những việc nào là đúng? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Đổi mã PIN mặc định ngay khi nhận thiết bị", True),
            ("Dán mã PIN lên thân USB token cho khỏi quên", False),
            ("Rút USB token khỏi máy khi ký xong", True),
            ("Dùng chứng thư công vụ để ký hợp đồng mua bán riêng của gia đình", False),
            (
                "Mất thiết bị hoặc nghi lộ PIN thì báo ngay lãnh đạo và đầu mối quản lý chữ ký số để tạm "
                "dừng hoặc thu hồi chứng thư",
                True,
            ),
        ],
        "explanation": (
            "Giữ token và mã PIN như giữ con dấu: đổi PIN mặc định, không ghi PIN lên thiết bị, rút token "
            "khi ký xong, mất thì báo ngay. Chữ ký số công vụ chỉ dùng cho công việc nhà nước; việc riêng "
            "dùng chữ ký số công cộng cá nhân."
        ),
    },
]
