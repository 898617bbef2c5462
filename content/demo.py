"""Demo library: taxonomy, the library and agency shelves, 30+ materials of every kind
with real generated files, a special page, reuse across agencies, counters and community
events. Idempotent: what exists is left alone, so running it twice changes nothing."""

import datetime
import hashlib
import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale
from wagtailmedia.models import get_media_model

from cms.models import HomePage
from portal.directory.models import Agency

from . import demo_files
from .models import (
    AgencyLibraryPage,
    Audience,
    BookletPage,
    CommunicationEvent,
    HandbookPage,
    LeafletPage,
    LeafletPreview,
    LibraryPage,
    MaterialDailyStat,
    MaterialLanguage,
    MaterialPage,
    Region,
    ReportagePage,
    SpecialPage,
    SpecialPageItem,
    Topic,
    VideoPage,
)

TOPICS = {
    "lua-dao-viec-lam": ("Lừa đảo việc làm", "Job scams"),
    "lao-dong-ngoai-nuoc": ("Đi làm việc ở nước ngoài", "Working abroad"),
    "lua-dao-truc-tuyen": (
        "Lừa đảo trực tuyến, ép làm việc tại cơ sở lừa đảo",
        "Online scams and scam compounds",
    ),
    "ket-hon-qua-bien-gioi": (
        "Kết hôn, môi giới qua biên giới",
        "Cross-border marriage brokering",
    ),
    "ho-tro-nan-nhan": ("Quyền và hỗ trợ nạn nhân", "Victims' rights and support"),
    "lao-dong-tren-bien": ("Lao động trên tàu cá", "Work on fishing boats"),
}
AUDIENCES = {
    "phu-nu-tre-em-gai-nong-thon": (
        "Phụ nữ và trẻ em gái vùng nông thôn",
        "Women and girls in rural areas",
    ),
    "lao-dong-di-cu": ("Người lao động di cư", "Migrant workers"),
    "hoc-sinh-sinh-vien": ("Học sinh, sinh viên", "Students"),
    "ngu-dan": ("Ngư dân", "Fishermen"),
    "cha-me": ("Cha mẹ, người chăm sóc trẻ", "Parents and carers"),
    "can-bo-co-so": ("Cán bộ cơ sở", "Local officials"),
}
LANGUAGES = {
    "tieng-viet": ("Tiếng Việt", "Vietnamese", "vi"),
    "tieng-anh": ("Tiếng Anh", "English", "en"),
    "tieng-khmer": ("Tiếng Khmer", "Khmer", "km"),
}
REGIONS = {
    "tphcm": ("Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
    "vung-ven-bien": ("Các xã, phường ven biển", "Coastal communes"),
    "con-dao": ("Đặc khu Côn Đảo", "Côn Đảo special zone"),
}
SHELVES = {
    "so-y-te-tphcm": "Sở Y tế TP.HCM",
    "cong-an-tphcm": "Công an TP.HCM",
    "bdbp-tphcm": "Bộ đội Biên phòng TP.HCM",
    "vung-csb-3": "Vùng Cảnh sát biển 3",
    "so-ngoai-vu-tphcm": "Sở Ngoại vụ TP.HCM",
    "ttctxh-ba-ria": "Trung tâm CTXH Bà Rịa",
}
COLOURS = ["#0b4f8a", "#a3141e", "#2e5e1e", "#5b2a86", "#7a4b00", "#00545c"]
KIND_MODELS = {
    "leaflet": LeafletPage,
    "video": VideoPage,
    "handbook": HandbookPage,
    "booklet": BookletPage,
    "reportage": ReportagePage,
}
# (kind, agency slug, slug, title, summary, topics, audiences, date)
MATERIALS = [
    (
        "leaflet",
        "so-y-te-tphcm",
        "canh-giac-viec-nhe-luong-cao",
        "Cảnh giác với lời mời “việc nhẹ, lương cao”",
        "Năm dấu hiệu nhận biết lời mời làm việc lừa đảo và việc cần làm trước khi nhận lời.",
        ["lua-dao-viec-lam"],
        ["lao-dong-di-cu", "phu-nu-tre-em-gai-nong-thon"],
        "2025-08-04",
    ),
    (
        "leaflet",
        "so-y-te-tphcm",
        "quyen-cua-nan-nhan",
        "Nạn nhân bị mua bán có những quyền gì?",
        "Tóm tắt quyền được hỗ trợ, bảo vệ và giữ bí mật theo Luật Phòng, chống mua bán người 2024.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon", "cha-me"],
        "2025-07-15",
    ),
    (
        "leaflet",
        "cong-an-tphcm",
        "bay-lua-dao-truc-tuyen",
        "Bẫy lừa “việc làm online” ở nước ngoài",
        "Cách các đường dây dụ người sang các cơ sở lừa đảo trực tuyến và cách tự bảo vệ.",
        ["lua-dao-truc-tuyen", "lua-dao-viec-lam"],
        ["hoc-sinh-sinh-vien", "lao-dong-di-cu"],
        "2025-09-10",
    ),
    (
        "leaflet",
        "cong-an-tphcm",
        "khi-bi-giu-giay-to",
        "Khi bị giữ giấy tờ tùy thân",
        "Bị chủ sử dụng giữ hộ chiếu, căn cước là dấu hiệu nguy hiểm: gọi ngay 111 hoặc công an gần nhất.",
        ["lua-dao-viec-lam", "ho-tro-nan-nhan"],
        ["lao-dong-di-cu"],
        "2025-10-02",
    ),
    (
        "leaflet",
        "bdbp-tphcm",
        "qua-bien-gioi-an-toan",
        "Qua biên giới an toàn, đúng pháp luật",
        "Thủ tục xuất cảnh hợp pháp và các dấu hiệu của đường dây đưa người qua biên giới trái phép.",
        ["lao-dong-ngoai-nuoc", "ket-hon-qua-bien-gioi"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2025-08-20",
    ),
    (
        "leaflet",
        "vung-csb-3",
        "ngu-dan-tren-tau-ca",
        "Ngư dân: biết quyền của mình trên tàu cá",
        "Hợp đồng, tiền công, giờ nghỉ và cách kêu cứu khi bị ép làm việc trên biển.",
        ["lao-dong-tren-bien"],
        ["ngu-dan"],
        "2025-09-01",
    ),
    (
        "leaflet",
        "so-ngoai-vu-tphcm",
        "lien-he-dai-su-quan",
        "Gặp nạn ở nước ngoài: liên hệ cơ quan đại diện",
        "Cách liên hệ Đại sứ quán, Tổng lãnh sự quán Việt Nam và những giấy tờ cần giữ.",
        ["lao-dong-ngoai-nuoc", "ho-tro-nan-nhan"],
        ["lao-dong-di-cu"],
        "2025-11-12",
    ),
    (
        "leaflet",
        "ttctxh-ba-ria",
        "tro-ve-an-toan",
        "Trở về an toàn: hỗ trợ tại Trung tâm",
        "Chỗ ở tạm thời, chăm sóc y tế, tư vấn tâm lý và trợ giúp pháp lý miễn phí cho nạn nhân.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon", "cha-me"],
        "2026-01-08",
    ),
    (
        "video",
        "so-y-te-tphcm",
        "cau-chuyen-cua-mai",
        "Câu chuyện của Mai",
        "Một cô gái trẻ được mời sang nước ngoài làm phục vụ nhà hàng: những câu hỏi cô đã không kịp hỏi.",
        ["lua-dao-viec-lam", "lao-dong-ngoai-nuoc"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2025-09-20",
    ),
    (
        "video",
        "cong-an-tphcm",
        "ba-buoc-kiem-tra-loi-moi",
        "Ba bước kiểm tra một lời mời làm việc",
        "Video ngắn: kiểm tra công ty, kiểm tra hợp đồng, hỏi người thân trước khi đi.",
        ["lua-dao-viec-lam"],
        ["hoc-sinh-sinh-vien", "lao-dong-di-cu"],
        "2025-10-15",
    ),
    (
        "video",
        "vung-csb-3",
        "keu-cuu-tren-bien",
        "Kêu cứu trên biển: số điện thoại cần nhớ",
        "Video hướng dẫn ngư dân cách báo tin khi bị ép làm việc hoặc bị giữ trên tàu.",
        ["lao-dong-tren-bien"],
        ["ngu-dan"],
        "2025-12-03",
    ),
    (
        "video",
        "bdbp-tphcm",
        "chuyen-di-khong-giay-to",
        "Chuyến đi không giấy tờ",
        "Phim ngắn về rủi ro khi vượt biên trái phép theo lời hứa của người môi giới.",
        ["ket-hon-qua-bien-gioi", "lao-dong-ngoai-nuoc"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2026-02-10",
    ),
    (
        "video",
        "ttctxh-ba-ria",
        "ngay-dau-tai-trung-tam",
        "Ngày đầu tại Trung tâm",
        "Giới thiệu những gì người được hỗ trợ gặp trong ngày đầu tiên, để họ yên tâm.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2026-03-05",
    ),
    (
        "handbook",
        "so-y-te-tphcm",
        "so-tay-can-bo-co-so",
        "Sổ tay cán bộ cơ sở: tiếp nhận và hỗ trợ nạn nhân",
        "Trình tự tiếp nhận, hỗ trợ nhu cầu thiết yếu và chuyển giao nạn nhân theo quy định mới từ 01/7/2025.",
        ["ho-tro-nan-nhan"],
        ["can-bo-co-so"],
        "2025-07-01",
    ),
    (
        "handbook",
        "cong-an-tphcm",
        "so-tay-nhan-dien",
        "Sổ tay nhận diện thủ đoạn mua bán người",
        "Các thủ đoạn thường gặp, trong đó có ép buộc làm việc tại cơ sở lừa đảo trực tuyến.",
        ["lua-dao-truc-tuyen", "lua-dao-viec-lam"],
        ["can-bo-co-so"],
        "2025-08-15",
    ),
    (
        "handbook",
        "so-ngoai-vu-tphcm",
        "so-tay-lao-dong-di-lam-nuoc-ngoai",
        "Sổ tay cho người đi làm việc ở nước ngoài",
        "Chuẩn bị giấy tờ, hợp đồng, liên lạc và hỗ trợ khi gặp khó khăn ở nước ngoài.",
        ["lao-dong-ngoai-nuoc"],
        ["lao-dong-di-cu"],
        "2025-10-20",
    ),
    (
        "handbook",
        "vung-csb-3",
        "so-tay-thuyen-truong",
        "Sổ tay cho chủ tàu, thuyền trưởng",
        "Trách nhiệm của chủ tàu trong việc bảo vệ thuyền viên và phòng ngừa lao động cưỡng bức.",
        ["lao-dong-tren-bien"],
        ["ngu-dan", "can-bo-co-so"],
        "2026-01-15",
    ),
    (
        "handbook",
        "ttctxh-ba-ria",
        "so-tay-tu-van-tam-ly",
        "Sổ tay tư vấn tâm lý ban đầu",
        "Nguyên tắc lấy nạn nhân làm trung tâm, lắng nghe và giữ bí mật.",
        ["ho-tro-nan-nhan"],
        ["can-bo-co-so"],
        "2026-02-20",
    ),
    (
        "booklet",
        "so-y-te-tphcm",
        "cam-nang-gia-dinh",
        "Cẩm nang cho gia đình: nói chuyện với con về an toàn",
        "Gợi ý cho cha mẹ trò chuyện với con về mạng xã hội, lời mời làm việc và người lạ.",
        ["lua-dao-truc-tuyen"],
        ["cha-me", "hoc-sinh-sinh-vien"],
        "2025-09-05",
    ),
    (
        "booklet",
        "cong-an-tphcm",
        "hoi-dap-phap-luat",
        "Hỏi đáp pháp luật về phòng, chống mua bán người",
        "Hai mươi câu hỏi thường gặp và câu trả lời theo Luật 53/2024/QH15.",
        ["ho-tro-nan-nhan"],
        ["can-bo-co-so", "hoc-sinh-sinh-vien"],
        "2025-11-01",
    ),
    (
        "booklet",
        "bdbp-tphcm",
        "cam-nang-vung-bien",
        "Cẩm nang cho người dân vùng biên giới, hải đảo",
        "Nhận biết người lạ môi giới việc làm, kết hôn và cách báo tin cho đồn biên phòng.",
        ["ket-hon-qua-bien-gioi"],
        ["phu-nu-tre-em-gai-nong-thon", "ngu-dan"],
        "2025-12-10",
    ),
    (
        "booklet",
        "so-ngoai-vu-tphcm",
        "ket-hon-co-yeu-to-nuoc-ngoai",
        "Kết hôn có yếu tố nước ngoài: những điều cần biết",
        "Thủ tục hợp pháp và dấu hiệu của môi giới hôn nhân trái phép.",
        ["ket-hon-qua-bien-gioi"],
        ["phu-nu-tre-em-gai-nong-thon", "cha-me"],
        "2026-01-25",
    ),
    (
        "booklet",
        "ttctxh-ba-ria",
        "hoa-nhap-cong-dong",
        "Hòa nhập cộng đồng sau khi trở về",
        "Học nghề, vay vốn, hỗ trợ khó khăn ban đầu và nơi tìm giúp đỡ.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2026-03-15",
    ),
    (
        "reportage",
        "so-y-te-tphcm",
        "mot-ngay-o-duong-day-nong",
        "Một ngày ở đường dây nóng 111",
        "Những cuộc gọi lúc nửa đêm và những người trực không bao giờ tắt máy.",
        ["ho-tro-nan-nhan"],
        ["cha-me"],
        "2025-10-10",
    ),
    (
        "reportage",
        "cong-an-tphcm",
        "giai-cuu-khoi-co-so-lua-dao",
        "Trở về từ cơ sở lừa đảo trực tuyến",
        "Phóng sự về hành trình trở về của những thanh niên bị lừa sang làm việc tại các cơ sở lừa đảo.",
        ["lua-dao-truc-tuyen"],
        ["hoc-sinh-sinh-vien", "lao-dong-di-cu"],
        "2025-11-20",
    ),
    (
        "reportage",
        "bdbp-tphcm",
        "don-bien-phong-va-nguoi-dan",
        "Đồn biên phòng và những buổi nói chuyện ở xóm chài",
        "Cán bộ biên phòng đến từng nhà ngư dân nói về lời mời đi làm trên tàu nước ngoài.",
        ["lao-dong-tren-bien"],
        ["ngu-dan"],
        "2026-01-05",
    ),
    (
        "reportage",
        "vung-csb-3",
        "tuan-tra-tren-bien",
        "Những chuyến tuần tra dài ngày trên biển",
        "Cảnh sát biển kiểm tra tàu cá, hỏi chuyện thuyền viên, phát tờ rơi giữa biển khơi.",
        ["lao-dong-tren-bien"],
        ["ngu-dan"],
        "2026-02-15",
    ),
    (
        "reportage",
        "so-ngoai-vu-tphcm",
        "chuyen-bay-tro-ve",
        "Chuyến bay trở về",
        "Phối hợp với cơ quan đại diện đưa công dân bị lừa ở nước ngoài về nước.",
        ["lao-dong-ngoai-nuoc", "ho-tro-nan-nhan"],
        ["lao-dong-di-cu"],
        "2026-03-01",
    ),
    (
        "reportage",
        "ttctxh-ba-ria",
        "lop-hoc-nghe",
        "Lớp học nghề may ở Trung tâm",
        "Những người phụ nữ làm lại từ đầu với chiếc máy may và sự hỗ trợ của cộng đồng.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon"],
        "2026-04-10",
    ),
    (
        "leaflet",
        "so-y-te-tphcm",
        "so-dien-thoai-can-nho",
        "Những số điện thoại cần nhớ",
        "Đường dây nóng 111, công an, biên phòng, cảnh sát biển và trung tâm hỗ trợ gần nhất.",
        ["ho-tro-nan-nhan"],
        ["phu-nu-tre-em-gai-nong-thon", "lao-dong-di-cu", "ngu-dan"],
        "2026-04-20",
    ),
    (
        "video",
        "so-y-te-tphcm",
        "loi-hua-tren-mang",
        "Lời hứa trên mạng",
        "Video ngắn cho học sinh: người quen qua mạng hứa việc làm, học bổng, tình yêu.",
        ["lua-dao-truc-tuyen"],
        ["hoc-sinh-sinh-vien", "cha-me"],
        "2026-05-05",
    ),
]
PARAGRAPHS = [
    "Mua bán người là tội phạm nghiêm trọng. Kẻ xấu thường hứa hẹn việc nhẹ, lương cao, "
    "kết hôn với người nước ngoài hoặc học bổng để dụ dỗ người nhẹ dạ.",
    "Trước khi nhận lời đi làm xa, hãy kiểm tra công ty, đọc kỹ hợp đồng, giữ giấy tờ tùy "
    "thân và cho người thân biết nơi bạn đến.",
    "Nếu bạn hoặc người thân gặp nguy hiểm, hãy gọi ngay đường dây nóng 111 (miễn phí, "
    "24/7) hoặc báo cho công an, bộ đội biên phòng, cảnh sát biển gần nhất.",
]
CAPTIONS_VI = [
    "Mai nhận được một lời mời làm việc.",
    "Lương cao, không cần kinh nghiệm.",
    "Hãy hỏi trước khi đi: gọi 111.",
]
CAPTIONS_EN = [
    "Mai receives a job offer.",
    "High pay, no experience needed.",
    "Ask before you go: call 111.",
]
REUSES = [
    ("canh-giac-viec-nhe-luong-cao", "cong-an-tphcm"),
    ("canh-giac-viec-nhe-luong-cao", "bdbp-tphcm"),
    ("ngu-dan-tren-tau-ca", "bdbp-tphcm"),
    ("bay-lua-dao-truc-tuyen", "so-y-te-tphcm"),
]
EVENTS = [
    (
        "so-y-te-tphcm",
        "Truyền thông tại chợ Phước Hiệp",
        "2026-03-12",
        "Chợ Phước Hiệp, phường Bà Rịa",
        "phu-nu-tre-em-gai-nong-thon",
        120,
        ["canh-giac-viec-nhe-luong-cao", "quyen-cua-nan-nhan"],
    ),
    (
        "cong-an-tphcm",
        "Ngoại khóa tại Trường THPT Vũng Tàu",
        "2026-04-02",
        "Phường Vũng Tàu",
        "hoc-sinh-sinh-vien",
        450,
        ["bay-lua-dao-truc-tuyen", "ba-buoc-kiem-tra-loi-moi"],
    ),
    (
        "vung-csb-3",
        "Tuyên truyền tại cảng cá Long Sơn",
        "2026-04-18",
        "Xã Long Sơn",
        "ngu-dan",
        85,
        ["ngu-dan-tren-tau-ca", "keu-cuu-tren-bien"],
    ),
    (
        "bdbp-tphcm",
        "Nói chuyện ở xóm chài Côn Đảo",
        "2026-05-09",
        "Đặc khu Côn Đảo",
        "ngu-dan",
        60,
        ["qua-bien-gioi-an-toan"],
    ),
    (
        "ttctxh-ba-ria",
        "Sinh hoạt nhóm phụ nữ xã Long Sơn",
        "2026-05-20",
        "Xã Long Sơn",
        "phu-nu-tre-em-gai-nong-thon",
        40,
        ["tro-ve-an-toan", "hoa-nhap-cong-dong"],
    ),
    (
        "so-y-te-tphcm",
        "Hội nghị cán bộ cơ sở",
        "2026-06-06",
        "Hội trường Sở Y tế",
        "can-bo-co-so",
        150,
        ["so-tay-can-bo-co-so"],
    ),
]

# English editions of some demo materials: (title, summary), by Vietnamese slug.
ENGLISH = {
    "canh-giac-viec-nhe-luong-cao": (
        "Beware of “easy work, high pay” offers",
        "Five signs of a fraudulent job offer and what to do before you accept one.",
    ),
    "quyen-cua-nan-nhan": (
        "What rights do trafficking victims have?",
        "A summary of the rights to support, protection and confidentiality under the 2024 Law on Prevention and Combat of Human Trafficking.",
    ),
    "bay-lua-dao-truc-tuyen": (
        "The “online job” trap abroad",
        "How trafficking rings lure people into online scam compounds, and how to protect yourself.",
    ),
    "ngu-dan-tren-tau-ca": (
        "Fishermen: know your rights on board",
        "Contracts, pay, rest hours and how to call for help when forced to work at sea.",
    ),
    "cau-chuyen-cua-mai": (
        "Mai's story",
        "A young woman is offered restaurant work abroad: the questions she did not have time to ask.",
    ),
    "so-tay-can-bo-co-so": (
        "Handbook for local officials: receiving and supporting victims",
        "How to receive victims, meet their essential needs and refer them under the rules in force since 1 July 2025.",
    ),
    "cam-nang-gia-dinh": (
        "A guide for families: talking with children about safety",
        "Ideas for parents to talk with their children about social media, job offers and strangers.",
    ),
    "mot-ngay-o-duong-day-nong": (
        "A day at the 111 hotline",
        "Midnight calls and the people on duty who never switch off their phones.",
    ),
}


def _terms(model, rows):
    for slug, row in rows.items():
        name, name_en, *extra = row
        defaults = {"name": name, "name_en": name_en}
        if extra:
            defaults["code"] = extra[0]
        model.objects.get_or_create(slug=slug, defaults=defaults)


def _collections():
    root = Collection.get_first_root_node()
    if root is None:
        # A flushed test database has lost Wagtail's root collection too.
        root = Collection.add_root(name="Root")
    public = root.get_children().filter(name="Thư viện tài liệu").first()
    if public is None:
        public = root.add_child(name="Thư viện tài liệu")
    originals = root.get_children().filter(name="Tệp gốc (chỉ cán bộ)").first()
    if originals is None:
        originals = root.add_child(name="Tệp gốc (chỉ cán bộ)")
    # Originals are for signed-in agency staff: Wagtail's own document URLs ask for a
    # sign-in too, not only the library's view.
    CollectionViewRestriction.objects.get_or_create(
        collection=originals,
        restriction_type=CollectionViewRestriction.LOGIN,
    )
    return public, originals


def _document(title, filename, data, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(data), save=False)
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document.save()
    return document


def _image(title, filename, data, collection):
    from PIL import Image

    with Image.open(io.BytesIO(data)) as decoded:
        width, height = decoded.size
    image = get_image_model()(title=title, collection=collection)
    image.file.save(filename, ContentFile(data), save=False)
    image.width, image.height = width, height
    image.file_size = len(data)
    image.save()
    return image


@transaction.atomic
def load():
    """Creates what is missing of the demo library."""
    _terms(Topic, TOPICS)
    _terms(Audience, AUDIENCES)
    _terms(MaterialLanguage, LANGUAGES)
    _terms(Region, REGIONS)
    vi = Locale.objects.get(language_code="vi")
    home = HomePage.objects.filter(locale=vi).first()
    if home is None:
        return
    library = LibraryPage.objects.filter(locale=vi).first()
    if library is None:
        library = home.add_child(
            instance=LibraryPage(
                title="Thư viện tài liệu truyền thông",
                slug="thu-vien",
                intro="Tờ rơi, video, sổ tay, cẩm nang và phóng sự của các cơ quan, "
                "dùng chung cho mọi người.",
                locale=vi,
            )
        )
        library.save_revision().publish()
    agencies = {a.slug: a for a in Agency.objects.filter(slug__in=SHELVES)}
    shelves = {}
    for slug, title in SHELVES.items():
        if slug not in agencies:
            continue
        shelf = AgencyLibraryPage.objects.filter(
            agency=agencies[slug], locale=vi
        ).first()
        if shelf is None:
            shelf = library.add_child(
                instance=AgencyLibraryPage(
                    title=f"Tài liệu của {title}",
                    slug=slug,
                    agency=agencies[slug],
                    intro=f"Các tài liệu do {agencies[slug].name} phát hành.",
                    locale=vi,
                )
            )
            shelf.save_revision().publish()
        shelves[slug] = shelf
    public, originals = _collections()
    video_bytes = None
    created = {}
    for index, row in enumerate(MATERIALS):
        kind, agency_slug, slug, *_rest = row
        if agency_slug not in shelves:
            continue
        existing = MaterialPage.objects.filter(
            slug=slug, locale=vi, alias_of__isnull=True
        ).first()
        if existing is not None:
            created[slug] = existing
            continue
        if kind == "video" and video_bytes is None:
            video_bytes = demo_files.make_video() or b""
        created[slug] = _material(
            index,
            row,
            shelves[agency_slug],
            agencies[agency_slug],
            public,
            originals,
            video_bytes,
        )
    _special_page(library, created, vi)
    for slug, agency_slug in REUSES:
        material, shelf = created.get(slug), shelves.get(agency_slug)
        if material is None or shelf is None:
            continue
        if not MaterialPage.objects.child_of(shelf).filter(alias_of=material).exists():
            material.create_alias(parent=shelf, update_slug=slug)
    _metrics(created)
    _english(library, shelves, created)


def _english(library, shelves, created):
    """English editions of the library, the shelves and some materials, made with
    Wagtail's translation copy so the language switch lands on the same page."""
    en = Locale.objects.filter(language_code="en").first()
    if en is None or not HomePage.objects.filter(locale=en).exists():
        return
    english_library = library.get_translation_or_none(en)
    if english_library is None:
        english_library = library.copy_for_translation(en)
        english_library.title = "Library of awareness materials"
        english_library.intro = (
            "Leaflets, videos, handbooks, booklets and reportages of the agencies, "
            "shared with everyone."
        )
        english_library.save_revision().publish()
    for slug, shelf in shelves.items():
        if shelf.get_translation_or_none(en) is None:
            english_shelf = shelf.copy_for_translation(en)
            english_shelf.title = f"Materials of {SHELVES[slug]}"
            english_shelf.intro = ""
            english_shelf.save_revision().publish()
    english_language = MaterialLanguage.objects.filter(slug="tieng-anh").first()
    for slug, (title, summary) in ENGLISH.items():
        material = created.get(slug)
        if material is None or material.get_translation_or_none(en) is not None:
            continue
        english = material.specific.copy_for_translation(en)
        english.title, english.summary, english.search_description = (
            title,
            summary,
            summary,
        )
        english.body = f"<p>{summary}</p>"
        if english_language is not None:
            english.languages = [english_language]
        english.save_revision().publish()


def _material(index, row, shelf, agency, public, originals, video_bytes):
    kind, _agency_slug, slug, title, summary, topics, audiences, date = row
    colour = COLOURS[index % len(COLOURS)]
    model = KIND_MODELS[kind]
    page = model(
        title=title,
        slug=slug,
        summary=summary,
        owner_agency=agency,
        publication_date=datetime.date.fromisoformat(date),
        version="1.0",
        locale=shelf.locale,
        body="".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]),
        search_description=summary,
    )
    page.topics = list(Topic.objects.filter(slug__in=topics))
    page.audiences = list(Audience.objects.filter(slug__in=audiences))
    page.languages = list(MaterialLanguage.objects.filter(slug="tieng-viet"))
    page.region = Region.objects.filter(slug="tphcm").first()
    page.cover_image = _image(
        f"Ảnh bìa: {title}",
        f"{slug}.png",
        demo_files.make_cover(title, str(agency), colour),
        public,
    )
    if kind != "video":
        pages = {"handbook": 3, "booklet": 2}.get(kind, 1)
        page.pdf_file = _document(
            title,
            f"{slug}.pdf",
            demo_files.make_pdf(title, agency.name, [summary, *PARAGRAPHS], pages),
            public,
        )
        page.source_file = _document(
            f"Bản in gốc: {title}",
            f"{slug}-ban-in.pdf",
            demo_files.make_pdf(title, agency.name, [summary, *PARAGRAPHS], pages),
            originals,
        )
    if kind == "video":
        _video(page, slug, title, public, video_bytes)
    elif kind == "handbook":
        page.chapters = [
            ("chapter", {"title": heading, "body": f"<p>{text}</p>"})
            for heading, text in zip(
                ["Nhận diện", "Tiếp nhận và hỗ trợ", "Chuyển giao và theo dõi"],
                PARAGRAPHS,
                strict=True,
            )
        ]
    elif kind == "booklet":
        page.page_count = 2
    elif kind == "reportage":
        page.location = "Thành phố Hồ Chí Minh"
    if kind == "leaflet":
        page.previews = [
            LeafletPreview(image=page.cover_image, caption="Mặt trước"),
        ]
    shelf.add_child(instance=page)
    page.save_revision().publish()
    return page


def _video(page, slug, title, collection, video_bytes):
    page.transcript = "".join(f"<p>{line}</p>" for line in CAPTIONS_VI)
    page.captions_vi = _document(
        f"Phụ đề tiếng Việt: {title}",
        f"{slug}.vi.vtt",
        demo_files.make_vtt(CAPTIONS_VI),
        collection,
    )
    page.captions_en = _document(
        f"English captions: {title}",
        f"{slug}.en.vtt",
        demo_files.make_vtt(CAPTIONS_EN),
        collection,
    )
    if video_bytes:
        media = get_media_model()(
            title=title,
            type="video",
            duration=6,
            width=320,
            height=180,
            collection=collection,
        )
        media.file.save(f"{slug}.webm", ContentFile(video_bytes), save=False)
        media.save()
        page.video = media
    else:
        page.embed_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def _special_page(library, created, locale):
    slug = "chuyen-de-lua-dao-truc-tuyen"
    if SpecialPage.objects.filter(slug=slug, locale=locale).exists():
        return
    agency = Agency.objects.filter(slug="so-y-te-tphcm").first()
    members = [
        created[s]
        for s in (
            "bay-lua-dao-truc-tuyen",
            "loi-hua-tren-mang",
            "so-tay-nhan-dien",
            "giai-cuu-khoi-co-so-lua-dao",
            "cam-nang-gia-dinh",
        )
        if s in created
    ]
    if agency is None or not members:
        return
    page = SpecialPage(
        title="Chuyên đề: Lừa đảo trực tuyến và các cơ sở lừa đảo",
        slug=slug,
        summary="Tờ rơi, video, sổ tay và phóng sự của nhiều cơ quan về thủ đoạn dụ người sang làm việc tại các cơ sở lừa đảo trực tuyến.",
        owner_agency=agency,
        publication_date=datetime.date(2026, 5, 10),
        locale=locale,
        body=f"<p>{PARAGRAPHS[0]}</p>",
    )
    page.topics = list(Topic.objects.filter(slug="lua-dao-truc-tuyen"))
    page.items = [SpecialPageItem(material=m) for m in members]
    library.add_child(instance=page)
    page.save_revision().publish()


def _metrics(created):
    """Six months of plausible counters and some community events, the same every run."""
    if MaterialDailyStat.objects.exists():
        return
    rng = random.Random(230)  # noqa: S311 - demo figures, not security
    end = datetime.date(2026, 6, 30)
    rows = []
    for material in created.values():
        for offset in range(0, 180, 3):
            day = end - datetime.timedelta(days=offset)
            if day < material.publication_date:
                continue
            rows.append(
                MaterialDailyStat(
                    material=material,
                    date=day,
                    views=rng.randint(0, 40),
                    downloads=rng.randint(0, 8),
                )
            )
    MaterialDailyStat.objects.bulk_create(rows, ignore_conflicts=True)
    agencies = {a.slug: a for a in Agency.objects.all()}
    for agency_slug, title, date, place, audience, reached, used in EVENTS:
        if agency_slug not in agencies:
            continue
        event, made = CommunicationEvent.objects.get_or_create(
            agency=agencies[agency_slug],
            title=title,
            date=datetime.date.fromisoformat(date),
            defaults={
                "place": place,
                "audience": Audience.objects.filter(slug=audience).first(),
                "number_reached": reached,
            },
        )
        if made:
            event.materials.set([created[s] for s in used if s in created])
            event.save()
