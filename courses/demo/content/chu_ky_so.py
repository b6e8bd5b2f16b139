COURSE = {
    "slug": "chu-ky-so",
    "title": "Chữ ký số cho người dân và cán bộ xã",
    "summary": "Hiểu chữ ký số là gì, có giá trị pháp lý ra sao, cách ký và kiểm tra chữ ký trên tệp PDF, cách cán bộ xã ký văn bản điện tử và cách tránh lừa đảo.",
    "topic": "chu-ky-so",
    "audience": "all",
    "level": "basic",
    "estimated_minutes": 70,
    "outcomes": [
        "Phân biệt ảnh chữ ký scan với chữ ký số và nêu giá trị pháp lý của chữ ký số.",
        "Phân biệt chữ ký số công cộng của người dân với chữ ký số chuyên dùng công vụ của cán bộ.",
        "Giải thích USB token, SIM ký số và ký số từ xa; xác nhận đúng một yêu cầu ký trên điện thoại.",
        "Kiểm tra người ký, tính toàn vẹn và hiệu lực chứng thư của một tệp PDF đã ký.",
        "Ký số, phát hành văn bản và trả kết quả điện tử đúng quy trình (cán bộ xã).",
        "Giữ kín mã PIN và nhận ra thư giả mạo báo chữ ký số sắp hết hạn.",
    ],
    "competences": ["TT02-4", "TT02-5"],
    "checked_on": "2026-11-21",
    "reviewer_note": "Đối chiếu với Luật Giao dịch điện tử 2023, Nghị định 23/2025/NĐ-CP, Nghị định 68/2024/NĐ-CP và cảnh báo của VNCERT/CC về thư giả mạo gia hạn chữ ký số. Cần kiểm tra lại tên mục đăng ký chữ ký số trong VNeID và số nhà cung cấp mỗi khi ứng dụng cập nhật.",
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "chu-ky-dien-tu-va-chu-ky-so",
            "title": "Chữ ký điện tử và chữ ký số",
            "summary": "Vì sao ảnh chữ ký scan không phải là chữ ký số, và chữ ký số có giá trị pháp lý như thế nào.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Ngày nay nhiều giấy tờ không còn in ra giấy: kết quả thủ tục hành chính trả về tài khoản dịch vụ công, hợp đồng điện tử, hóa đơn điện tử. Trên giấy, ta ký tay. Trên máy tính và điện thoại, ta cần một cách ký mà người khác <strong>không giả được</strong> và <strong>không sửa được</strong> sau khi ký. Đó là việc của chữ ký số.</p>",
                },
                {"type": "heading", "value": "Chữ ký điện tử là gì?"},
                {
                    "type": "paragraph",
                    "value": "<p><strong>Chữ ký điện tử</strong> là tên chung cho mọi chữ ký được tạo ra dưới dạng dữ liệu điện tử, gắn với một tài liệu điện tử, để cho biết ai đã ký và người đó đồng ý với nội dung. Có nhiều loại, từ đơn giản đến rất chặt chẽ.</p><p><strong>Chữ ký số</strong> là một loại chữ ký điện tử dùng công nghệ mã hóa. Mỗi chữ ký số đi kèm một <strong>chứng thư chữ ký số</strong> (thường gọi tắt là chứng thư số) do một tổ chức được Nhà nước cấp phép cấp cho đúng người đó.</p>",
                },
                {"type": "heading", "value": "Ảnh chữ ký scan không phải là chữ ký số"},
                {
                    "type": "paragraph",
                    "value": "<p>Nhiều người chụp hoặc scan chữ ký tay rồi dán vào tệp Word, PDF. Đó chỉ là <strong>một bức ảnh</strong>:</p><ul><li>Ai có tệp cũng sao chép được bức ảnh đó và dán sang giấy tờ khác.</li><li>Không có cách nào biết ai đã dán ảnh vào.</li><li>Nội dung tài liệu vẫn sửa được sau khi dán mà không để lại dấu vết.</li></ul><p>Vì vậy, ảnh chữ ký dù rõ nét, dù có kèm hình con dấu đỏ, cũng <strong>không phải là chữ ký số</strong> và không thay được chữ ký số khi làm thủ tục.</p>",
                },
                {"type": "heading", "value": "Chữ ký số hoạt động thế nào?"},
                {
                    "type": "paragraph",
                    "value": "<p>Bạn không cần hiểu toán học. Chỉ cần nhớ ba thứ:</p><ul><li><strong>Khóa bí mật</strong>: giống con dấu riêng cất trong két. Chỉ người ký dùng được, và muốn dùng phải nhập mã PIN hoặc xác thực bằng vân tay, khuôn mặt.</li><li><strong>Chứng thư chữ ký số</strong>: giống giấy chứng nhận điện tử ghi rằng con dấu đó là của bạn, kèm thời hạn sử dụng.</li><li><strong>Phần mềm kiểm tra</strong>: khi mở tài liệu, máy tự kiểm tra và cho biết <em>ai đã ký</em>, <em>tài liệu có bị sửa sau khi ký không</em>, và <em>chứng thư còn hiệu lực không</em>.</li></ul>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Cách dễ nhớ",
                        "text": "<p>Ảnh chữ ký giống một bản photo chữ ký: ai cũng photo được. Chữ ký số giống chữ ký kèm tem niêm phong: chỉ cần sửa một chữ trong tài liệu là phần mềm báo tem đã bị bóc.</p>",
                    },
                },
                {
                    "type": "image",
                    "value": {
                        "screen": "cks-pdf-kiem-tra",
                        "caption": "Trình đọc PDF cho biết ai đã ký, tài liệu có bị sửa sau khi ký không và chứng thư còn hiệu lực không.",
                        "alt": "Màn hình điện thoại mở tệp PDF giấy xác nhận của UBND xã. Dải màu xanh ghi Đã ký, tất cả chữ ký đều hợp lệ. Bảng chữ ký bên dưới ghi người ký Nguyễn Văn Bình, Phó Chủ tịch UBND xã, tài liệu chưa bị thay đổi kể từ khi ký, chứng thư còn hiệu lực đến 30/06/2028.",
                    },
                },
                {"type": "heading", "value": "Giá trị pháp lý"},
                {
                    "type": "paragraph",
                    "value": "<p><strong>Luật Giao dịch điện tử 2023</strong> (có hiệu lực từ 1/7/2024) quy định: khi pháp luật yêu cầu văn bản phải có chữ ký, thì một văn bản điện tử được ký bằng chữ ký số hợp lệ đáp ứng yêu cầu đó. Chữ ký số của cơ quan, tổ chức còn thay được <strong>con dấu</strong> trên văn bản điện tử.</p><p><strong>Nghị định 23/2025/NĐ-CP</strong> (ngày 21/2/2025, có hiệu lực từ 10/4/2025) quy định chi tiết về chữ ký điện tử và dịch vụ tin cậy, trong đó có chữ ký số công cộng mà người dân dùng. Chữ ký số chuyên dùng công vụ của cán bộ có quy định riêng tại <strong>Nghị định 68/2024/NĐ-CP</strong>.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Chữ ký số là chữ ký thật",
                        "text": "<p>Mỗi lần bạn ký số, pháp luật coi như bạn đã tự tay ký. Chỉ ký tài liệu bạn đã đọc hết và đồng ý. Không ký vì người khác giục, và không bao giờ để người khác ký thay bằng chữ ký số của bạn.</p>",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p><strong>Ghi nhớ:</strong></p><ul><li>Chữ ký số là một loại chữ ký điện tử, có chứng thư do tổ chức được cấp phép cấp.</li><li>Ảnh chữ ký scan không phải là chữ ký số.</li><li>Văn bản điện tử ký số hợp lệ có giá trị như văn bản giấy có chữ ký.</li></ul>",
                },
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "chu-ky-so-cong-cong-va-chuyen-dung",
            "title": "Chữ ký số công cộng và chữ ký số chuyên dùng công vụ",
            "summary": "Người dân dùng chữ ký số công cộng, có thể đăng ký trong VNeID; cán bộ ký văn bản bằng chữ ký số chuyên dùng do Ban Cơ yếu Chính phủ cấp.",
            "minutes": 10,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Ở Việt Nam có hai nhóm chữ ký số mà người dân và cán bộ xã hay gặp. Biết mình cần loại nào giúp bạn đăng ký đúng chỗ và dùng đúng việc.</p>",
                },
                {"type": "heading", "value": "Chữ ký số công cộng: cho người dân và doanh nghiệp"},
                {
                    "type": "paragraph",
                    "value": "<p>Chữ ký số công cộng do các <strong>tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng</strong> đã được Nhà nước cấp phép cấp cho cá nhân và tổ chức. Ví dụ quen thuộc là VNPT-CA, Viettel-CA và một số doanh nghiệp khác.</p><p>Người dân có thể dùng để: ký tờ khai khi nộp hồ sơ dịch vụ công, ký hợp đồng điện tử, kê khai thuế, làm một số giao dịch với ngân hàng, bảo hiểm. Đây là dịch vụ có thời hạn (thường tính theo năm), hết hạn thì gia hạn với chính nhà cung cấp đó.</p>",
                },
                {"type": "heading", "value": "Đăng ký chữ ký số ngay trong VNeID"},
                {
                    "type": "paragraph",
                    "value": "<p>Từ tháng 5/2025, Bộ Công an thí điểm cổng ký số tập trung trên ứng dụng VNeID. Người dân có tài khoản định danh điện tử có thể đăng ký chứng thư chữ ký số ngay trong ứng dụng và tự chọn một trong các nhà cung cấp (tháng 11/2025 đã có 8 nhà cung cấp lớn). Nhiều nhà cung cấp miễn phí năm đầu.</p>",
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Mở ứng dụng VNeID chính thức (chỉ cài từ App Store hoặc CH Play) và đăng nhập. Nên dùng tài khoản định danh điện tử mức 2.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Tìm mục về <strong>chữ ký số</strong> trong ứng dụng. Tên và vị trí mục có thể khác nhau theo phiên bản. Nếu không thấy, hãy cập nhật ứng dụng hoặc hỏi Công an xã, Tổ công nghệ số cộng đồng.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Chọn một nhà cung cấp. Đọc kỹ: thời gian miễn phí, <strong>giá gia hạn các năm sau</strong>, cách xác nhận khi ký (mã PIN, vân tay, khuôn mặt).</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Kiểm tra thông tin cá nhân được điền sẵn, làm theo hướng dẫn xác thực trên màn hình. Khi được yêu cầu đặt mã PIN, hãy tự đặt và <strong>không cho ai biết</strong>.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Ghi lại tên nhà cung cấp và số tổng đài lấy từ ứng dụng hoặc trang web chính thức của họ, để sau này hỏi về hạn dùng, gia hạn hoặc khi mất điện thoại.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Không ai đăng ký hộ qua điện thoại",
                        "text": '<p>Nếu có người gọi điện xưng là công an, cán bộ thuế hay nhân viên nhà cung cấp, đề nghị "đăng ký chữ ký số giúp" và xin mã OTP, mã PIN hoặc bảo bạn cài ứng dụng qua đường link, đó là lừa đảo. Hãy cúp máy và tự làm trong VNeID, hoặc đến Công an xã nhờ hướng dẫn.</p>',
                    },
                },
                {"type": "heading", "value": "Chữ ký số chuyên dùng công vụ: cho cán bộ và cơ quan nhà nước"},
                {
                    "type": "paragraph",
                    "value": "<p>Chữ ký số chuyên dùng công vụ do <strong>Ban Cơ yếu Chính phủ</strong> cấp cho cán bộ, công chức có thẩm quyền ký và cho cơ quan nhà nước, để ký văn bản điện tử trong công việc nhà nước. Chữ ký số của cơ quan thay cho con dấu trên văn bản điện tử. Cán bộ không tự mua loại này: cơ quan đề nghị cấp theo hướng dẫn của đầu mối quản lý chữ ký số ở địa phương.</p>",
                },
                {
                    "type": "paragraph",
                    "value": "<p><strong>So sánh nhanh:</strong></p><ul><li><strong>Chữ ký số công cộng</strong>: do tổ chức cung cấp dịch vụ tin cậy được cấp phép cấp; người dân, doanh nghiệp dùng; có thể đăng ký trong VNeID; trả phí theo năm.</li><li><strong>Chữ ký số chuyên dùng công vụ</strong>: do Ban Cơ yếu Chính phủ cấp; cán bộ và cơ quan nhà nước dùng để ký văn bản, trả kết quả thủ tục hành chính.</li></ul>",
                },
                {
                    "type": "image",
                    "value": {
                        "screen": "cks-ky-van-ban",
                        "caption": "Trên hệ thống quản lý văn bản, cán bộ ký bằng chứng thư chữ ký số chuyên dùng công vụ của chính mình.",
                        "alt": "Màn hình mô phỏng hệ thống quản lý văn bản của UBND xã, mục Văn bản đi chờ ký. Có một công văn, nút Xem toàn văn, ô chứng thư của Phó Chủ tịch Nguyễn Văn Bình ghi chữ ký số chuyên dùng công vụ còn hiệu lực, và nút Ký số.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Dùng đúng loại cho đúng việc",
                        "text": "<p>Chữ ký số chuyên dùng công vụ được cấp để phục vụ công việc nhà nước. Việc riêng của bạn, như ký tờ khai, hợp đồng của bản thân, nên dùng chữ ký số công cộng cá nhân.</p>",
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "usb-token-sim-va-ky-so-tu-xa",
            "title": "Các hình thức ký: USB token, SIM ký số và ký số từ xa",
            "summary": "Khóa bí mật có thể nằm trong USB token, trong SIM hoặc trong thiết bị bảo mật của nhà cung cấp; với ký số từ xa, bạn xác nhận từng lần ký trên điện thoại.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Điều quan trọng nhất của chữ ký số là <strong>khóa bí mật</strong> phải được cất giữ an toàn và chỉ người ký dùng được. Hiện nay có ba cách cất giữ phổ biến. Cách nào cũng có giá trị pháp lý nếu chứng thư hợp lệ.</p>",
                },
                {"type": "heading", "value": "USB token"},
                {
                    "type": "paragraph",
                    "value": "<p>Là một thiết bị nhỏ giống chiếc USB. Khóa bí mật nằm bên trong và không chép ra ngoài được. Khi ký, bạn cắm token vào máy tính, chọn tài liệu và nhập mã PIN. Nhập sai PIN nhiều lần, token sẽ bị khóa.</p><ul><li>Hợp với người ký nhiều trên máy tính, như kế toán, văn thư.</li><li>Phải mang token theo, không dùng được trên hầu hết điện thoại.</li><li>Mất token: gọi ngay nhà cung cấp để tạm dừng chứng thư.</li></ul>",
                },
                {"type": "heading", "value": "SIM ký số"},
                {
                    "type": "paragraph",
                    "value": "<p>Một số nhà mạng cung cấp SIM có gắn khóa bí mật trong chip (còn gọi là SIM PKI). Khi có yêu cầu ký, điện thoại hiện thông báo và bạn nhập mã PIN để xác nhận. Cần giữ SIM cẩn thận; đổi điện thoại thì mang SIM theo.</p>",
                },
                {"type": "heading", "value": "Ký số từ xa"},
                {
                    "type": "paragraph",
                    "value": "<p>Với ký số từ xa, khóa bí mật được giữ trong <strong>HSM</strong>, một thiết bị bảo mật chuyên dụng đặt tại trung tâm dữ liệu của nhà cung cấp dịch vụ tin cậy, giống như két sắt trong kho bạc. Bạn không cần USB token hay SIM riêng.</p><ul><li>Mỗi lần ký, bạn phải đăng nhập và <strong>tự xác nhận</strong> trên ứng dụng của nhà cung cấp bằng mã PIN, vân tay hoặc khuôn mặt.</li><li>Chỉ bạn mới kích hoạt được khóa. Nhà cung cấp giữ két nhưng <strong>không thể ký thay bạn</strong>.</li><li>Ký được mọi lúc, trên điện thoại hoặc máy tính.</li></ul><p>Nhà cung cấp dịch vụ ký số từ xa phải được Nhà nước cấp phép và đáp ứng các yêu cầu kỹ thuật bắt buộc.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Chọn hình thức nào?",
                        "text": "<p>Người dân chủ yếu dùng điện thoại thì ký số từ xa là tiện nhất. Người thường xuyên ký nhiều tài liệu trên máy tính có thể chọn USB token. Hãy hỏi nhà cung cấp trước khi đăng ký.</p>",
                    },
                },
                {"type": "heading", "value": "Xác nhận một yêu cầu ký trên điện thoại"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Trên trang dịch vụ công hoặc ứng dụng bạn đang dùng, bạn bấm nút <strong>Ký số</strong> cho tài liệu của mình.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Điện thoại nhận thông báo từ ứng dụng ký số của nhà cung cấp. Mở thông báo đó.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Đọc kỹ: <strong>nơi gửi yêu cầu</strong>, <strong>tên tài liệu</strong>, <strong>thời gian</strong>. Bấm <strong>Xem tài liệu</strong> để chắc đúng nội dung bạn muốn ký.</p>",
                            "screen": "cks-xac-nhan-ky",
                        },
                        {
                            "text": "<p>Nếu đúng là việc bạn vừa làm, bấm <strong>Xác nhận ký</strong> rồi nhập mã PIN hoặc dùng vân tay, khuôn mặt. Nếu không, bấm <strong>Từ chối</strong>.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "cks-xac-nhan-ky",
                        "title": "Luyện tập: xác nhận yêu cầu ký tờ khai",
                        "instructions": "Bạn vừa bấm ký tờ khai đăng ký khai sinh trên Cổng Dịch vụ công. Điện thoại hiện yêu cầu ký. Hãy xem tài liệu trước, rồi xác nhận ký.",
                        "targets": [
                            {
                                "label": "Nút Xem tài liệu",
                                "hint": "Trước khi ký, hãy xem nội dung tài liệu. Tìm nút Xem tài liệu ngay dưới các thông tin của yêu cầu.",
                            },
                            {
                                "label": "Nút Xác nhận ký",
                                "hint": "Bạn đã xem tài liệu và đây đúng là việc bạn vừa làm. Hãy bấm nút màu xanh Xác nhận ký ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng chỗ. Hãy đọc yêu cầu, xem tài liệu trước rồi mới xác nhận.",
                        "success": "Làm tốt lắm! Bạn đã kiểm tra tài liệu trước khi ký. Ngoài đời, bước tiếp theo là nhập mã PIN hoặc dùng vân tay mà chỉ bạn biết.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": "Yêu cầu ký mà bạn không hề tạo",
                        "text": '<p>Nếu điện thoại hiện yêu cầu ký khi bạn không làm gì, hoặc có người gọi điện bảo bạn "bấm xác nhận giúp", hãy bấm <strong>Từ chối</strong> và gọi tổng đài chính thức của nhà cung cấp. Xác nhận một yêu cầu lạ có thể giúp kẻ gian ký hợp đồng, vay tiền bằng tên bạn.</p>',
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "ky-va-kiem-tra-chu-ky-pdf",
            "title": "Thực hành ký và kiểm tra chữ ký trên tệp PDF",
            "summary": "Ký thử một tệp mẫu và kiểm tra ba điều trên tệp đã ký: ai ký, tài liệu có bị sửa không, chứng thư còn hiệu lực không.",
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Bài này có hai phần: tự ký một tệp PDF mẫu, và kiểm tra chữ ký trên một tệp bạn nhận được, ví dụ kết quả thủ tục hành chính điện tử do UBND xã trả về.</p>",
                },
                {"type": "heading", "value": "Phần 1: Ký thử một tệp mẫu"},
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Chỉ tập ký trên tệp mẫu",
                        "text": '<p>Chữ ký số thật là chữ ký thật. Để tập, hãy tạo một tệp chỉ có dòng chữ như "Tệp tập ký số, không có giá trị giao dịch". Đừng ký thử lên hợp đồng, đơn từ có nội dung thật.</p>',
                    },
                },
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Chuẩn bị tệp PDF mẫu như trên và lưu vào điện thoại hoặc máy tính.</p>",
                            "screen": None,
                        },
                        {
                            "text": '<p>Mở ứng dụng hoặc trang web <strong>chính thức</strong> của nhà cung cấp chữ ký số bạn đã đăng ký. Chọn chức năng ký tài liệu (tên có thể là "Ký tài liệu", "Ký số PDF"… tùy nhà cung cấp).</p>',
                            "screen": None,
                        },
                        {
                            "text": "<p>Chọn tệp mẫu, chọn trang và vị trí đặt khung chữ ký.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Bấm ký. Điện thoại hiện yêu cầu ký: xem lại tên tài liệu, bấm <strong>Xác nhận ký</strong> và nhập mã PIN hoặc dùng vân tay, khuôn mặt.</p>",
                            "screen": "cks-xac-nhan-ky",
                        },
                        {
                            "text": "<p>Tải tệp đã ký về, đặt tên dễ nhớ. Đừng sửa rồi lưu đè lên tệp đã ký, vì như vậy chữ ký sẽ bị báo là tài liệu đã thay đổi.</p>",
                            "screen": None,
                        },
                    ],
                },
                {"type": "heading", "value": "Phần 2: Kiểm tra chữ ký trên tệp nhận được"},
                {
                    "type": "paragraph",
                    "value": "<p>Một khung chữ ký hiện trên trang <strong>chưa chứng minh</strong> được điều gì, vì khung đó cũng có thể chỉ là hình vẽ. Hãy mở tệp bằng phần mềm đọc PDF có chức năng kiểm tra chữ ký, ví dụ Adobe Acrobat Reader trên máy tính, rồi mở <strong>bảng chữ ký</strong>. Một số ứng dụng xem PDF đơn giản trên điện thoại không kiểm tra chữ ký, khi đó hãy mở trên máy tính hoặc nhờ cán bộ kiểm tra giúp.</p><p>Trong bảng chữ ký, kiểm tra đủ <strong>ba điều</strong>:</p><ol><li><strong>Người ký</strong>: đúng tên người hoặc cơ quan phải ký (ví dụ lãnh đạo UBND xã nơi bạn nộp hồ sơ).</li><li><strong>Toàn vẹn</strong>: tài liệu chưa bị thay đổi kể từ khi ký.</li><li><strong>Chứng thư</strong>: còn hiệu lực vào thời điểm ký, không bị thu hồi.</li></ol>",
                },
                {
                    "type": "paragraph",
                    "value": '<p>Ý nghĩa các dấu hiệu thường gặp:</p><ul><li><strong>Dấu tích xanh</strong>: chữ ký hợp lệ. Nếu phần mềm báo bằng tiếng Anh, câu thường gặp là "Signed and all signatures are valid".</li><li><strong>Dấu chấm hỏi hoặc tam giác vàng</strong>: phần mềm chưa xác định được, thường vì máy tính chưa được cài đặt để tin cậy tổ chức cấp chứng thư. Đừng vội kết luận là giả; hãy hỏi cơ quan đã gửi tệp hoặc nhờ cán bộ kiểm tra.</li><li><strong>Dấu X đỏ</strong>: chữ ký không hợp lệ hoặc tài liệu đã bị sửa sau khi ký (tiếng Anh thường là "At least one signature is invalid"). Không dùng tệp này; xin lại bản gốc từ nơi cấp.</li></ul>',
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "cks-pdf-kiem-tra",
                        "title": "Luyện tập: kiểm tra giấy xác nhận đã ký số",
                        "instructions": "Bạn vừa tải giấy xác nhận của UBND xã về và mở bảng chữ ký. Lần lượt chạm vào ba dòng cho biết: ai đã ký, tài liệu có bị sửa không, chứng thư còn hiệu lực không.",
                        "targets": [
                            {
                                "label": "Dòng Người ký",
                                "hint": "Trước hết, xem ai đã ký. Tìm dòng có tên người ký và chức vụ trong bảng chữ ký.",
                            },
                            {
                                "label": "Dòng Tài liệu chưa bị thay đổi",
                                "hint": "Bây giờ tìm dòng cho biết tài liệu có bị sửa sau khi ký hay không.",
                            },
                            {
                                "label": "Dòng Chứng thư còn hiệu lực",
                                "hint": "Cuối cùng, tìm dòng cho biết chứng thư chữ ký số còn hiệu lực đến ngày nào.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng. Hãy nhìn vào bảng chữ ký ở nửa dưới màn hình.",
                        "success": "Chính xác! Người ký đúng, tài liệu chưa bị sửa, chứng thư còn hiệu lực: giấy xác nhận này dùng được.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Giữ tệp gốc",
                        "text": "<p>Khi cần gửi kết quả cho nơi khác, hãy gửi nguyên tệp PDF đã ký. Nếu chụp màn hình hoặc in ra rồi scan lại, chữ ký số sẽ không còn kiểm tra được.</p>",
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "can-bo-xa-ky-so-van-ban",
            "title": "Cán bộ xã: ký số văn bản và trả kết quả thủ tục hành chính điện tử",
            "summary": "Quy trình ký, phát hành văn bản điện tử; trả kết quả điện tử cho người dân; bảo quản thiết bị, mã PIN và ký đúng thẩm quyền.",
            "minutes": 14,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Bài này dành cho lãnh đạo, công chức và văn thư UBND xã. Mỗi tỉnh dùng hệ thống quản lý văn bản và hệ thống giải quyết thủ tục hành chính riêng, nên tên nút có thể khác. Hãy làm theo quy chế của tỉnh và của cơ quan bạn; bài này nêu các bước chung.</p>",
                },
                {"type": "heading", "value": "Quy trình ký và phát hành văn bản điện tử"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p><strong>Công chức chuyên môn</strong> soạn dự thảo trên hệ thống quản lý văn bản và điều hành, trình lãnh đạo có thẩm quyền.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p><strong>Lãnh đạo</strong> mở mục văn bản chờ ký, đọc toàn văn và phụ lục trước khi ký.</p>",
                            "screen": "cks-ky-van-ban",
                        },
                        {
                            "text": "<p>Kiểm tra chứng thư hiện ra đúng <strong>tên, chức vụ của mình</strong> và còn hiệu lực. Bấm <strong>Ký số</strong>, rồi nhập mã PIN của thiết bị ký hoặc xác nhận theo hình thức đã được cấp.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p><strong>Văn thư</strong> kiểm tra thể thức, cấp số và ngày văn bản, ký số bằng chứng thư của cơ quan (thay cho đóng dấu), rồi phát hành qua hệ thống.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Lưu văn bản điện tử trên hệ thống theo quy định. Văn bản đã ký số thì không sửa lại; nếu có sai sót, xử lý theo quy định về đính chính hoặc ban hành văn bản mới.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "cks-ky-van-ban",
                        "title": "Luyện tập: lãnh đạo ký số một công văn",
                        "instructions": "Bạn là Phó Chủ tịch UBND xã. Một công văn đang chờ bạn ký. Hãy xem toàn văn, kiểm tra chứng thư của mình, rồi ký số.",
                        "targets": [
                            {
                                "label": "Tệp văn bản (Xem toàn văn)",
                                "hint": "Đừng ký khi chưa đọc. Chạm vào tệp PDF có chữ Xem toàn văn.",
                            },
                            {
                                "label": "Ô chứng thư dùng để ký",
                                "hint": "Trước khi ký, kiểm tra chứng thư: đúng tên, chức vụ của bạn và còn hiệu lực. Chạm vào ô có viền xanh.",
                            },
                            {
                                "label": "Nút Ký số",
                                "hint": "Văn bản và chứng thư đều đúng. Bấm nút Ký số ở cuối màn hình.",
                            },
                        ],
                        "wrong_tap": "Chưa đúng bước. Thứ tự là: đọc văn bản, kiểm tra chứng thư, rồi mới ký.",
                        "success": "Hoàn thành! Văn bản đã được ký và sẽ chuyển tới Văn thư để cấp số, ký số của cơ quan và phát hành.",
                    },
                },
                {"type": "heading", "value": "Trả kết quả thủ tục hành chính điện tử"},
                {
                    "type": "paragraph",
                    "value": "<p>Với hồ sơ người dân nộp trực tuyến, sau khi lãnh đạo phê duyệt, kết quả được ký số rồi trả về tài khoản của người dân trên Cổng Dịch vụ công. Kết quả điện tử được ký số đúng quy định có giá trị pháp lý như bản giấy.</p><ul><li>Báo cho người dân biết kết quả đã có và chỉ cách tải tệp về.</li><li>Hướng dẫn họ mở bảng chữ ký để tự kiểm tra: người ký, tài liệu chưa bị sửa, chứng thư còn hiệu lực (xem Bài 4).</li><li>Nhắc người dân giữ nguyên tệp PDF gốc khi cần nộp cho nơi khác.</li></ul>",
                },
                {"type": "heading", "value": "Bảo quản thiết bị và mã PIN"},
                {
                    "type": "paragraph",
                    "value": "<ul><li>Đổi mã PIN mặc định ngay khi nhận thiết bị hoặc tài khoản ký. Không viết PIN lên thiết bị, lên giấy dán cạnh máy.</li><li>Rút USB token khi ký xong, không để cắm sẵn trên máy. Khóa màn hình máy tính khi rời chỗ.</li><li>Mất thiết bị, nghi lộ PIN: báo ngay lãnh đạo và đầu mối quản lý chữ ký số của địa phương để tạm dừng hoặc thu hồi chứng thư.</li><li>Chuyển công tác, thay đổi chức vụ, nghỉ hưu: làm thủ tục thu hồi hoặc thay đổi chứng thư theo hướng dẫn, không để lại thiết bị cho người khác dùng.</li></ul>",
                },
                {"type": "heading", "value": "Ký đúng thẩm quyền, ủy quyền đúng quy định"},
                {
                    "type": "paragraph",
                    "value": '<p>Mỗi người ký bằng <strong>chứng thư của chính mình</strong>. Khi người đứng đầu vắng mặt, người khác chỉ được ký khi đã được giao hoặc ủy quyền đúng quy định (ký thay, ký thừa lệnh, ký thừa ủy quyền), và vẫn ký bằng chứng thư mang tên người đó. Giao USB token và mã PIN cho văn thư hay đồng nghiệp "ký hộ" là sai quy định; người có tên trong chứng thư phải chịu trách nhiệm về mọi văn bản được ký.</p>',
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Khi hỗ trợ người dân tại bộ phận một cửa",
                        "text": "<p>Không giữ hộ, không hỏi mật khẩu VNeID, mã OTP hay mã PIN chữ ký số của người dân. Hãy để người dân tự nhập trên điện thoại của họ, bạn chỉ hướng dẫn từng bước.</p>",
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "an-toan-khi-dung-chu-ky-so",
            "title": "An toàn khi dùng chữ ký số",
            "summary": 'Giữ kín mã PIN, mã kích hoạt; nhận ra thư giả mạo báo "chữ ký số sắp hết hạn" và biết cần làm gì khi mất thiết bị.',
            "minutes": 12,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Chữ ký số an toàn vì chỉ bạn kích hoạt được khóa bí mật. Nhưng nếu kẻ gian có được mã PIN cùng điện thoại, SIM hoặc USB token của bạn, chúng có thể ký hợp đồng, vay tiền, mở tài khoản bằng tên bạn. Vì vậy, hãy giữ chữ ký số cẩn thận như giữ con dấu và sổ tiết kiệm.</p>",
                },
                {"type": "heading", "value": "Những điều không bao giờ làm"},
                {
                    "type": "paragraph",
                    "value": "<ul><li>Không đọc, không gửi mã PIN, mã kích hoạt, mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên nhà cung cấp, công an hay cán bộ thuế. Nhà cung cấp chữ ký số không bao giờ cần biết mã PIN của bạn.</li><li>Không cho mượn USB token, SIM ký số hay điện thoại có ứng dụng ký số.</li><li>Không xác nhận yêu cầu ký mà bạn không tự tạo.</li><li>Chỉ cài ứng dụng ký số từ App Store, CH Play hoặc theo hướng dẫn trên trang chính thức; không cài tệp lạ gửi qua tin nhắn, Zalo.</li><li>Không ký tài liệu do người lạ gửi đến kèm lời hứa nhận tiền, nhận quà.</li></ul>",
                },
                {"type": "heading", "value": 'Thủ đoạn: thông báo "chữ ký số sắp hết hạn"'},
                {
                    "type": "paragraph",
                    "value": '<p>Từ đầu năm 2024, Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC) đã cảnh báo: kẻ gian giả làm nhà cung cấp chữ ký số, gửi thư điện tử báo chữ ký số "đã hết hạn" hoặc "sắp bị khóa", trong khi chữ ký số của người nhận vẫn còn hạn. Mục đích là lừa bấm link, nhập mã, chuyển tiền "phí gia hạn".</p><p>Dấu hiệu nhận biết:</p><ul><li>Địa chỉ gửi là hộp thư miễn phí (như @gmail.com) hoặc tên miền lạ, không phải tên miền chính thức của nhà cung cấp.</li><li>Nội dung chung chung, không ghi rõ nhà cung cấp, số hợp đồng hay ngày hết hạn thật.</li><li>Dọa dẫm, giục gấp: "hết hạn trong 24 giờ", "tài khoản sẽ bị khóa".</li><li>Đòi mã PIN, mã OTP, hoặc bảo chuyển khoản cho cá nhân, "giao dịch viên".</li></ul>',
                },
                {
                    "type": "practice",
                    "value": {
                        "screen": "cks-email-gia-mao",
                        "title": "Luyện tập: nhận ra thư giả mạo",
                        "instructions": 'Bạn nhận được thư này. Đừng bấm nút "Gia hạn ngay". Hãy chạm vào địa chỉ người gửi đáng ngờ, rồi đoạn thư đòi mã PIN và OTP, cuối cùng báo cáo thư lừa đảo.',
                        "targets": [
                            {
                                "label": "Địa chỉ người gửi",
                                "hint": "Nhìn dưới tên người gửi: địa chỉ thư là hộp thư miễn phí @gmail.com, không phải của nhà cung cấp thật. Chạm vào dòng người gửi.",
                            },
                            {
                                "label": "Đoạn đòi mã PIN và mã OTP",
                                "hint": "Tìm đoạn tô vàng yêu cầu nhập mã PIN và mã OTP. Không nơi chính thức nào đòi các mã này.",
                            },
                            {
                                "label": "Nút Báo cáo lừa đảo",
                                "hint": "Đã đủ dấu hiệu lừa đảo. Hãy bấm nút Báo cáo lừa đảo ở cuối màn hình rồi xóa thư.",
                            },
                        ],
                        "wrong_tap": 'Chưa đúng. Đừng bấm vào link hay nút "Gia hạn ngay" trong thư lạ. Hãy tìm các dấu hiệu lừa đảo.',
                        "success": "Rất tốt! Bạn đã nhận ra địa chỉ lạ, yêu cầu đòi mã PIN, OTP và đã báo cáo thư. Muốn biết hạn thật, hãy hỏi qua kênh chính thức của nhà cung cấp.",
                    },
                },
                {"type": "heading", "value": "Cách kiểm tra hạn dùng thật"},
                {
                    "type": "steps",
                    "value": [
                        {
                            "text": "<p>Không bấm link, không gọi số điện thoại ghi trong thư hay tin nhắn lạ.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Mở ứng dụng chính thức của nhà cung cấp (hoặc phần mềm quản lý USB token trên máy tính) để xem ngày hết hạn của chứng thư.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Nếu cần hỏi thêm, gọi số tổng đài in trên hợp đồng, trên vỏ token hoặc trên trang web chính thức của nhà cung cấp.</p>",
                            "screen": None,
                        },
                        {
                            "text": "<p>Chỉ gia hạn qua kênh chính thức; tiền trả vào tài khoản của công ty cung cấp, có hóa đơn, không chuyển cho tài khoản cá nhân.</p>",
                            "screen": None,
                        },
                    ],
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "scam",
                        "title": 'Cuộc gọi "hỗ trợ gia hạn"',
                        "text": '<p>Kẻ gian có thể gọi điện tiếp sau thư, xưng là nhân viên hỗ trợ, xin mã PIN hoặc nhờ bạn cài phần mềm điều khiển máy tính từ xa "để gia hạn giúp". Hãy từ chối và cúp máy. Không ai chính danh cần mã PIN của bạn.</p>',
                    },
                },
                {"type": "heading", "value": "Khi mất thiết bị hoặc nghi bị lộ mã"},
                {
                    "type": "paragraph",
                    "value": "<ol><li>Gọi ngay tổng đài chính thức của nhà cung cấp, đề nghị <strong>tạm dừng hoặc thu hồi</strong> chứng thư để không ai ký được bằng tên bạn. Cán bộ báo thêm cho lãnh đạo và đầu mối quản lý chữ ký số.</li><li>Đổi mã PIN và mật khẩu các tài khoản liên quan.</li><li>Nếu đã bị lừa mất tiền, gọi ngay ngân hàng để khóa tài khoản và trình báo Công an xã, phường; giữ lại thư, tin nhắn làm bằng chứng.</li><li>Báo cho người thân, đồng nghiệp để họ cảnh giác.</li></ol>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Ba câu cần nhớ",
                        "text": "<p>Mã PIN chỉ mình tôi biết. Yêu cầu ký lạ thì bấm Từ chối. Thư báo hết hạn thì tự kiểm tra qua kênh chính thức, không bấm link.</p>",
                    },
                },
            ],
        },
    ],
}
