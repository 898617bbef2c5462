"""Demo content for staff search: a shared collection that process staff and
communications staff may use, with a Word document and a PDF whose text is extracted."""

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

from portal.directory import roles as R

from .samples import docx_bytes, pdf_bytes

COLLECTION = "Tài liệu dùng chung liên ngành"
READERS = [R.PROCESS_STAFF, R.COMMUNICATIONS_EDITOR, R.COMMUNICATIONS_REVIEWER]
DOCUMENTS = [
    (
        "Kế hoạch tập huấn nhận diện nạn nhân năm 2026",
        "ke-hoach-tap-huan-2026.docx",
        lambda: docx_bytes(
            "Kế hoạch tập huấn nhận diện nạn nhân bị mua bán năm 2026",
            "Đối tượng: cán bộ Công an xã, Bộ đội Biên phòng, Hội Liên hiệp Phụ nữ.",
            "Nội dung: dấu hiệu nhận diện, quy trình tiếp nhận, chuyển giao, hỗ trợ.",
        ),
    ),
    (
        "Biên bản hội nghị liên ngành quý III",
        "bien-ban-hoi-nghi-quy-3.pdf",
        # PDF text in ASCII: the demo PDF uses a standard font without Vietnamese glyphs.
        lambda: pdf_bytes("Bien ban hoi nghi lien nganh ve phong chong mua ban nguoi"),
    ),
]


@transaction.atomic
def load():
    """Creates the collection, its permissions and documents once."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION)
    choose = Permission.objects.get(
        content_type__app_label="wagtaildocs", codename="choose_document"
    )
    for group in Group.objects.filter(name__in=READERS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=choose
        )
    Document = get_document_model()
    for title, file_name, make in DOCUMENTS:
        if Document.objects.filter(title=title, collection=collection).exists():
            continue
        document = Document(title=title, collection=collection)
        document.file.save(file_name, ContentFile(make()), save=False)
        document.save()
