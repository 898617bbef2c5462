"""The Vietnamese texts and English translations of the demo site (fictional news and
events about real kinds of work), kept apart from the code that loads them."""

RISK_BODY = [
    {
        "type": "heading",
        "value": {"text": "Những dấu hiệu cần cảnh giác", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": "<ul><li>Được hứa việc nhẹ, lương cao ở nước ngoài, không cần ngoại "
        "ngữ, không cần kinh nghiệm.</li><li>Người môi giới giữ hộ chiếu, căn cước hoặc "
        "điện thoại của bạn.</li><li>Bị đòi trả “phí” hoặc “nợ” không bao giờ hết.</li>"
        "<li>Bị nhốt, bị đánh đập hoặc bị ép lừa đảo qua mạng.</li></ul>",
    },
    {
        "type": "call_to_action",
        "value": {
            "heading": "Gọi ngay khi bạn hoặc người thân gặp nguy hiểm",
            "text": "Cuộc gọi miễn phí và được giữ bí mật.",
            "button_text": "Gọi 111",
            "page": None,
            "url": "tel:111",
        },
    },
    {
        "type": "accordion",
        "value": {
            "heading": "Câu hỏi thường gặp",
            "items": [
                {
                    "question": "Tôi có bị xử phạt nếu đã đi làm ở nước ngoài trái phép?",
                    "answer": "<p>Nạn nhân bị mua bán được bảo vệ và hỗ trợ theo Luật "
                    "Phòng, chống mua bán người 2024, không bị coi là người vi phạm vì "
                    "những việc bị ép buộc làm.</p>",
                },
                {
                    "question": "Thông tin của tôi có được giữ bí mật không?",
                    "answer": "<p>Có. Thông tin về nạn nhân và người thân chỉ được "
                    "dùng để hỗ trợ và không được công khai.</p>",
                },
            ],
        },
    },
    {
        "type": "statistics",
        "value": {
            "heading": "Hỗ trợ đã trao",
            "items": [
                {"value": "24/7", "label": "Đường dây nóng trực", "source": ""},
                {
                    "value": "9",
                    "label": "Loại hỗ trợ nạn nhân có thể nhận",
                    "source": "",
                },
            ],
        },
    },
]
RISK_VI = {
    "title": "Bạn có đang gặp nguy cơ?",
    "slug": "ban-co-dang-gap-nguy-co",
    "intro": "Nhận biết sớm các dấu hiệu của mua bán người giúp bạn và người thân an "
    "toàn.",
}
RISK_EN = {
    "title": "Are you at risk?",
    "intro": "Recognising the signs of trafficking early keeps you and your family safe.",
    "body": [
        {"type": "heading", "value": {"text": "Warning signs", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<ul><li>You are promised easy, well-paid work abroad with no "
            "language or experience needed.</li><li>A broker keeps your passport, ID "
            "card or phone.</li><li>You are told to pay “fees” or “debts” that never "
            "end.</li><li>You are locked up, beaten or forced to run online scams.</li>"
            "</ul>",
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Call now if you or someone close is in danger",
                "text": "The call is free and confidential.",
                "button_text": "Call 111",
                "page": None,
                "url": "tel:111",
            },
        },
    ],
}
HOME_RISK_VI = (
    "<ul><li>Lời mời việc nhẹ lương cao ở nước ngoài qua mạng xã hội</li>"
    "<li>Bị giữ giấy tờ tùy thân</li><li>Bị ép làm việc, không được tự do đi lại</li></ul>"
)
HOME_RISK_EN = (
    "<ul><li>Offers of easy, well-paid work abroad on social media</li>"
    "<li>Your identity papers are taken from you</li>"
    "<li>You are forced to work and cannot move freely</li></ul>"
)
CAMPAIGN_VI = {
    "title": "Tháng hành động phòng, chống mua bán người",
    "slug": "thang-hanh-dong",
    "intro": "Hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7: tuyên truyền tại "
    "chợ, bến cá, trường học và khu công nghiệp.",
    "body": [
        {
            "type": "quote",
            "value": {
                "quote": "Mỗi người dân là một tuyên truyền viên.",
                "attribution": "Khẩu hiệu chiến dịch",
            },
        }
    ],
}
CAMPAIGN_EN = {
    "title": "Month of action against human trafficking",
    "intro": "For the National Day against Human Trafficking on 30 July: outreach at "
    "markets, fishing ports, schools and industrial parks.",
}
FEATURED_TEXT_VI = "Cùng các cơ quan, đoàn thể mang thông tin đến từng xã, phường."
FEATURED_TEXT_EN = "Agencies and mass organisations take the message to every commune."

# slug of the agency: (intro VI, intro EN)
AGENCY_PAGES = {
    "so-y-te-tphcm": (
        "Cơ quan tiếp nhận, hỗ trợ nạn nhân và chủ trì truyền thông từ ngày 1/7/2025.",
        "The victim-support authority and communications lead since 1 July 2025.",
    ),
    "cong-an-tphcm": (
        "Tiếp nhận tố giác, xác minh, giải cứu nạn nhân và điều tra tội phạm mua bán "
        "người.",
        "Receives reports, verifies and rescues victims and investigates trafficking.",
    ),
    "bdbp-tphcm": (
        "Phòng ngừa, phát hiện mua bán người qua biên giới, tiếp nhận nạn nhân tại cửa "
        "khẩu.",
        "Prevents and detects cross-border trafficking; receives victims at border "
        "gates.",
    ),
    "vung-csb-3": (
        "Tuần tra, giải cứu và tiếp nhận nạn nhân trên biển.",
        "Patrols, rescues and receives victims at sea.",
    ),
    "ubnd-phuong-vung-tau": (
        "Tuyên truyền tại cộng đồng, tiếp nhận người tự khai báo và hỗ trợ tái hòa "
        "nhập.",
        "Community outreach, self-reports and reintegration support.",
    ),
}

# (slug, agency slug or None, kind, days ago, title, summary, English title/summary)
NEWS = [
    (
        "canh-bao-lua-dao-viec-lam-campuchia",
        "cong-an-tphcm",
        "article",
        2,
        "Cảnh báo thủ đoạn tuyển người sang Campuchia làm “việc nhẹ lương cao”",
        "Công an Thành phố cảnh báo các tài khoản mạng xã hội tuyển lao động đi làm ở "
        "các khu lừa đảo trực tuyến.",
        (
            "Warning: recruiters offering “easy, well-paid” jobs in Cambodia",
            "City police warn about social media accounts recruiting for online scam "
            "compounds.",
        ),
    ),
    (
        "tiep-nhan-nan-nhan-tro-ve",
        "bdbp-tphcm",
        "article",
        6,
        "Tiếp nhận 12 công dân trở về qua cửa khẩu",
        "Bộ đội Biên phòng phối hợp tiếp nhận, hỗ trợ nhu cầu thiết yếu cho công dân "
        "trở về.",
        None,
    ),
    (
        "phong-su-lang-chai",
        "vung-csb-3",
        "reportage",
        12,
        "Phóng sự: Trên những chuyến biển dài ngày",
        "Ngư dân kể về những lời mời đi biển xa và cách nhận ra dấu hiệu bị ép buộc "
        "lao động.",
        None,
    ),
    (
        "tap-huan-can-bo-xa",
        "so-y-te-tphcm",
        "article",
        18,
        "Tập huấn kỹ năng hỗ trợ nạn nhân cho cán bộ cấp xã",
        "Sở Y tế tổ chức lớp tập huấn về tiếp nhận, hỗ trợ và chuyển tuyến nạn nhân.",
        None,
    ),
    (
        "ngay-toan-dan-30-7",
        None,
        "article",
        25,
        "Mít tinh hưởng ứng Ngày toàn dân phòng, chống mua bán người",
        "Hơn 500 người dân, học sinh tham dự lễ mít tinh và diễu hành tuyên truyền.",
        None,
    ),
    (
        "phong-su-tro-ve",
        None,
        "reportage",
        40,
        "Phóng sự: Hành trình trở về của những người bị lừa bán",
        "Câu chuyện về sự hỗ trợ của chính quyền, đoàn thể giúp người trở về ổn định "
        "cuộc sống; tên nhân vật đã được thay đổi.",
        None,
    ),
]

# (slug, agency slug or None, kind, days from now, title, venue, summary, public)
EVENTS = [
    (
        "ngay-hoi-cong-dong-vung-tau",
        "ubnd-phuong-vung-tau",
        "community",
        9,
        "Ngày hội “Nói không với mua bán người” tại phường Vũng Tàu",
        "Nhà văn hóa phường Vũng Tàu",
        "Trò chơi, câu đố có thưởng và tư vấn việc làm an toàn cho thanh niên.",
        True,
        (
            "“Say no to trafficking” community day in Vung Tau ward",
            "Games, a prize quiz and advice on safe work for young people.",
        ),
    ),
    (
        "hoi-thao-lua-dao-truc-tuyen",
        "cong-an-tphcm",
        "seminar",
        16,
        "Hội thảo: Mua bán người dưới hình thức ép buộc lừa đảo trực tuyến",
        "Hội trường Công an Thành phố",
        "Chia sẻ kinh nghiệm nhận diện, giải cứu và hỗ trợ nạn nhân bị ép làm việc "
        "tại các cơ sở lừa đảo.",
        True,
        None,
    ),
    (
        "tap-huan-tiep-nhan-nan-nhan",
        "so-y-te-tphcm",
        "training",
        23,
        "Tập huấn tiếp nhận, hỗ trợ nạn nhân theo Luật 2024",
        "Sở Y tế Thành phố Hồ Chí Minh",
        "Dành cho cán bộ các cơ quan được mời; tài liệu gửi kèm giấy mời.",
        False,
        None,
    ),
    (
        "hoi-nghi-so-ket",
        None,
        "conference",
        -20,
        "Hội nghị sơ kết công tác phòng, chống mua bán người 6 tháng",
        "Trung tâm Hội nghị Thành phố",
        "Đánh giá kết quả phối hợp giữa các cơ quan và triển khai nhiệm vụ thời gian "
        "tới.",
        True,
        None,
    ),
    (
        "truyen-thong-ben-ca",
        "vung-csb-3",
        "community",
        -45,
        "Truyền thông tại bến cá Long Sơn",
        "Bến cá xã Long Sơn",
        "Phát tờ rơi, trao đổi với ngư dân về dấu hiệu lao động cưỡng bức trên biển.",
        True,
        None,
    ),
]
