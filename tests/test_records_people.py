"""People (records.people): committee lists, labelled fields with phones, role sentences, signatures."""

from __future__ import annotations

from extractors.model import Block, ExtractedDocument, Page, Table
from records.people import normalize_phone, ocr_signature_lines, ocr_signing_role, read_people, sign_word_spans


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
        ("กรรมการและเลขานุการ", "น.ส.", "สมใจ ดีงาม", "นักวิเคราะห์นโยบายและแผน", None),
    ]


def test_attendance_lists_by_grammar():
    got = read_people(doc_of(
        "ผู้มาประชุม",
        "1. นายเอกชัย ทดสอบ นายกเทศมนตรีตำบลทดสอบ ประธานคณะทำงาน",
        "2. นางสาวมาลี ทดลอง นักวิเคราะห์นโยบายและแผน คณะทำงานและเลขานุการ",
        "ผู้ไม่มาประชุม",
        "1. จ.ส.อ.สมศักดิ์ ทดสอบ หัวหน้าฝ่ายป้องกัน ติดราชการ",
        "เริ่มประชุมเวลา 09.30 น.",
    ))
    assert [(p.role, p.rank, p.person_name, p.position) for p in got] == [
        ("ประธานคณะทำงาน", "นาย", "เอกชัย ทดสอบ", "นายกเทศมนตรีตำบลทดสอบ"),
        ("คณะทำงานและเลขานุการ", "น.ส.", "มาลี ทดลอง", "นักวิเคราะห์นโยบายและแผน"),
        ("ผู้ไม่มาประชุม", "จ.ส.อ.", "สมศักดิ์ ทดสอบ", "หัวหน้าฝ่ายป้องกัน"),
    ]


def test_key_value_table_and_police_signature_in_a_cell():
    got = read_people(doc_of(
        [["ผู้กำกับดูแลตัวชี้วัด", "พ.ต.อ.สมชาย ทดสอบ ผกก.สภ.บ้านทดสอบ"],
         ["ผู้จัดเก็บข้อมูล", "๑) ร.ต.อ.หญิง วิภา ทดลอง รอง สว.อก.\n๒) ด.ต.สมปอง ทดสอบ ผบ.หมู่"],
         ["โทรศัพท์", "๐ ๔๔๒๒ ๑๒๓๔"]],
        [["ลงชื่อ ร.ต.อ.หญิง .................... ผู้รายงาน\n( วิภา ทดลอง )\nรอง สว.อก.สภ.บ้านทดสอบ", ""]],
    ))
    assert [(p.role, p.rank, p.person_name) for p in got] == [
        ("ผู้กำกับดูแลตัวชี้วัด", "พ.ต.อ.", "สมชาย ทดสอบ"),
        ("ผู้จัดเก็บข้อมูล", "ร.ต.อ.หญิง", "วิภา ทดลอง"),
        ("ผู้จัดเก็บข้อมูล", "ด.ต.", "สมปอง ทดสอบ"),
        ("ผู้รายงาน", "ร.ต.อ.หญิง", "วิภา ทดลอง"),
    ]
    assert got[0].phone == "044221234"


def test_responsible_lines_are_owners_not_people():
    got = read_people(doc_of("๑.๑ มาตรการทดสอบ", "ผู้รับผิดชอบ : นายเอกชัย ทดสอบ นักวิชาการ"))
    assert got == []


def test_absent_member_keeps_role_and_a_name_starting_with_ka_is_no_mayor():
    from records.people import attendee
    p = attendee("1. ทันตแพทย์หญิงสมใจ ใจดี หัวหน้ากลุ่มงานทันตกรรม กรรมการ (ติดราชการ)", "ผู้ไม่มาประชุม")
    assert (p.role, p.person_name, p.position) == ("กรรมการ", "สมใจ ใจดี", "หัวหน้ากลุ่มงานทันตกรรม")
    p = attendee("6. นายกิตติพงษ์ ศรีสุข นักจัดการงานทั่วไป กรรมการ", "ผู้มาประชุม")
    assert (p.rank, p.person_name, p.role) == ("นาย", "กิตติพงษ์ ศรีสุข", "กรรมการ")
    assert attendee("นายกเทศมนตรีตำบลทดสอบ ประธานกรรมการ", "ผู้มาประชุม") is None


def test_signing_roles_under_after_and_before_the_name():
    got = rows(read_people(doc_of(
        "(นางสาวมาลี ศรีสุข)",
        "ผู้บันทึกรายงานการประชุม",
        "(นายสมพงษ์ ใจเย็น) ผู้ตรวจรายงานการประชุม",
        "ผู้รายงาน ร.ต.อ.วีระ กล้าหาญ",
        "ผู้รับรองข้อมูล",
        "พ.ต.อ. ชาญ ชัยชนะ",
        "ผกก.สภ.ทดสอบ",
    )))
    assert {(r[0], r[1], r[2]) for r in got} == {
        ("ผู้บันทึกรายงานการประชุม", "น.ส.", "มาลี ศรีสุข"), ("ผู้ตรวจรายงานการประชุม", "นาย", "สมพงษ์ ใจเย็น"),
        ("ผู้รายงาน", "ร.ต.อ.", "วีระ กล้าหาญ"), ("ผู้รับรองข้อมูล", "พ.ต.อ.", "ชาญ ชัยชนะ")}


def test_signatures_on_one_line_and_role_named_in_a_sentence():
    got = rows(read_people(doc_of(
        "ลงชื่อ ............ ผู้รายงาน (นายอดิศร พรหมมา) นักวิเคราะห์นโยบายและแผน",
        "(นางวันดี สุขใจ) ผู้จดรายงานการประชุม (นายก้อง ฟ้าใส) ผู้ตรวจรายงานการประชุม",
        "ผู้ประสานงาน ITA ของสำนักงาน ได้แก่ นางสาวปราณี รักดี นักจัดการงานทั่วไป โทร. ๐๘๑ ๒๓๔ ๕๖๗๘",
    )))
    assert {(r[0], r[1], r[2]) for r in got} == {
        ("ผู้รายงาน", "นาย", "อดิศร พรหมมา"), ("ผู้จดรายงานการประชุม", "นาง", "วันดี สุขใจ"),
        ("ผู้ตรวจรายงานการประชุม", "นาย", "ก้อง ฟ้าใส"), ("ผู้ประสานงาน ITA", "น.ส.", "ปราณี รักดี")}


def test_attendee_table_under_a_spanning_title_with_an_absent_section():
    got = read_people(doc_of([
        ["ผู้เข้าประชุม"],
        ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน้าที่"],
        ["๑", "นายประยูร ศรีสวัสดิ์", "ผู้อำนวยการกองการเจ้าหน้าที่", "ประธาน"],
        ["๒", "ว่าที่ร้อยตรีสมพงษ์ ใจกล้า", "นักทรัพยากรบุคคล", "กรรมการ"],
        ["๓", "ดร.มาลี ทองสุข", "นักวิชาการเกษตรชำนาญการ", "กรรมการและเลขานุการ"],
        ["ผู้ไม่เข้าประชุม"],
        ["๑", "นางสมหญิง มีสุข", "นักจัดการงานทั่วไป", "กรรมการ (ลาป่วย)"],
    ]))
    assert [(p.role, p.rank, p.person_name) for p in got] == [
        ("ประธาน", "นาย", "ประยูร ศรีสวัสดิ์"),
        ("กรรมการ", "ว่าที่ร.ต.", "สมพงษ์ ใจกล้า"),
        ("กรรมการและเลขานุการ", "ดร.", "มาลี ทองสุข"),
        ("กรรมการ", "นาง", "สมหญิง มีสุข"),
    ]


def test_minute_taker_lines_and_police_signatures_with_the_rank_on_the_signed_line():
    got = read_people(doc_of(
        "นางสาวกนกพร ดีงาม ผู้จดรายงานการประชุม",
        "นายวิชัย สุขสม ผู้ตรวจรายงานการประชุม",
        "(ลงชื่อ) ด.ต.หญิง มณีรัตน์ ศรีทอง ผู้รายงาน",
        "( มณีรัตน์ ศรีทอง )",
        "ผบ.หมู่ ป.สภ.หนองแค",
        "(ลงชื่อ) พ.ต.ท. อนันต์ ใจเย็น ผู้รับรอง ( อนันต์ ใจเย็น )",
    ))
    assert [(p.role, p.rank, p.person_name) for p in got] == [
        ("ผู้จดรายงานการประชุม", "น.ส.", "กนกพร ดีงาม"),
        ("ผู้ตรวจรายงานการประชุม", "นาย", "วิชัย สุขสม"),
        ("ผู้รายงาน", "ด.ต.หญิง", "มณีรัตน์ ศรีทอง"),
        ("ผู้รับรอง", "พ.ต.ท.", "อนันต์ ใจเย็น"),
    ]


def test_attendee_table_without_a_header_row():
    got = read_people(doc_of(
        "ผู้มาประชุม",
        [
            ["1.", "พ.ต.อ.สมบัติ ดีเลิศ", "ผกก.สภ.เมืองทดสอบ", "ประธานคณะทำงาน"],
            ["2.", "ร.ต.อ.หญิง วนิดา ศรีสุข", "รอง สว.อก.สภ.เมืองทดสอบ", "คณะทำงานและเลขานุการ"],
            ["3.", "ด.ต.สมชาย ใจดี", "ผบ.หมู่ ป.สภ.เมืองทดสอบ", "คณะทำงาน"],
        ],
    ))
    assert [(p.role, p.rank, p.person_name, p.position) for p in got] == [
        ("ประธานคณะทำงาน", "พ.ต.อ.", "สมบัติ ดีเลิศ", "ผกก.สภ.เมืองทดสอบ"),
        ("คณะทำงานและเลขานุการ", "ร.ต.อ.หญิง", "วนิดา ศรีสุข", "รอง สว.อก.สภ.เมืองทดสอบ"),
        ("คณะทำงาน", "ด.ต.", "สมชาย ใจดี", "ผบ.หมู่ ป.สภ.เมืองทดสอบ"),
    ]


def test_a_forms_filler_with_position_and_phone_as_lines_or_rows():
    """"ผู้กรอกข้อมูล : นางสาวอรทัย มีสุข" / "ตำแหน่ง : ..." / "โทรศัพท์ : ..." (blind-7 form), as
    paragraphs (PDF) or as a borderless table's rows (Word); a measure box's owner row is no person."""
    lines = ["ชื่อหน่วยงาน : เทศบาลตำบลทดสอบ", "ผู้กรอกข้อมูล : นางสาวอรทัย มีสุข",
             "ตำแหน่ง : นักวิเคราะห์นโยบายและแผนชำนาญการ", "โทรศัพท์ : 081-234-5678"]
    as_paragraphs = ExtractedDocument(format="pdf", page_count=1, pages=[],
                                      blocks=[Block("paragraph", text=t) for t in lines])
    as_rows = ExtractedDocument(format="docx", page_count=None, pages=[], blocks=[
        Block("table", table=Table(rows=[[c.strip() + (" :" if i == 0 else "") for i, c in enumerate(t.split(":"))]
                                         for t in lines])),
        Block("table", table=Table(rows=[["มาตรการที่ 1", "จัดทำช่องทางสื่อสารกับประชาชน"],
                                         ["ผู้รับผิดชอบ", "นางมาลี ศรีสวัสดิ์ ผู้อำนวยการกองคลัง"],
                                         ["ระยะเวลาดำเนินการ", "ต.ค. 2568 - ก.ย. 2569"]]))])
    for doc in (as_paragraphs, as_rows):
        assert [(p.role, p.rank, p.person_name, p.position, p.phone) for p in read_people(doc)] == [
            ("ผู้กรอกข้อมูล", "น.ส.", "อรทัย มีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0812345678")]


def test_a_signing_role_printed_over_the_signature_or_under_the_position():
    """blind-8: "ผู้รายงาน" above "(ลงชื่อ) ....", and "ผู้เสนอแผน" under the position."""
    doc = ExtractedDocument(format="docx", page_count=None, pages=[], blocks=[Block("table", table=Table(rows=[[
        "ผู้รายงาน\n(ลงชื่อ) ......................................\n(นางสาวอรอนงค์ สุขสมบูรณ์)\n"
        "นักวิเคราะห์นโยบายและแผนชำนาญการ",
        "(ลงชื่อ) พ.ต.อ. ...................................\n( ธีรวัฒน์ กาญจนสิงห์ )\nผกก.สภ.บ้านโป่งแดง\nผู้อนุมัติแผน",
    ]]))])
    assert [(p.role, p.rank, p.person_name, p.position) for p in read_people(doc)] == [
        ("ผู้รายงาน", "น.ส.", "อรอนงค์ สุขสมบูรณ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
        ("ผู้อนุมัติแผน", "พ.ต.อ.", "ธีรวัฒน์ กาญจนสิงห์", "ผกก.สภ.บ้านโป่งแดง")]


def test_pdf_lines_run_together_keep_their_heading_and_role_apart():
    """blind-8 minutes as PDF: the next list's heading ran onto an attendee's line, and a
    signature block's lines ran into one."""
    doc = ExtractedDocument(format="pdf", page_count=1, pages=[], blocks=[Block("paragraph", text=t) for t in [
        "ผู้มาประชุม",
        "๖. นางสาวจิราพร คำแก้ว ครูชำนาญการ คณะทำงานและเลขานุการผู้ไม่มาประชุม",
        "๑. นายสุรชัย มั่นคง ครูชำนาญการ ติดราชการ",
        "เลิกประชุมเวลา ๑๕.๔๕ น.",
        "(ลงชื่อ) ...................................... (นางวิมลรัตน์ พูลผล) รองผู้อำนวยการโรงเรียนผู้ตรวจรายงานการประชุม",
    ]])
    assert [(p.role, p.person_name, p.position) for p in read_people(doc)] == [
        ("คณะทำงานและเลขานุการ", "จิราพร คำแก้ว", "ครูชำนาญการ"),
        ("ผู้ไม่มาประชุม", "สุรชัย มั่นคง", "ครูชำนาญการ"),
        ("ผู้ตรวจรายงานการประชุม", "วิมลรัตน์ พูลผล", "รองผู้อำนวยการโรงเรียน")]


# Signature lines as Tesseract read them from scanned generated reports (bench/scanned_layouts_recall.py,
# seeds 700-708, 300 dpi, medium noise): the keyword misread, the dotted line left as debris,
# a position line glued before the next block's signature line.


def sign_words(text: str) -> list[str]:
    return [text[a:b] for a, b in sign_word_spans(text)]


def test_sign_word_found_misread_and_glued_but_not_in_other_words():
    assert sign_words("ลงซือ . . nee ne 7.. ผู้เห็นชอบ") == ["ลงซือ"]
    assert sign_words("ตำแหน่ง ผู้อำนวยการกองคลังลงซือ 71 eco, HEIN (นายธนากร บุญมา)") == ["ลงซือ"]
    assert sign_words("ตำแหน่ง หัวหน้ากลุ่มงานบริหารทัวไปลึงซื่อ 11 HOU (นายธนากร บุญมา)") == ["ลึงซื่อ"]
    assert sign_words("ลงซ่อ 1 oe, MIG ลงชื่อ '็ไวสไฝ(4้บ") == ["ลงซ่อ", "ลงชื่อ"]
    assert sign_words("ผู้ลงนาม ลงวันที่ ๑ ตุลาคม ๒๕๖๘ ปลัดเทศบาลเมืองสระบุรี") == []


def test_signing_role_read_within_a_few_edits_and_only_when_one_role_is_near():
    assert ocr_signing_role(" ๓ ผู้จิตทำ ") == "ผู้จัดทำ"
    assert ocr_signing_role(" 0 022020502้2ผู้จัดทำ ") == "ผู้จัดทำ"
    assert ocr_signing_role(" 7 3 «ผุ้รายงาน ") == "ผู้รายงาน"
    assert ocr_signing_role(" 1 oe, MIG ") is None
    assert ocr_signing_role(" ผู้จัดทำ aida ผู้รับรอง") is None  # two blocks' dotted lines read as one


def test_ocr_signature_lines_written_as_native_text_reads_them():
    assert ocr_signature_lines("4 yoo ลงซือ ๓ ผู้จิตทำ (นายวิทยา ศรีทอง)") \
        == ["ลงชื่อ ........ ผู้จัดทำ (นายวิทยา ศรีทอง)"]
    assert ocr_signature_lines("ตำแหน่ง ผู้อำนวยการกองคลังลงชื่อ ผู้อนุมัติ (นายธนากร บุญมา)") \
        == ["ตำแหน่ง ผู้อำนวยการกองคลัง", "ลงชื่อ ........ ผู้อนุมัติ (นายธนากร บุญมา)"]
    assert ocr_signature_lines("ลงซ่อ 1 oe, MIG ลงชื่อ '็ไวสไฝ(4้บ") == ["ลงชื่อ ........ ลงชื่อ ........"]
    assert ocr_signature_lines("ลงชื่อ ผู้อบมัติ (นายธนากร บุญมา)") == ["ลงชื่อ ........ ผู้อนุมัติ (นายธนากร บุญมา)"]
    # read right: left to the native rules, which keep a signed rank and name
    assert ocr_signature_lines("ลงชื่อ พ.ต.ต.หญิง ............ ผู้รายงาน") is None
    assert ocr_signature_lines("(ลงชื่อ) พ.ต.อ. วีรยุทธ เดชาวัฒน์ ผู้รับรอง ( วีรยุทธ เดชาวัฒน์ )") is None
    assert ocr_signature_lines("ตำแหน่ง ผู้อำนวยการกองคลัง") is None
    # side by side, one keyword lost: a keyword for each role, the names on the line below
    assert ocr_signature_lines("arta ผู้เสนอ ลงชื่อ ผู้รับรอง") == ["ลงชื่อ ........ ผู้เสนอ ลงชื่อ ........ ผู้รับรอง"]


def ocr_doc_of(*paragraphs: str) -> ExtractedDocument:
    """One OCR page holding the paragraphs."""
    return ExtractedDocument(format="pdf", page_count=1, pages=[Page(1, "\n".join(paragraphs), text_source="ocr")],
                             blocks=[Block("paragraph", text=p, page=1) for p in paragraphs])


def test_scanned_signature_blocks_keep_their_roles():
    got = read_people(ocr_doc_of(
        "ลงชือ ผู้จัดทำ (นางอรุณี พรหมมา)",
        "ตำแหน่ง ผู้อำนวยการกองคลังลงซือ ., ผู้อบมัติ (นายธนากร บุญมา)",
        "ตำแหน่ง ปลัดเทศบาลเมืองสระบุรี",
    ))
    assert rows(got) == [
        ("ผู้จัดทำ", "นาง", "อรุณี พรหมมา", "ผู้อำนวยการกองคลัง", None),
        ("ผู้อนุมัติ", "นาย", "ธนากร บุญมา", "ปลัดเทศบาลเมืองสระบุรี", None),
    ]


def test_a_scanned_name_without_the_specks_read_after_it():
    got = read_people(ocr_doc_of("ลงชื่อ ผู้เสนอ", "(นางวันเพ็ญ ทองคำ)                          0",
                                 "ตำแหน่ง ผู้อำนวยการกองคลัง"))
    assert rows(got) == [("ผู้เสนอ", "นาง", "วันเพ็ญ ทองคำ", "ผู้อำนวยการกองคลัง", None)]


def test_scanned_blocks_side_by_side_with_a_keyword_lost_keep_their_roles():
    got = read_people(ocr_doc_of("arta ผู้เสนอ ลงชื่อ ผู้รับรอง", "(นายประเสริฐ วงศ์ใหญ่) (นายอนุชา มีสุข)"))
    assert [(p.role, p.person_name) for p in got] == [("ผู้เสนอ", "ประเสริฐ วงศ์ใหญ่"), ("ผู้รับรอง", "อนุชา มีสุข")]


def test_a_scanned_signature_with_the_signed_name_keeps_its_rank():
    got = read_people(ocr_doc_of("(ลงชื่อ) พ.ต.อ. วีรยุทธ เดชาวัฒน์ ผู้รับรอง ( วีรยุทธ เดชาวัฒน์ )"))
    assert [(p.role, p.rank, p.person_name) for p in got] == [("ผู้รับรอง", "พ.ต.อ.", "วีรยุทธ เดชาวัฒน์")]


def test_a_misread_signing_word_without_a_bracketed_name_near_is_left_alone():
    """No "(ชื่อ สกุล)" on the line or the next: not surely a signature block, nothing is read."""
    assert read_people(ocr_doc_of("ลงซือ . . ผู้เห็นชอบ", "ตำแหน่ง ปลัดเทศบาลเมืองสระบุรี")) == []


def test_a_rank_before_the_dotted_line_and_the_block_on_one_pdf_line():
    """blind-8 plan as PDF: "(ลงชื่อ) พ.ต.อ. ......... ( ธีรวัฒน์ กาญจนสิงห์ ) ผกก.สภ.บ้านโป่งแดงผู้อนุมัติแผน"."""
    doc = ExtractedDocument(format="pdf", page_count=1, pages=[], blocks=[Block("paragraph", text=(
        "(ลงชื่อ) พ.ต.อ. ................................... ( ธีรวัฒน์ กาญจนสิงห์ ) "
        "ผกก.สภ.บ้านโป่งแดงผู้อนุมัติแผน"))])
    assert [(p.role, p.rank, p.person_name, p.position) for p in read_people(doc)] == [
        ("ผู้อนุมัติแผน", "พ.ต.อ.", "ธีรวัฒน์ กาญจนสิงห์", "ผกก.สภ.บ้านโป่งแดง")]


def test_a_decision_word_over_the_heads_signature_names_the_role():
    """blind-9: "อนุมัติ" printed over the district chief's "(ลงชื่อ) ......" is his role: the approver."""
    doc = ExtractedDocument(format="docx", page_count=None, pages=[], blocks=[Block("table", table=Table(rows=[[
        "อนุมัติ\n\n(ลงชื่อ) ......................\n(นายชยพล ศักดิ์ศรีวงศ์)\nนายอำเภอโนนศิลาทอง\nวันที่ ๒๐ พฤศจิกายน ๒๕๖๗",
    ]]))])
    assert [(p.role, p.person_name, p.position) for p in read_people(doc)] == [
        ("ผู้อนุมัติ", "ชยพล ศักดิ์ศรีวงศ์", "นายอำเภอโนนศิลาทอง")]


def test_a_directives_member_table_with_the_list_number_in_the_name_cell():
    """blind-11 directive: "๑. นายสมพงษ์ ทองประเสริฐ | ปลัดองค์การบริหารส่วนตำบล | ประธานคณะทำงาน"."""
    doc = ExtractedDocument(format="docx", page_count=None, pages=[], blocks=[Block("table", table=Table(rows=[
        ["๑. นายสมพงษ์ ทองประเสริฐ", "ปลัดองค์การบริหารส่วนตำบล", "ประธานคณะทำงาน"],
        ["๒. นางรัชนี แก้วมณี", "รองปลัดองค์การบริหารส่วนตำบล", "รองประธานคณะทำงาน"],
        ["๓. นางสาวอรุณี ชัยมงคล", "หัวหน้าสำนักปลัด", "คณะทำงานและเลขานุการ"]]))])
    assert [(p.role, p.rank, p.person_name, p.position) for p in read_people(doc)] == [
        ("ประธานคณะทำงาน", "นาย", "สมพงษ์ ทองประเสริฐ", "ปลัดองค์การบริหารส่วนตำบล"),
        ("รองประธานคณะทำงาน", "นาง", "รัชนี แก้วมณี", "รองปลัดองค์การบริหารส่วนตำบล"),
        ("คณะทำงานและเลขานุการ", "น.ส.", "อรุณี ชัยมงคล", "หัวหน้าสำนักปลัด")]


def test_member_lines_of_a_borderless_table_whose_cells_wrapped():
    """blind-11 directive as PDF: the position and role cells of a borderless member table give
    their own lines ("๑. นายสมพงษ์ ทองประเสริฐ ปลัดองค์การบริหารส่วน" / "ตำบล" / "ประธานคณะทำงาน")."""
    got = read_people(doc_of(
        "๑. นายสมพงษ์ ทองประเสริฐ ปลัดองค์การบริหารส่วน", "ตำบล", "ประธานคณะทำงาน",
        "๒. นายวีระพล ศรีสุข ผู้อำนวยการกองคลัง คณะทำงาน",
        "๓. นางสาวกนกวรรณ พรหมวงศ์ นักทรัพยากรบุคคลชำนาญ", "การ", "คณะทำงานและผู้ช่วยเลขานุการ",
    ))
    assert rows(got) == [
        ("ประธานคณะทำงาน", "นาย", "สมพงษ์ ทองประเสริฐ", "ปลัดองค์การบริหารส่วนตำบล", None),
        ("คณะทำงาน", "นาย", "วีระพล ศรีสุข", "ผู้อำนวยการกองคลัง", None),
        ("คณะทำงานและผู้ช่วยเลขานุการ", "น.ส.", "กนกวรรณ พรหมวงศ์", "นักทรัพยากรบุคคลชำนาญการ", None),
    ]


def test_attendance_table_under_its_heading_and_roles_under_the_lines_to_sign():
    """blind-13 minutes: "ผู้มาประชุม" then a table ที่ | ชื่อ - สกุล | ตำแหน่ง | ลายมือชื่อ (no role column: the
    heading is the role); signature cells "(ลงชื่อ) ...." / "ผู้จดรายงานการประชุม" / "(name)" / post."""
    got = read_people(doc_of(
        "ผู้มาประชุม",
        [["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "ลายมือชื่อ"],
         ["๑", "นายประสิทธิ์ วงศ์ใหญ่", "นายกเทศมนตรีเมืองนาดีพัฒนา", ""],
         ["๒", "นางอัมพร สีหานาม", "ปลัดเทศบาล", ""]],
        "ปิดประชุมเวลา ๑๑.๔๕ น.",
        [["(ลงชื่อ) ................\nผู้จดรายงานการประชุม\n(นางสาวศศิธร คำภูแสน)\nผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
          "(ลงชื่อ) ................\nผู้ตรวจรายงานการประชุม\n(นางอัมพร สีหานาม)\nปลัดเทศบาล"]],
    ))
    assert [(p.role, p.rank, p.person_name, p.position) for p in got] == [
        ("ผู้มาประชุม", "นาย", "ประสิทธิ์ วงศ์ใหญ่", "นายกเทศมนตรีเมืองนาดีพัฒนา"),
        ("ผู้มาประชุม", "นาง", "อัมพร สีหานาม", "ปลัดเทศบาล"),
        ("ผู้จดรายงานการประชุม", "น.ส.", "ศศิธร คำภูแสน", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
        ("ผู้ตรวจรายงานการประชุม", "นาง", "อัมพร สีหานาม", "ปลัดเทศบาล"),
    ]


def test_a_form_person_behind_dot_leaders():
    got = read_people(doc_of("ผู้รายงาน..... นางสาวกาญจนา ทองดี ..................",
                             "ตำแหน่ง....... นักวิชาการที่ดินปฏิบัติการ .............."))
    assert [(p.role, p.rank, p.person_name, p.position) for p in got] == [
        ("ผู้รายงาน", "น.ส.", "กาญจนา ทองดี", "นักวิชาการที่ดินปฏิบัติการ")]


def test_pdf_signature_block_with_role_run_onto_the_name_and_a_wrapped_post():
    """blind-13 minutes as PDF: "ผู้ตรวจรายงานการประชุม (นางอัมพร สีหานาม)" on one line; a post wrapped in a
    narrow block ("ผู้อำนวยการกองยุทธศาสตร์และงบ" / "ประมาณ")."""
    got = read_people(doc_of(
        "(ลงชื่อ) ................", "ผู้จดรายงานการประชุม", "(นางสาวศศิธร คำภูแสน)",
        "ผู้อำนวยการกองยุทธศาสตร์และงบ", "ประมาณ",
        "(ลงชื่อ) ................", "ผู้ตรวจรายงานการประชุม (นางอัมพร สีหานาม)", "ปลัดเทศบาล",
    ))
    assert [(p.role, p.person_name, p.position) for p in got] == [
        ("ผู้จดรายงานการประชุม", "ศศิธร คำภูแสน", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
        ("ผู้ตรวจรายงานการประชุม", "อัมพร สีหานาม", "ปลัดเทศบาล"),
    ]


def test_a_rank_before_the_line_to_sign_and_no_owner_as_a_person():
    got = read_people(doc_of(
        "โดยให้นายสมเกียรติ อินทรวงศ์ นักวิชาการคอมพิวเตอร์ชำนาญการ เป็นผู้รับผิดชอบ ดำเนินการตั้งแต่วันที่ ๑ พฤศจิกายน ๒๕๖๘",
        "พ.ต.อ. ............................", "( ธนวัฒน์  ศักดิ์สิทธิ์ )", "ผกก.สภ.โคกศรีทอง"))
    assert [(p.role, p.rank, p.person_name) for p in got] == [("ผู้ลงนาม", "พ.ต.อ.", "ธนวัฒน์ ศักดิ์สิทธิ์")]


def test_signature_lines_a_pdf_split():
    """Generated layouts as PDF (people 0.949 -> 0.996 on seeds 1000-1199): "ลงชื่อ" apart from its dotted
    line, a role wrapped in a narrow block ("......ผู้จัด" / "ทำ"), two blocks' lines one after the other
    before both names; a rank on the line to sign above a role line."""
    got = read_people(doc_of(
        "ลงชื่อ", "......................................ผู้จัด", "ทำ", "(นายธนากร บุญมา)", "ตำแหน่ง หัวหน้ากลุ่มงานบริหารทั่วไป",
        "ลงชื่อ ......................................ผู้", "รายงาน",
        "ลงชื่อ ......................................ผู้อนุมัติ",
        "(นางอรุณี พรหมมา)", "ตำแหน่ง หัวหน้ากลุ่มงานบริหารทั่วไป", "(นางวันเพ็ญ ทองคำ)", "ตำแหน่ง ผู้อำนวยการโรงพยาบาลบ้านแพ้ว",
        "ลงชื่อ พ.ต.ต.หญิง ..........................", "ผู้รายงาน", "( สุนิสา แก้วมณี )", "สว.อก.สภ.โนนสะอาด",
    ))
    assert [(p.role, p.rank, p.person_name) for p in got] == [
        ("ผู้จัดทำ", "นาย", "ธนากร บุญมา"), ("ผู้รายงาน", "นาง", "อรุณี พรหมมา"), ("ผู้อนุมัติ", "นาง", "วันเพ็ญ ทองคำ"),
        ("ผู้รายงาน", "พ.ต.ต.หญิง", "สุนิสา แก้วมณี")]
    # a role line that is whole stays apart from a rank line under it
    got = read_people(doc_of("ลงชื่อ ..................... ผู้รายงาน", "พันตำรวจโท", "( ภัทรชัย มงคลศรี )", "สว.อก."))
    assert [(p.role, p.rank) for p in got] == [("ผู้รายงาน", "พ.ต.ท.")]


def test_a_bilingual_signature_whose_gloss_wrapped():
    got = read_people(doc_of("ลงชื่อ ...................... ผู้จัดทำ (Prepared", "by)", "(นายธนวัฒน์ ศรีสมบูรณ์)",
                             "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                             "ลงชื่อ ...................... ผู้อนุมัติ (Approved by)", "(รศ.ดร.สุนันทา วงศ์ไชย)", "คณบดี"))
    assert [(p.role, p.rank, p.person_name) for p in got] == [
        ("ผู้จัดทำ", "นาย", "ธนวัฒน์ ศรีสมบูรณ์"), ("ผู้อนุมัติ", "รศ.ดร.", "สุนันทา วงศ์ไชย")]


def test_an_order_naming_people_under_role_headers():
    """blind-21: "ตัวชี้วัด | ผู้รับผิดชอบหลัก | ผู้ช่วย", rank and name on a cell's first line, the post
    under it, people repeated over rows read once, two people in one cell, an office names no one."""
    got = read_people(doc_of([
        ["ตัวชี้วัด", "ผู้รับผิดชอบหลัก", "ผู้ช่วย"],
        ["1. การปฏิบัติหน้าที่", "พ.ต.ท.ชาญวิทย์ พลศรี\nรอง ผกก.ป.", "ด.ต.สมศักดิ์ บุญยืน\nผบ.หมู่ (ป.)"],
        ["2. การใช้งบประมาณ", "พ.ต.ท.ชาญวิทย์ พลศรี\nรอง ผกก.ป.", "ด.ต.ประยูร คำมา ผบ.หมู่ (ธุรการ) ส.ต.อ.ณัฐวุฒิ จันทร์แก้ว ผบ.หมู่ (ป.)"],
        ["10. การป้องกันการทุจริต", "ร.ต.อ.หญิงกมลชนก ศรีบุญ\nรอง สว.อก.", "งานอำนวยการ (ทุกนาย)"],
    ]))
    assert [(p.role, p.rank, p.person_name, p.position) for p in got] == [
        ("ผู้รับผิดชอบหลัก", "พ.ต.ท.", "ชาญวิทย์ พลศรี", "รอง ผกก.ป."),
        ("ผู้ช่วย", "ด.ต.", "สมศักดิ์ บุญยืน", "ผบ.หมู่ (ป.)"),
        ("ผู้ช่วย", "ด.ต.", "ประยูร คำมา", "ผบ.หมู่ (ธุรการ)"),
        ("ผู้ช่วย", "ส.ต.อ.", "ณัฐวุฒิ จันทร์แก้ว", "ผบ.หมู่ (ป.)"),
        ("ผู้รับผิดชอบหลัก", "ร.ต.อ.หญิง", "กมลชนก ศรีบุญ", "รอง สว.อก."),
    ]
    # a plan's steps and periods beside the owner column: work given to the people, not an order's list
    assert read_people(doc_of([
        ["ที่", "ช่วงระยะเวลา", "ขั้นตอน", "ผู้รับผิดชอบ"],
        ["๑", "ต.ค. ๒๕๖๗", "เตรียมความพร้อม", "พ.ต.ท.วุฒินนท์ ใจดี สว.อก."],
        ["๒", "พ.ย. ๒๕๖๗", "ประชุมชี้แจง", "ร.ต.อ.เกียรติศักดิ์ มั่นคง รอง สว.อก."],
    ])) == []



def test_a_signer_in_a_cell_without_the_line_to_sign():
    """blind-23 announcement: a borderless table "| (นายสมบูรณ์ ทองมาก) / นายก..." with no "ลงชื่อ"."""
    got = read_people(doc_of([["", "(นายสมบูรณ์ ทองมาก)\nนายกองค์การบริหารส่วนตำบลโนนสำราญทอง"]]))
    assert [(p.rank, p.person_name, p.position) for p in got] == [
        ("นาย", "สมบูรณ์ ทองมาก", "นายกองค์การบริหารส่วนตำบลโนนสำราญทอง")]



def test_a_decision_written_over_a_signature_gives_its_role():
    """blind-24 memo: "ทราบ/อนุมัติ" over the director's signature (a table cell, or lines of a PDF)."""
    cell = read_people(doc_of([["ทราบ/อนุมัติ\n\n(ลงชื่อ)......................\n(นายแพทย์ธนากร วงศ์สุวรรณ)\n"
                                "ผู้อำนวยการโรงพยาบาลศรีธาตุพัฒนา"]]))
    lines = read_people(doc_of("ทราบ/อนุมัติ", "(ลงชื่อ)......................", "(นายแพทย์ธนากร วงศ์สุวรรณ)",
                               "ผู้อำนวยการโรงพยาบาลศรีธาตุพัฒนา"))
    assert [(p.role, p.person_name) for p in cell] == [(p.role, p.person_name) for p in lines] == [
        ("ผู้อนุมัติ", "ธนากร วงศ์สุวรรณ")]



def test_ticked_decisions_over_a_signature():
    """blind-28: "- ทราบ" / "- อนุมัติ" over a commander's signature in a cell: he approves; "ทราบ" alone gives no role."""
    got = read_people(doc_of([["- ทราบ\n- อนุมัติ\n(ลงชื่อ) พ.ต.อ. ......................\n( วีระยุทธ ชัยสงคราม )\nผกก.สภ.เขาวงทอง", ""]]))
    assert [(p.role, p.rank, p.person_name) for p in got] == [("ผู้อนุมัติ", "พ.ต.อ.", "วีระยุทธ ชัยสงคราม")]
