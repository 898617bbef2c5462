"""Demo directory: Bà Rịa - Vũng Tàu as Plan 230 (2022) found it, and the same ground
after 1 July 2025 (merged into Ho Chi Minh City, no district level, victim support with
the health department). All people are fictional; agencies and units are real names with
their official codes (a subset)."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import roles as R
from .models import (
    AdministrativeUnit,
    Agency,
    Function,
    FunctionAssignment,
    LegalReference,
    Membership,
)

PLAN_230 = datetime.date(2022, 12, 7)
REFORM_END = datetime.date(2025, 6, 30)
REFORM_START = datetime.date(2025, 7, 1)
DEMO_PASSWORD = "thu-nghiem-2026"  # noqa: S105 - fictional demo accounts only

UNITS_2022 = {
    # code: (name, level, parent code)
    "77": ("Tỉnh Bà Rịa - Vũng Tàu", "province", None),
    "747": ("Thành phố Vũng Tàu", "district", "77"),
    "748": ("Thành phố Bà Rịa", "district", "77"),
    "750": ("Huyện Châu Đức", "district", "77"),
    "751": ("Huyện Xuyên Mộc", "district", "77"),
    "752": ("Huyện Long Điền", "district", "77"),
    "754": ("Thị xã Phú Mỹ", "district", "77"),
    "755": ("Huyện Côn Đảo", "district", "77"),
    "26506": ("Phường 1", "commune", "747"),
    "26508": ("Phường Thắng Tam", "commune", "747"),
    "26509": ("Phường 2", "commune", "747"),
    "26535": ("Phường Rạch Dừa", "commune", "747"),
    "26538": ("Phường 10", "commune", "747"),
    "26545": ("Xã Long Sơn", "commune", "747"),
    "26554": ("Phường Phước Hiệp", "commune", "748"),
    "26557": ("Phường Phước Trung", "commune", "748"),
    "26563": ("Phường Long Toàn", "commune", "748"),
    "26848": ("Huyện Côn Đảo (đơn vị cấp xã)", "commune", "755"),
}
UNITS_2025 = {
    # code: (name, level, parent code, predecessor codes)
    "79": ("Thành phố Hồ Chí Minh", "province", None, ["77"]),
    "26506": ("Phường Vũng Tàu", "commune", "79", ["26506", "26508", "26509"]),
    "26535": ("Phường Rạch Dừa", "commune", "79", ["26535", "26538"]),
    "26545": ("Xã Long Sơn", "commune", "79", ["26545"]),
    "26554": ("Phường Bà Rịa", "commune", "79", ["26554", "26557", "26563"]),
    "26848": ("Đặc khu Côn Đảo", "commune", "79", ["26848"]),
}

FUNCTIONS = {
    "victim-support-authority": (
        "Cơ quan tiếp nhận, hỗ trợ nạn nhân",
        "Tiếp nhận, hỗ trợ nhu cầu thiết yếu và chuyển giao nạn nhân.",
    ),
    "reporting-focal-agency": (
        "Cơ quan đầu mối báo cáo",
        "Tổng hợp báo cáo định kỳ về tiếp nhận, hỗ trợ nạn nhân.",
    ),
    "verifying-police": (
        "Công an xác minh",
        "Xác minh nhân thân, xác định nạn nhân, cung cấp giấy tờ chứng nhận nạn nhân.",
    ),
    "citizenship-verification": (
        "Xác minh quốc tịch, nhân thân công dân",
        "Phối hợp xác minh giấy tờ chứng minh là công dân của tỉnh.",
    ),
    "border-reception": (
        "Tiếp nhận tại biên giới",
        "Tiếp nhận nạn nhân trở về qua cửa khẩu, biên giới.",
    ),
    "sea-reception": ("Tiếp nhận trên biển", "Giải cứu, tiếp nhận nạn nhân trên biển."),
    "communications-lead": (
        "Cơ quan chủ trì truyền thông",
        "Chủ trì xây dựng, chia sẻ tài liệu truyền thông phòng, chống mua bán người.",
    ),
    "training-lead": (
        "Cơ quan chủ trì tập huấn",
        "Tổ chức tập huấn cho cán bộ các ngành.",
    ),
}

# slug: (name, short name, kind, unit code (period), parent slug, valid_from, valid_to)
AGENCIES_2022 = {
    "ubnd-brvt": (
        "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
        "UBND tỉnh BR-VT",
        "peoples_committee",
        "77",
        None,
    ),
    "so-ldtbxh-brvt": (
        "Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu",
        "Sở LĐTBXH BR-VT",
        "labour",
        "77",
        "ubnd-brvt",
    ),
    "phong-ldtbxh-vung-tau": (
        "Phòng Lao động - Thương binh và Xã hội thành phố Vũng Tàu",
        "Phòng LĐTBXH Vũng Tàu",
        "labour",
        "747",
        "so-ldtbxh-brvt",
    ),
    "phong-ldtbxh-ba-ria": (
        "Phòng Lao động - Thương binh và Xã hội thành phố Bà Rịa",
        "Phòng LĐTBXH Bà Rịa",
        "labour",
        "748",
        "so-ldtbxh-brvt",
    ),
    "cong-an-brvt": (
        "Công an tỉnh Bà Rịa - Vũng Tàu",
        "Công an tỉnh BR-VT",
        "police",
        "77",
        None,
    ),
    "bdbp-brvt": (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bà Rịa - Vũng Tàu",
        "BĐBP BR-VT",
        "border_guard",
        "77",
        None,
    ),
    "so-ngoai-vu-brvt": (
        "Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu",
        "Sở Ngoại vụ BR-VT",
        "foreign_affairs",
        "77",
        "ubnd-brvt",
    ),
    "ubnd-phuong-1-vung-tau": (
        "Ủy ban nhân dân Phường 1, thành phố Vũng Tàu",
        "UBND Phường 1",
        "commune_committee",
        "26506",
        None,
    ),
    "ca-phuong-1-vung-tau": (
        "Công an Phường 1, thành phố Vũng Tàu",
        "CA Phường 1",
        "commune_police",
        "26506",
        "cong-an-brvt",
    ),
    "ttctxh-brvt": (
        "Trung tâm Công tác xã hội và Bảo vệ trẻ em tỉnh Bà Rịa - Vũng Tàu",
        "TT CTXH & BVTE",
        "social_protection_centre",
        "77",
        "so-ldtbxh-brvt",
    ),
}
AGENCIES_2025 = {
    "ubnd-tphcm": (
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "UBND TP.HCM",
        "peoples_committee",
        "79",
        None,
    ),
    "so-y-te-tphcm": (
        "Sở Y tế Thành phố Hồ Chí Minh",
        "Sở Y tế TP.HCM",
        "health",
        "79",
        "ubnd-tphcm",
    ),
    "cong-an-tphcm": (
        "Công an Thành phố Hồ Chí Minh",
        "Công an TP.HCM",
        "police",
        "79",
        None,
    ),
    "bdbp-tphcm": (
        "Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh",
        "BĐBP TP.HCM",
        "border_guard",
        "79",
        None,
    ),
    "so-ngoai-vu-tphcm": (
        "Sở Ngoại vụ Thành phố Hồ Chí Minh",
        "Sở Ngoại vụ TP.HCM",
        "foreign_affairs",
        "79",
        "ubnd-tphcm",
    ),
    "ubnd-phuong-vung-tau": (
        "Ủy ban nhân dân phường Vũng Tàu",
        "UBND phường Vũng Tàu",
        "commune_committee",
        "26506",
        None,
    ),
    "ca-phuong-vung-tau": (
        "Công an phường Vũng Tàu",
        "CA phường Vũng Tàu",
        "commune_police",
        "26506",
        "cong-an-tphcm",
    ),
    "ttctxh-ba-ria": (
        "Trung tâm Công tác xã hội và Bảo vệ trẻ em Bà Rịa",
        "TT CTXH Bà Rịa",
        "social_protection_centre",
        "26554",
        "so-y-te-tphcm",
    ),
}
# Agencies that did not change: valid across both periods.
AGENCIES_LASTING = {
    "vung-csb-3": (
        "Bộ Tư lệnh Vùng Cảnh sát biển 3",
        "Vùng CSB 3",
        "coast_guard",
        "79",
        None,
    ),
    "tt-bao-tro-xa-hoi-brvt": (
        "Trung tâm Bảo trợ xã hội Bà Rịa - Vũng Tàu",
        "TT BTXH",
        "social_protection_centre",
        "79",
        None,
    ),
}
SUCCESSORS = {
    "ubnd-brvt": "ubnd-tphcm",
    "so-ldtbxh-brvt": "so-y-te-tphcm",
    "cong-an-brvt": "cong-an-tphcm",
    "bdbp-brvt": "bdbp-tphcm",
    "so-ngoai-vu-brvt": "so-ngoai-vu-tphcm",
    "ubnd-phuong-1-vung-tau": "ubnd-phuong-vung-tau",
    "ca-phuong-1-vung-tau": "ca-phuong-vung-tau",
    "ttctxh-brvt": "ttctxh-ba-ria",
}
ASSIGNMENTS_2022 = [
    ("victim-support-authority", "so-ldtbxh-brvt"),
    ("reporting-focal-agency", "so-ldtbxh-brvt"),
    ("communications-lead", "so-ldtbxh-brvt"),
    ("training-lead", "so-ldtbxh-brvt"),
    ("verifying-police", "cong-an-brvt"),
    ("citizenship-verification", "so-ngoai-vu-brvt"),
    ("border-reception", "bdbp-brvt"),
    ("sea-reception", "vung-csb-3"),
]
ASSIGNMENTS_2025 = [
    ("victim-support-authority", "so-y-te-tphcm"),
    ("reporting-focal-agency", "so-y-te-tphcm"),
    ("communications-lead", "so-y-te-tphcm"),
    ("training-lead", "so-y-te-tphcm"),
    ("verifying-police", "cong-an-tphcm"),
    ("citizenship-verification", "so-ngoai-vu-tphcm"),
    ("border-reception", "bdbp-tphcm"),
    ("sea-reception", "vung-csb-3"),
]
LEGAL_REFERENCES = [
    # (number, article, title, days, working days, from, to)
    (
        "53/2024/QH15",
        "Điều 27 khoản 2",
        "Luật Phòng, chống mua bán người 2024",
        3,
        False,
        REFORM_START,
        None,
    ),
    (
        "162/2025/NĐ-CP",
        "Điều 17",
        "Nghị định quy định chi tiết Luật Phòng, chống mua bán "
        "người (hỗ trợ nhu cầu thiết yếu)",
        120,
        False,
        REFORM_START,
        None,
    ),
    (
        "162/2025/NĐ-CP",
        "Mẫu số 07",
        "Quyết định hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu",
        9,
        True,
        REFORM_START,
        None,
    ),
    (
        "01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG",
        "",
        "Thông tư liên tịch hướng dẫn trình tự, thủ "
        "tục tiếp nhận, xác minh, bảo vệ nạn nhân",
        None,
        False,
        datetime.date(2014, 3, 1),
        REFORM_END,
    ),
    (
        "230/KH-UBND",
        "",
        "Kế hoạch phối hợp tiếp nhận, bảo vệ, hỗ trợ nạn nhân bị mua bán "
        "trên địa bàn tỉnh Bà Rịa - Vũng Tàu",
        None,
        False,
        PLAN_230,
        REFORM_END,
    ),
]

# username: (full name, [(agency slug, [roles], position, from, to)], superuser)
USERS = {
    "admin": (
        "Quản Trị Hệ Thống",
        [
            (
                "ubnd-tphcm",
                [R.SYSTEM_ADMINISTRATOR],
                "Quản trị hệ thống",
                REFORM_START,
                None,
            )
        ],
        True,
    ),
    "lan.bientap": (
        "Nguyễn Thị Lan",
        [
            (
                "so-ldtbxh-brvt",
                [R.COMMUNICATIONS_EDITOR],
                "Chuyên viên",
                PLAN_230,
                REFORM_END,
            ),
            (
                "so-y-te-tphcm",
                [R.COMMUNICATIONS_EDITOR],
                "Chuyên viên",
                REFORM_START,
                None,
            ),
        ],
        False,
    ),
    "minh.duyet": (
        "Trần Văn Minh",
        [
            (
                "so-y-te-tphcm",
                [R.COMMUNICATIONS_REVIEWER],
                "Trưởng phòng",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "hoa.quytrinh": (
        "Lê Thị Hoa",
        [("so-y-te-tphcm", [R.PROCESS_STAFF], "Chuyên viên", REFORM_START, None)],
        False,
    ),
    "thu.hoso": (
        "Phạm Thị Thu",
        [("so-y-te-tphcm", [R.CASE_WORKER], "Chuyên viên", REFORM_START, None)],
        False,
    ),
    "quang.giamsat": (
        "Võ Văn Quang",
        [("so-y-te-tphcm", [R.CASE_SUPERVISOR], "Phó Giám đốc", REFORM_START, None)],
        False,
    ),
    "ha.quantri": (
        "Đặng Thu Hà",
        [
            (
                "so-y-te-tphcm",
                [R.AGENCY_ADMINISTRATOR],
                "Chánh Văn phòng",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "tuan.congan": (
        "Hoàng Anh Tuấn",
        [
            (
                "cong-an-tphcm",
                [R.PROCESS_STAFF, R.CASE_WORKER],
                "Điều tra viên",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "dung.bientap.ca": (
        "Bùi Tiến Dũng",
        [
            (
                "cong-an-tphcm",
                [R.COMMUNICATIONS_EDITOR, R.COMMUNICATIONS_REVIEWER],
                "Cán bộ tuyên truyền",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "son.bienphong": (
        "Ngô Thanh Sơn",
        [
            (
                "bdbp-tphcm",
                [R.PROCESS_STAFF, R.CASE_WORKER],
                "Trợ lý",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "hai.canhsatbien": (
        "Lý Văn Hải",
        [("vung-csb-3", [R.PROCESS_STAFF, R.CASE_WORKER], "Trợ lý", PLAN_230, None)],
        False,
    ),
    "mai.ngoaivu": (
        "Đỗ Thị Mai",
        [
            (
                "so-ngoai-vu-tphcm",
                [R.PROCESS_STAFF, R.CASE_WORKER],
                "Chuyên viên",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "phuc.xa": (
        "Trịnh Văn Phúc",
        [
            (
                "ubnd-phuong-vung-tau",
                [R.PROCESS_STAFF, R.CASE_WORKER],
                "Công chức văn hóa - xã hội",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
    "an.trungtam": (
        "Mạc Thị An",
        [
            (
                "ttctxh-ba-ria",
                [R.PROCESS_STAFF, R.CASE_WORKER],
                "Nhân viên công tác xã hội",
                REFORM_START,
                None,
            )
        ],
        False,
    ),
}


def _units():
    units = {}
    for code, (name, level, parent) in UNITS_2022.items():
        to = REFORM_END if code != "79" else None
        units[("old", code)], _ = AdministrativeUnit.objects.update_or_create(
            code=code,
            valid_from=None,
            defaults={
                "name": name,
                "level": level,
                "parent": units.get(("old", parent)),
                "valid_to": to,
            },
        )
    for code, (name, level, parent, predecessors) in UNITS_2025.items():
        valid_from = None if code == "79" else REFORM_START
        unit, _ = AdministrativeUnit.objects.update_or_create(
            code=code,
            valid_from=valid_from,
            defaults={
                "name": name,
                "level": level,
                "parent": units.get(("new", parent)),
            },
        )
        units[("new", code)] = unit
        for old in predecessors:
            units[("old", old)].successors.add(unit)
    return units


def _agency_rows():
    for slug, row in AGENCIES_2022.items():
        yield slug, row, "old", None, REFORM_END
    for slug, row in AGENCIES_2025.items():
        yield slug, row, "new", REFORM_START, None
    for slug, row in AGENCIES_LASTING.items():
        yield slug, row, "new", None, None


def _agencies(units):
    agencies = {}
    for slug, (
        name,
        short,
        kind,
        unit_code,
        parent,
    ), period, start, end in _agency_rows():
        unit = units.get((period, unit_code)) or units[("new", unit_code)]
        agencies[slug], _ = Agency.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "kind": kind,
                "unit": unit,
                "parent": agencies.get(parent),
                "valid_from": start,
                "valid_to": end,
                "email": f"{slug}@demo.invalid",
            },
        )
    for old, new in SUCCESSORS.items():
        Agency.objects.filter(slug=old).update(successor=agencies[new])
    return agencies


def _functions_and_assignments(agencies):
    functions = {}
    for code, (name, description) in FUNCTIONS.items():
        functions[code], _ = Function.objects.update_or_create(
            code=code, defaults={"name": name, "description": description}
        )
    plan = LegalReference.objects.get(document_number="230/KH-UBND")
    for rows, start, end, ref in [
        (ASSIGNMENTS_2022, PLAN_230, REFORM_END, plan),
        (ASSIGNMENTS_2025, REFORM_START, None, None),
    ]:
        for code, slug in rows:
            FunctionAssignment.objects.update_or_create(
                function=functions[code],
                agency=agencies[slug],
                area=None,
                valid_from=start,
                defaults={"valid_to": end, "legal_reference": ref},
            )


def _legal_references():
    for number, article, title, days, working, start, end in LEGAL_REFERENCES:
        LegalReference.objects.update_or_create(
            document_number=number,
            article=article,
            defaults={
                "title": title,
                "deadline_days": days,
                "working_days": working,
                "valid_from": start,
                "valid_to": end,
            },
        )


def _users(agencies):
    User = get_user_model()
    for username, (full_name, memberships, superuser) in USERS.items():
        last, _sep, first = full_name.rpartition(" ")
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.invalid",
                "is_superuser": superuser,
                "is_staff": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        for slug, role_codes, position, start, end in memberships:
            membership, _ = Membership.objects.update_or_create(
                user=user,
                agency=agencies[slug],
                valid_from=start,
                defaults={"valid_to": end, "position": position},
            )
            membership.roles.set(Group.objects.filter(name__in=role_codes))


def load():
    """Creates or updates the demo directory; running it twice changes nothing."""
    _legal_references()
    units = _units()
    agencies = _agencies(units)
    _functions_and_assignments(agencies)
    _users(agencies)


def accounts():
    """(username, roles, agency) rows for the demo accounts, printed by ``make run``."""
    rows = []
    for username, (_name, memberships, _superuser) in USERS.items():
        current = [m for m in memberships if m[4] is None]
        for slug, role_codes, *_rest in current:
            rows.append((username, ", ".join(role_codes), slug))
    return rows
