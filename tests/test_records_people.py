"""People (records.people): committee lists, labelled fields with phones, role sentences, signatures."""

from __future__ import annotations

from extractors.model import Block, ExtractedDocument, Table
from records.people import normalize_phone, read_people


def doc_of(*parts) -> ExtractedDocument:
    blocks = []
    for p in parts:
        if isinstance(p, list):
            blocks.append(Block("table", table=Table(rows=p)))
        else:
            blocks.append(Block("paragraph", text=p))
    return ExtractedDocument(format="docx", page_count=None, pages=[], blocks=blocks)


def rows(people):
    return [(p.role, p.rank, p.person_name, p.position, p.phone) for p in people]


def test_committee_table_rows():
    got = read_people(doc_of([
        ["๑. พันตำรวจโท สุภาพ", "หารี", "รองผู้กำกับการป้องกันปราบปรามฯ", "เป็นหัวหน้าคณะทำงาน"],
        ["๗. พันตำรวจโทวุฒินันท์", "พุทธสิงห์", "สารวัตรอำนวยการฯ", "เป็นคณะทำงาน/ เลขานุการ"],
    ]))
    assert rows(got) == [
        ("หัวหน้าคณะทำงาน", "พ.ต.ท.", "สุภาพ หารี", "รองผู้กำกับการป้องกันปราบปรามฯ", None),
        ("คณะทำงาน/ เลขานุการ", "พ.ต.ท.", "วุฒินันท์ พุทธสิงห์", "สารวัตรอำนวยการฯ", None),
    ]


def test_labelled_fields_and_phones_in_the_same_column():
    got = read_people(doc_of([
        ["ผู้กำกับดูแลตัวชี้วัด : พ.ต.อ.อัศวินดี สุคนธวิท รอง ผบก.ภ.จว.มหาสารคาม",
         "ผู้จัดเก็บข้อมูล : ๑.พ.ต.ท.ภัทรชัย มงคลศรี สว.ผอ.ภ.จว.มหาสารคาม ๒.ร.ต.อ.ดำรงฤ รัตนพลแสน รอง สว.ฯ"],
        ["โทรศัพท์ที่ทำงาน ๐๔๓๗๑๑๐๔๘ ต่อ ๓๑๑", "โทรศัพท์มือถือ ๐๖ ๑๒๘๗ ๘๒๕๕"],
    ]))
    assert rows(got) == [
        ("ผู้กำกับดูแลตัวชี้วัด", "พ.ต.อ.", "อัศวินดี สุคนธวิท", "รอง ผบก.ภ.จว.มหาสารคาม", "043711048 ต่อ 311"),
        ("ผู้จัดเก็บข้อมูล", "พ.ต.ท.", "ภัทรชัย มงคลศรี", "สว.ผอ.ภ.จว.มหาสารคาม", "0612878255"),
        ("ผู้จัดเก็บข้อมูล", "ร.ต.อ.", "ดำรงฤ รัตนพลแสน", "รอง สว.ฯ", "0612878255"),
    ]


def test_role_sentences_and_signature():
    got = read_people(doc_of(
        "โดยมี นายสุพจน์ ภูติเกียรติขจร รองผู้ว่าราชการจังหวัดสมุทรปราการ เป็นหัวหน้าคณะกรรมการ หัวหน้าส่วนราชการ",
        "ร.ต. สรมงคล มงคละสิริ ผอ.ตท.สป. มอบหมายให้ นางอมราภรณ์ ทรงอาวุธ หน.ฝ.บห. เข้าร่วมประชุม",
        "สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘",
        "พันตำรวจเอก",
        "(ศักดิ์สิทธิ์ ศรีม่วงงาม)",
        "ผู้กำกับการสถานีตำรวจภูธรจังหวัด",
    ))
    assert rows(got) == [
        ("หัวหน้าคณะกรรมการ", "นาย", "สุพจน์ ภูติเกียรติขจร", "รองผู้ว่าราชการจังหวัดสมุทรปราการ", None),
        ("ผู้ลงนาม", "พ.ต.อ.", "ศักดิ์สิทธิ์ ศรีม่วงงาม", "ผู้กำกับการสถานีตำรวจภูธรจังหวัด", None),
    ]


def test_phone_normalisation():
    assert normalize_phone("๐๖ ๑๒๘๗ ๘๒๕๕") == "0612878255"
    assert normalize_phone("043-711048 ต่อ 311") == "043711048 ต่อ 311"


def test_member_table_with_name_position_and_role_columns():
    got = read_people(doc_of([
        ["ลำดับ", "ชื่อ - สกุล", "ตำแหน่ง", "หน้าที่"],
        ["1", "นายสมชาย ใจดี", "ปลัดเทศบาล", "ประธานกรรมการ"],
        ["2", "นางสาวสมใจ ดีงาม", "นักวิเคราะห์นโยบายและแผน", "กรรมการและเลขานุการ"],
    ]))
    assert rows(got) == [
        ("ประธานกรรมการ", "นาย", "สมชาย ใจดี", "ปลัดเทศบาล", None),
        ("กรรมการและเลขานุการ", "นางสาว", "สมใจ ดีงาม", "นักวิเคราะห์นโยบายและแผน", None),
    ]
