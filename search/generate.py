"""Realistic Vietnamese text for the search data generator: sentences about prevention,
identification and support of trafficking victims, built from phrase parts with a
seeded random generator (the same seed gives the same corpus)."""

import random

SUBJECTS = [
    "Ủy ban nhân dân cấp xã",
    "Công an tỉnh",
    "Bộ đội Biên phòng",
    "Sở Y tế",
    "Sở Lao động - Thương binh và Xã hội",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên",
    "Cơ sở trợ giúp xã hội",
    "Cảnh sát biển",
    "Trung tâm công tác xã hội",
    "cán bộ tư pháp",
    "tình nguyện viên cộng đồng",
]
ACTIONS = [
    "tổ chức tập huấn về",
    "tuyên truyền phòng ngừa",
    "hướng dẫn nhận diện",
    "phối hợp xác minh",
    "tiếp nhận và hỗ trợ",
    "tư vấn pháp lý về",
    "đào tạo kỹ năng phát hiện",
    "rà soát, thống kê",
    "xây dựng kế hoạch phòng, chống",
    "biên soạn tài liệu về",
    "giám sát việc thực hiện",
    "tổng kết công tác",
]
TOPICS = [
    "mua bán người",
    "nạn nhân bị mua bán",
    "lao động cưỡng bức",
    "lừa đảo việc làm ở nước ngoài",
    "xuất khẩu lao động trái phép",
    "kết hôn với người nước ngoài",
    "bóc lột tình dục",
    "các cơ sở lừa đảo trực tuyến",
    "xuất cảnh trái phép qua biên giới",
    "bảo vệ trẻ em",
    "hỗ trợ hòa nhập cộng đồng",
    "giấy tờ tùy thân bị giữ",
    "đường dây nóng 111",
    "di cư an toàn",
    "học nghề và vay vốn",
]
PLACES = [
    "tại các xã vùng biên",
    "ở khu vực ven biển",
    "cho học sinh trung học",
    "cho người lao động di cư",
    "tại đặc khu Côn Đảo",
    "ở các phường trung tâm",
    "cho phụ nữ và trẻ em gái",
    "tại cửa khẩu",
    "trên mạng xã hội",
    "tại nhà văn hóa thôn",
]
KINDS = [
    "Tờ rơi",
    "Cẩm nang",
    "Sổ tay",
    "Video",
    "Phóng sự",
    "Tài liệu tập huấn",
    "Báo cáo",
    "Biên bản hội nghị",
    "Dự thảo kế hoạch",
    "Áp phích",
]
CLOSINGS = [
    "Người dân cần giúp đỡ hãy gọi đường dây nóng miễn phí.",
    "Thông tin về nạn nhân được giữ bí mật tuyệt đối.",
    "Các cơ quan phối hợp chặt chẽ trong tiếp nhận, xác minh và hỗ trợ.",
    "Nạn nhân được hỗ trợ nhu cầu thiết yếu, y tế, tâm lý và trợ giúp pháp lý.",
    "Cảnh giác với lời mời việc nhẹ lương cao ở nước ngoài.",
]


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)} "
        f"{rng.choice(PLACES)}."
    )


def material(rng: random.Random, number: int) -> dict:
    """Title, body and topic of one generated material."""
    topic = rng.choice(TOPICS)
    title = f"{rng.choice(KINDS)}: {topic} {rng.choice(PLACES)} (số {number})"
    body = " ".join(
        [sentence(rng) for _ in range(rng.randint(3, 7))] + [rng.choice(CLOSINGS)]
    )
    return {"title": title[:255], "body": body, "topic": topic}
