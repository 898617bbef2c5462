"""Realistic Vietnamese text for the search data generator: sentences about prevention,
identification and support of trafficking victims, built from phrase parts with a
seeded random generator (the same seed gives the same corpus).

Words follow a Zipf-like distribution, as in real text: a few phrases ("mua bán người")
occur in many documents, most occur in few. ``search_bench`` measures typical queries
and, separately, the most common words.
"""

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
COMMUNES = [
    "Long Sơn",
    "Phước Hiệp",
    "Phước Trung",
    "Long Toàn",
    "Rạch Dừa",
    "Thắng Tam",
    "Bà Rịa",
    "Vũng Tàu",
    "Châu Đức",
    "Xuyên Mộc",
    "Long Điền",
    "Phú Mỹ",
    "Ngãi Giao",
    "Bình Ba",
    "Kim Long",
    "Xuân Sơn",
    "Bình Giã",
    "Hòa Hiệp",
    "Bưng Riềng",
    "Bình Châu",
    "Phước Bửu",
    "Đất Đỏ",
    "Phước Hải",
    "Long Hải",
    "Tân Hải",
    "Tân Thành",
    "Hắc Dịch",
    "Châu Pha",
    "Sông Xoài",
    "Mỹ Xuân",
]
EXTRA_TOPICS = [
    "chăm sóc sức khỏe tâm thần",
    "hỗ trợ tái hòa nhập",
    "trợ giúp pháp lý miễn phí",
    "tuyển dụng qua mạng",
    "môi giới hôn nhân",
    "mang thai hộ vì mục đích thương mại",
    "bán thận và mô tạng",
    "ngư dân trên tàu cá xa bờ",
    "lao động giúp việc gia đình",
    "du học trá hình",
    "thẻ căn cước và hộ chiếu",
    "phiên dịch cho nạn nhân",
    "nơi tạm trú an toàn",
    "vay vốn ưu đãi",
    "dạy nghề may công nghiệp",
    "bồi thường thiệt hại",
    "điều tra, truy tố tội phạm",
    "hợp tác quốc tế",
    "thống kê số liệu",
    "truyền thông trên Zalo",
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


ALL_TOPICS = TOPICS + EXTRA_TOPICS
MONTHS = [f"tháng {m}" for m in range(1, 13)]


def zipf(rng: random.Random, items: list[str]) -> str:
    """An item, the first ones far more often than the last (weight 1/rank)."""
    weights = [1 / (rank + 1) for rank in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def place(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"tại xã {rng.choice(COMMUNES)}"
    return zipf(rng, PLACES)


def sentence(rng: random.Random) -> str:
    return (
        f"{zipf(rng, SUBJECTS)} {rng.choice(ACTIONS)} {zipf(rng, ALL_TOPICS)} "
        f"{place(rng)} {rng.choice(MONTHS)} năm {rng.randint(2019, 2026)}."
    )


def material(rng: random.Random, number: int) -> dict:
    """Title, body and topic of one generated material."""
    topic = zipf(rng, ALL_TOPICS)
    title = f"{zipf(rng, KINDS)}: {topic} {place(rng)} (số {number})"
    body = " ".join(
        [sentence(rng) for _ in range(rng.randint(2, 4))] + [rng.choice(CLOSINGS)]
    )
    return {"title": title[:255], "body": body, "topic": topic}
