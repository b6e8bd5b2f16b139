"""Questions for “Định danh điện tử VNeID mức 2”."""

from courses.demo.content.vneid import COURSE

COURSE_SLUG = COURSE["slug"]
TOPIC = COURSE["topic"]
POOL = "vneid"

QUESTIONS = [
    {
        "key": "vne-01",
        "lesson": 1,
        "type": "single",
        "difficulty": "easy",
        "title": "Khác biệt giữa tài khoản mức 1 và mức 2",
        "stem": "Tài khoản định danh điện tử mức 2 khác mức 1 ở điểm nào?",
        "options": [
            ("Chỉ dành cho người nước ngoài", False),
            (
                "Được xác thực thêm bằng ảnh chân dung hoặc vân tay, dùng được tất cả chức năng, "
                "kể cả căn cước điện tử",
                True,
            ),
            ("Không cần số điện thoại", False),
            ("Chỉ dùng để đọc tin tức", False),
        ],
        "explanation": (
            "Theo Nghị định 69/2024/NĐ-CP, mức 2 được xác thực bằng ảnh chân dung hoặc vân tay đối chiếu với "
            "cơ sở dữ liệu quốc gia, nên dùng được mọi chức năng, kể cả căn cước điện tử. Mức 1 chỉ xem được "
            "một số thông tin và dùng một số chức năng."
        ),
    },
    {
        "key": "vne-02",
        "lesson": 1,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Giá trị của căn cước điện tử",
        "stem": (
            "Xuất trình căn cước điện tử trên VNeID (tài khoản mức 2) có giá trị như xuất trình thẻ căn "
            "cước khi làm thủ tục."
        ),
        "correct": True,
        "explanation": (
            "Nghị định 69/2024/NĐ-CP quy định dùng tài khoản định danh điện tử mức 2 có giá trị như xuất "
            "trình thẻ căn cước. Vì vậy hãy giữ tài khoản VNeID cẩn thận như giữ chính thẻ căn cước."
        ),
    },
    {
        "key": "vne-03",
        "lesson": 1,
        "type": "short_text",
        "difficulty": "easy",
        "ignore_diacritics": False,
        "title": "Số chữ số của số định danh cá nhân",
        "stem": (
            "Tên đăng nhập VNeID là số định danh cá nhân in trên thẻ căn cước. Số này gồm bao nhiêu chữ số? "
            "(Gõ bằng chữ số)"
        ),
        "accepted": ["12"],
        "explanation": (
            "Số định danh cá nhân gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân. Đây cũng là "
            "tài khoản để đăng nhập Cổng Dịch vụ công Quốc gia bằng VNeID."
        ),
    },
    {
        "key": "vne-04",
        "lesson": 2,
        "type": "single",
        "difficulty": "easy",
        "title": "Nơi cài ứng dụng VNeID",
        "stem": "Bạn chỉ nên cài ứng dụng VNeID từ đâu?",
        "options": [
            ("Đường link gửi qua tin nhắn SMS", False),
            ("Tệp .apk người quen gửi qua Zalo", False),
            ("App Store (iPhone) hoặc CH Play (Android)", True),
            ("Trang web quảng cáo “VNeID bản mới”", False),
        ],
        "explanation": (
            "Bộ Công an khuyến cáo chỉ cài VNeID từ App Store hoặc CH Play và không bao giờ bật cài đặt từ "
            "nguồn không xác định. Ứng dụng giả gửi qua link hay tệp .apk có thể đọc trộm mã OTP và rút "
            "tiền trong tài khoản ngân hàng."
        ),
    },
    {
        "key": "vne-05",
        "lesson": 2,
        "type": "true_false",
        "difficulty": "easy",
        "title": "Đăng ký mức 2 thay cho người khác",
        "stem": "Con cháu có thể đến công an đăng ký định danh điện tử mức 2 thay cho ông bà.",
        "correct": False,
        "explanation": (
            "Đăng ký mức 2 phải chụp ảnh chân dung và lấy vân tay của chính người đăng ký, nên không ai làm "
            "thay được. Ông bà cần tự đến Công an xã, phường; con cháu chỉ có thể đi cùng để hỗ trợ."
        ),
    },
    {
        "key": "vne-06",
        "lesson": 2,
        "type": "ordering",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Thứ tự kích hoạt tài khoản VNeID",
        "stem": (
            "Bạn đã đăng ký mức 2 tại Công an xã và nhận tin nhắn báo vào ứng dụng để kích hoạt. Sắp xếp "
            "các bước kích hoạt tài khoản theo đúng thứ tự."
        ),
        "steps": [
            "Mở VNeID, chọn kích hoạt tài khoản định danh điện tử",
            "Nhập số định danh cá nhân và số điện thoại đã đăng ký",
            "Tự nhập mã OTP gửi về điện thoại",
            "Đặt mật khẩu",
            "Đặt passcode",
        ],
        "explanation": (
            "Ứng dụng cần biết bạn là ai (số định danh, số điện thoại) rồi mới gửi mã OTP để xác nhận; sau "
            "đó bạn đặt mật khẩu và passcode. Mã OTP, mật khẩu và passcode đều do chính bạn nhập, không đọc "
            "cho ai nghe."
        ),
    },
    {
        "key": "vne-07",
        "lesson": 2,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Chuẩn bị khi đi đăng ký mức 2",
        "stem": (
            "Khi đến Công an xã, phường đăng ký định danh điện tử mức 2, điều nào là đúng? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Nộp phí “làm nhanh” cho người môi giới ở cổng", False),
            ("Chính người đăng ký có mặt để chụp ảnh chân dung, lấy vân tay", True),
            ("Mang theo thẻ căn cước hoặc căn cước công dân gắn chip", True),
            ("Đưa mật khẩu ngân hàng cho cán bộ để đối chiếu", False),
            ("Mang điện thoại dùng số thuê bao đứng tên chính mình", True),
        ],
        "explanation": (
            "Mức 2 đối chiếu ảnh và vân tay thật, nên người đăng ký phải có mặt, mang thẻ căn cước và điện "
            "thoại dùng số của chính mình để nhận tin nhắn kích hoạt, mã OTP. Không ai chính danh đòi phí "
            "“làm nhanh” hay hỏi mật khẩu ngân hàng."
        ),
    },
    {
        "key": "vne-08",
        "lesson": 1,
        "type": "single",
        "difficulty": "easy",
        "title": "Đăng nhập Bình dân học vụ số",
        "stem": (
            "Nền tảng Bình dân học vụ số (binhdanhocvuso.gov.vn) cho người học đăng nhập bằng tài khoản nào?"
        ),
        "options": [
            ("Tài khoản Facebook", False),
            ("Tài khoản ngân hàng", False),
            ("Không cần đăng nhập, ai cũng học thay được", False),
            ("Tài khoản định danh điện tử VNeID", True),
        ],
        "explanation": (
            "Bình dân học vụ số do Bộ Công an cùng Đại học Bách khoa Hà Nội xây dựng, người học đăng nhập "
            "bằng tài khoản VNeID. Một tài khoản VNeID mở được nhiều dịch vụ chính thức, nên càng phải giữ "
            "kín mật khẩu."
        ),
    },
    {
        "key": "vne-09",
        "lesson": 3,
        "type": "matching",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Ghép việc hằng ngày với cách làm trên VNeID",
        "stem": "Ghép mỗi việc với cách làm đúng trên ứng dụng VNeID.",
        "pairs": [
            ("Đi khám bệnh, cần thẻ bảo hiểm y tế", "Mở Ví giấy tờ và cho cán bộ xem thẻ trên màn hình"),
            ("Muốn thêm giấy phép lái xe vào ví", "Dùng chức năng “Tích hợp thông tin”"),
            ("Cần chữ ký số cho việc riêng", "Đăng ký chữ ký số cá nhân trong VNeID, tự chọn nhà cung cấp"),
            ("Đăng nhập Cổng Dịch vụ công", "Nhập số định danh, mật khẩu VNeID và mã OTP"),
        ],
        "explanation": (
            "Với tài khoản mức 2, VNeID là chiếc ví giấy tờ: xuất trình giấy tờ đã tích hợp, thêm giấy tờ "
            "mới, đăng ký chữ ký số cá nhân và đăng nhập Cổng Dịch vụ công. Tên mục có thể đổi theo phiên "
            "bản, nhưng mọi việc đều làm trong ứng dụng chính thức."
        ),
    },
    {
        "key": "vne-10",
        "lesson": 3,
        "type": "true_false",
        "difficulty": "medium",
        "title": "Đưa passcode khi xuất trình giấy tờ",
        "stem": "Khi cán bộ cần xem căn cước điện tử, bạn nên đưa passcode để họ tự mở ứng dụng.",
        "correct": False,
        "explanation": (
            "Xuất trình là cho cán bộ xem màn hình: bạn tự mở giấy tờ, tự nhập passcode và vẫn cầm máy. "
            "Không ai cần biết passcode, mật khẩu hay mã OTP của bạn."
        ),
    },
    {
        "key": "vne-11",
        "lesson": 4,
        "type": "single",
        "difficulty": "medium",
        "title": "Mất điện thoại có cài VNeID",
        "stem": (
            "Bạn bị mất điện thoại có cài VNeID. Việc nên làm ngay với tài khoản định danh điện tử là gì?"
        ),
        "options": [
            ("Chờ vài hôm xem có ai trả lại máy không", False),
            (
                "Yêu cầu khóa tài khoản định danh điện tử, tại Công an xã, phường hoặc trên ứng dụng "
                "VNeID ở một máy khác",
                True,
            ),
            ("Đăng bài lên mạng xã hội kèm số căn cước để nhờ tìm", False),
            ("Gọi vào số của mình và đọc mật khẩu cho người nhặt được", False),
        ],
        "explanation": (
            "Khóa tài khoản để không ai dùng được, kể cả người đang cầm máy của bạn; việc này làm được tại "
            "Công an xã, phường hoặc trong ứng dụng. Tìm lại máy hoặc có máy mới thì mở khóa sau."
        ),
    },
    {
        "key": "vne-12",
        "lesson": 4,
        "type": "multiple",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Việc cần làm thêm khi mất điện thoại",
        "stem": (
            "Bạn mất điện thoại có cài VNeID và ứng dụng ngân hàng, đã yêu cầu khóa tài khoản VNeID. "
            "Bạn nên làm gì thêm? (Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Gọi tổng đài ngân hàng để tạm khóa ứng dụng ngân hàng", True),
            ("Gọi lại số lạ vừa gọi đến, tự xưng là tổng đài hỗ trợ VNeID", False),
            ("Báo nhà mạng khóa SIM rồi làm lại SIM", True),
            ("Đăng ảnh thẻ căn cước lên mạng để báo mất", False),
            ("Đổi mật khẩu VNeID khi đã dùng lại được tài khoản", True),
        ],
        "explanation": (
            "Mã OTP của ngân hàng và VNeID gửi về số điện thoại đó, nên cần khóa cả ứng dụng ngân hàng và "
            "SIM. Chỉ gọi số tổng đài bạn tự tra từ nguồn chính thức, không gọi lại số lạ tự xưng tổng đài."
        ),
    },
    {
        "key": "vne-13",
        "lesson": 5,
        "type": "single",
        "difficulty": "easy",
        "title": "Cập nhật địa chỉ trên VNeID sau sáp nhập",
        "stem": (
            "Sau khi sắp xếp lại tỉnh, xã (tháng 7/2025), thông tin quê quán, nơi thường trú trên VNeID "
            "được cập nhật thế nào?"
        ),
        "options": [
            ("Người dân phải bấm link do “công an” gửi qua Zalo", False),
            ("Phải chuyển khoản nộp phí cập nhật", False),
            ("Hệ thống tự động cập nhật; ai gọi bảo bạn tự cập nhật là kẻ lừa đảo", True),
            ("Phải cài thêm một ứng dụng khác", False),
        ],
        "explanation": (
            "Sau các đợt sáp nhập tháng 7/2025, địa chỉ và quê quán trên VNeID được hệ thống tự động cập "
            "nhật. Cuộc gọi “cập nhật VNeID sau sáp nhập” là chiêu quen thuộc để dụ cài ứng dụng giả và "
            "lấy tiền."
        ),
    },
    {
        "key": "vne-14",
        "lesson": 5,
        "type": "single",
        "difficulty": "medium",
        "title": "Cuộc gọi kích hoạt mức 2 qua điện thoại",
        "stem": (
            "Một người xưng là cán bộ công an gọi điện, đề nghị “kích hoạt giúp” định danh mức 2 qua điện "
            "thoại, chỉ cần đọc mã số vừa gửi về máy. Bạn nên làm gì?"
        ),
        "options": [
            ("Đọc số căn cước và mã OTP để được hỗ trợ", False),
            ("Cài ứng dụng theo đường link họ gửi", False),
            ("Đưa điện thoại cho người quen nói chuyện thay", False),
            ("Từ chối, cúp máy; nếu cần thì tự đến Công an xã, phường", True),
        ],
        "explanation": (
            "Công an chỉ mời người dân đến trụ sở để đăng ký mức 2, không kích hoạt qua điện thoại và không "
            "hỏi mã OTP. Cúp máy, không bấm link; muốn chắc, hãy tự đến Công an xã, phường."
        ),
    },
    {
        "key": "vne-15",
        "lesson": 5,
        "type": "multiple",
        "difficulty": "medium",
        "partial_credit": True,
        "title": "Dấu hiệu lừa đảo liên quan VNeID",
        "stem": (
            "Những dấu hiệu nào cho thấy một cuộc gọi hoặc tin nhắn về VNeID là lừa đảo? "
            "(Chọn tất cả phương án đúng)"
        ),
        "options": [
            ("Gọi từ đầu số lạ như +840, +882", True),
            ("Gửi đường link không có đuôi .gov.vn để cài “VNeID bản mới”", True),
            ("Công an xã mời bạn đến trụ sở để làm thủ tục", False),
            ("Đòi mã OTP, mật khẩu hoặc passcode", True),
            ("Dọa khóa tài khoản nếu không làm ngay", True),
        ],
        "explanation": (
            "Đầu số lạ, link không phải .gov.vn, đòi mã và dọa dẫm, giục giã là những dấu hiệu lừa đảo hay "
            "gặp. Cơ quan công an chỉ mời bạn đến trụ sở, không làm việc hay kích hoạt tài khoản qua điện "
            "thoại."
        ),
    },
    {
        "key": "vne-16",
        "lesson": 5,
        "type": "true_false",
        "difficulty": "hard",
        "title": "Ứng dụng VNeID gửi qua link xin quyền cao",
        "stem": (
            "Một ứng dụng “VNeID” gửi qua đường link, xin quyền đọc tin nhắn và điều khiển máy, vẫn an toàn "
            "nếu người gửi xưng là cán bộ công an."
        ),
        "correct": False,
        "explanation": (
            "VNeID là ứng dụng chính thức duy nhất, chỉ cài từ App Store hoặc CH Play; không có bản nào gửi "
            "qua link. Ứng dụng giả xin quyền cao để đọc mã OTP và rút tiền: đã có người mất 129 triệu đồng "
            "ở Đà Nẵng và hơn 2 tỷ đồng ở Hà Nội."
        ),
    },
    {
        "key": "vne-17",
        "lesson": 1,
        "type": "matching",
        "difficulty": "hard",
        "partial_credit": True,
        "title": "Ghép khái niệm định danh điện tử",
        "stem": "Ghép mỗi khái niệm với nội dung đúng của nó.",
        "pairs": [
            ("Tài khoản mức 1", "Xem được một số thông tin, dùng được một số chức năng"),
            ("Tài khoản mức 2", "Xác thực bằng ảnh chân dung hoặc vân tay, dùng được tất cả chức năng"),
            ("Số định danh cá nhân", "Dãy 12 chữ số trên thẻ căn cước, dùng làm tên đăng nhập"),
            ("Nghị định 69/2024/NĐ-CP", "Quy định về định danh và xác thực điện tử, hiệu lực từ 1/7/2024"),
        ],
        "explanation": (
            "Nghị định 69/2024/NĐ-CP (hiệu lực từ 1/7/2024) chia tài khoản làm hai mức: mức 1 dùng một số "
            "chức năng, mức 2 được xác thực bằng ảnh chân dung hoặc vân tay và dùng được tất cả. Tài khoản "
            "nào cũng đăng nhập bằng số định danh cá nhân 12 chữ số."
        ),
    },
    {
        "key": "vne-18",
        "lesson": 2,
        "type": "short_text",
        "difficulty": "easy",
        "ignore_diacritics": False,
        "title": "Tên ứng dụng định danh điện tử chính thức",
        "stem": "Ứng dụng định danh điện tử chính thức và duy nhất của Bộ Công an có tên là gì?",
        "accepted": ["VNeID", "VN eID", "VN-eID"],
        "explanation": (
            "VNeID là ứng dụng chính thức duy nhất; tên na ná như “VNeID cập nhật” hay “VNeID bản mới” là "
            "giả. Hãy tự tìm đúng tên này trong App Store hoặc CH Play."
        ),
    },
]
