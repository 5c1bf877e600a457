"""Party / name / rank grammar (records.owners), strings from the seed reports."""

from __future__ import annotations

import pytest

from records.owners import find_persons, parse_owners, parse_person, short_rank


def parties(text):
    return [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owners(text)]


@pytest.mark.parametrize(
    "written, short",
    [
        ("พันตำรวจโท", "พ.ต.ท."),
        ("พ.ต.ท.", "พ.ต.ท."),
        ("พันตำรวจเอก", "พ.ต.อ."),
        ("ร้อยตำรวจตรีหญิง", "ร.ต.ต.หญิง"),
        ("ร.ต.ต.หญิง", "ร.ต.ต.หญิง"),
        ("จ่าสิบตำรวจ", "จ.ส.ต."),
        ("จำสืบทำรวจ", "จ.ส.ต."),  # OCR: ่า->ำ, ิ->ื, ต->ท
        ("ตำรวจ ร้อยตรี", "ร.ต.ต."),  # word order swapped
        ("ว่าที่ร้อยตรี", "ว่าที่ร.ต."),
        ("ว่าที่ ร.ต.", "ว่าที่ร.ต."),
        ("ดาบตำรวจ", "ด.ต."),
        ("นางสาว", "น.ส."),  # one canonical short form for นางสาว / น.ส.
        ("น.ส.", "น.ส."),
        ("นายแพทย์", "นพ."),
        ("ดร.", "ดร."),
    ],
)
def test_ranks_short_form(written, short):
    assert short_rank(written + " สมชาย ใจดี") == short


def test_not_a_title():
    assert short_rank("นายกเทศมนตรีตำบล") is None
    assert parties("นายกเทศมนตรี") == [(None, None, "นายกเทศมนตรี", None)]


def test_numbered_people_with_truncated_names():
    assert parties("๑.พ.ต.ท.วุฒินนท์ฯ สว.อก.ฯ ๒.ร.ต.อ.เกียรติศักดิ์ฯ รอง สว.จร.ฯ") == [
        ("พ.ต.ท.", "วุฒินนท์", "สว.อก.ฯ", None),
        ("ร.ต.อ.", "เกียรติศักดิ์", "รอง สว.จร.ฯ", None),
    ]


def test_three_people_in_one_cell():
    got = parties("๑.พ.ต.ท.ญาณวุฒิฯ รอง ผกก.(สอบสวน)ฯ ๒.ร.ต.อ.เกียรติศักดิ์ฯ รอง สว.จร.ฯ ร.ต.ต.หญิง รัตดาฯ")
    assert got == [
        ("พ.ต.ท.", "ญาณวุฒิ", "รอง ผกก.(สอบสวน)ฯ", None),
        ("ร.ต.อ.", "เกียรติศักดิ์", "รอง สว.จร.ฯ", None),
        ("ร.ต.ต.หญิง", "รัตดา", None, None),
    ]


def test_people_with_their_sections_and_role_words_dropped():
    got = parties("๑.พ.ต.ท.สุภาฯ พ.ต.ท.ญาณวุฒิฯ,พ.ต.ท.สุระเดชฯ พ.ต.ท.วุฒินนท์ฯ ผู้ควบคุม ๒.ร.ต.อ.เกียรติศักดิ์ฯ "
                  "รอง สว.จร.ฯ งานอำนวยการ ๓.ต.ต.หญิง รัตดาฯ งานสอบสวน ๔.ต.ต.สมโภชน์ฯ งานสืบสวน "
                  "๕.จ.ส.ต.พงศธรฯ งานป้องกันปราบปราม/จราจร")
    assert ("พ.ต.ท.", "วุฒินนท์", None, None) in got
    assert ("ร.ต.อ.", "เกียรติศักดิ์", "รอง สว.จร.ฯ", "งานอำนวยการ") in got
    assert ("จ.ส.ต.", "พงศธร", None, "งานป้องกันปราบปราม/จราจร") in got
    assert len(got) == 8


def test_offices_and_positions():
    assert parties("ทุกสำนัก/กอง") == [(None, None, None, "ทุกสำนัก/กอง")]
    assert parties("ทุกสำนัก/ กอง") == [(None, None, None, "ทุกสำนัก/กอง")]
    assert parties("หัวหน้าส่วนราชการ/ หัวหน้าหน่วยงาน หรือ เจ้าหน้าที่ ผู้รับผิดชอบในงานนั้น") == [
        (None, None, "หัวหน้าส่วนราชการ", None),
        (None, None, "หัวหน้าหน่วยงาน", None),
        (None, None, "เจ้าหน้าที่ ผู้รับผิดชอบในงานนั้น", None),
    ]
    assert parties("กองการเจ้าหน้าที่ สป. และสันนักตรวจราชการและเรื่องราวร้องทุกข์ สป.") == [
        (None, None, None, "กองการเจ้าหน้าที่ สป."),
        (None, None, None, "สันนักตรวจราชการและเรื่องราวร้องทุกข์ สป."),
    ]


def test_task_words_are_not_parties():
    assert parties("งานอำนวยการจัดทำแผ่นป้าย สว.อก.๑ ควบคุมการปฏิบัติ") == [
        (None, None, None, "งานอำนวยการ"),
        (None, None, "สว.อก.๑", None),
    ]
    assert parties("สว.อก.ฯเป็นผู้ควบคุม ร.ต.อ.เกียรติศักดิ์ ด.ต.อำพลฯ เจ้าหน้าที่การเงินจัดทำข้อมูล") == [
        (None, None, "สว.อก.ฯ", None),
        ("ร.ต.อ.", "เกียรติศักดิ์", None, None),
        ("ด.ต.", "อำพล", "เจ้าหน้าที่การเงิน", None),
    ]
    # a place after ณ / ของ is not a party
    assert parties("มอบหมาย ร.ต.อ.เกียรติศักดิ์ฯ ลงเผยแพร่ทางเว็บไซต์ของ สภ.จังหวัด") == [
        ("ร.ต.อ.", "เกียรติศักดิ์", None, None)
    ]


def test_person_with_full_name_and_position():
    assert parties("งานอำนวยการ โดย พ.ต.อ.ชาติชาย ทิมินกุล ผกก.สภ.จันทรา") == [
        (None, None, None, "งานอำนวยการ"),
        ("พ.ต.อ.", "ชาติชาย ทิมินกุล", "ผกก.สภ.จันทรา", None),
    ]
    # a surname glued to the position abbreviation (PDF text)
    assert parties("พ.ต.ท.ภัทรชัย มงคลศรีสว.ผอ.ภ.จว.มหาสารคาม")[0][:3] == ("พ.ต.ท.", "ภัทรชัย มงคลศรี",
                                                                            "สว.ผอ.ภ.จว.มหาสารคาม")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("๑. พันตำรวจโท สุภาพ หารี รองผู้กำกับการป้องกันปราบปรามฯ เป็นหัวหน้าคณะทำงาน",
         ("พ.ต.ท.", "สุภาพ หารี", "รองผู้กำกับการป้องกันปราบปรามฯ", "หัวหน้าคณะทำงาน")),
        ("๙. ร้อยตำรวจตรี หลิง รัตดา อุ่นเจริญ รองสารวัตรสายงานงานป้องกันปราบปรามฯ เป็นคณะกรรมการ",
         ("ร.ต.ต.หญิง", "รัตดา อุ่นเจริญ", "รองสารวัตรสายงานงานป้องกันปราบปรามฯ", "คณะกรรมการ")),
        ("๑๐. ตำรวจ ร้อยตรี สมโภชน์ สุวรรณ ผู้บังคับหมู่งานป้องกันปราบปรามฯ เป็นคณะกรรมการ",
         ("ร.ต.ต.", "สมโภชน์ สุวรรณ", "ผู้บังคับหมู่งานป้องกันปราบปรามฯ", "คณะกรรมการ")),
        ("๑๑. จำสืบทำรวจ พงศธร จงกลรัตน์ ผู้บังคับหมู่งานป้องกันปราบปรามฯ เป็นคณะกรรมการ/ดูแลระบบ",
         ("จ.ส.ต.", "พงศธร จงกลรัตน์", "ผู้บังคับหมู่งานป้องกันปราบปรามฯ", "คณะกรรมการ/ดูแลระบบ")),
        ("นางอมราภรณ์ ทรงอาวุธ หน.ฝ.บห.", ("นาง", "อมราภรณ์ ทรงอาวุธ", "หน.ฝ.บห.", None)),
        ("Pol. 1", None),
    ],
)
def test_person_lines(line, expected):
    p = parse_person(line)
    assert (None if p is None else (p.rank, p.name, p.position, p.role)) == expected


def test_find_persons_in_running_text():
    text = ("โดยมอบหมายให้พันตำรวจโท สุภาพ หารี รองผู้กำกับการป้องกันปราบปรามฯ เป็นผู้ดูแล "
            "โดยมีนายสมคิด จันทมฤก รองปลัดกระทรวงมาไทย เป็นประธาน")
    assert [(r, n) for _, _, r, n in find_persons(text)] == [("พ.ต.ท.", "สุภาพ หารี"), ("นาย", "สมคิด จันทมฤก")]


def _keys(text):
    return [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owners(text)]


def test_post_with_its_own_unit_is_one_position():
    assert _keys("ปลัด อบต.") == [(None, None, "ปลัด อบต.", None)]
    assert _keys("รอง ผกก.(ป้องกัน) สภ.บ้านทดสอบ") == [(None, None, "รอง ผกก.(ป้องกัน) สภ.บ้านทดสอบ", None)]
    assert _keys("ร.ต.ท.สมเกียรติ ทดสอบ รอง สว.(จราจร) สภ.บ้านทดสอบ") == [
        ("ร.ต.ท.", "สมเกียรติ ทดสอบ", "รอง สว.(จราจร) สภ.บ้านทดสอบ", None)]


def test_sub_office_with_its_parent_is_one_org():
    assert _keys("งานการเงิน กองคลัง") == [(None, None, None, "งานการเงิน กองคลัง")]
    assert _keys("คณะทำงาน ITA เทศบาล") == [(None, None, None, "คณะทำงาน ITA เทศบาล")]
    # two offices of the same level are two owners
    assert _keys("กองช่าง กองคลัง") == [(None, None, None, "กองช่าง"), (None, None, None, "กองคลัง")]


def test_names_starting_with_a_leading_vowel_and_glued_positions():
    assert _keys("นายเอกชัย ทดสอบ") == [("นาย", "เอกชัย ทดสอบ", None, None)]
    assert _keys("นางแสงดาว ทดลองรองปลัดเทศบาล") == [("นาง", "แสงดาว ทดลอง", "รองปลัดเทศบาล", None)]


def test_posts_that_start_like_a_title_and_office_names_with_purpose_words():
    assert parties("นายวิชัย ดอกไม้ นายช่างไฟฟ้าปฏิบัติงาน") == [("นาย", "วิชัย ดอกไม้", "นายช่างไฟฟ้าปฏิบัติงาน", None)]
    assert parties("ศูนย์ข้อมูลเพื่อการบริหารจัดการ") == [(None, None, None, "ศูนย์ข้อมูลเพื่อการบริหารจัดการ")]
    assert parties("สาธารณสุขอำเภอหนองหาน") == [(None, None, "สาธารณสุขอำเภอหนองหาน", None)]


def test_person_glued_to_the_post_before():
    assert parties("นางสาวสุดา ใจดี นักจัดการงานทั่วไปชำนาญการนายเอก ทองคำ นิติกรปฏิบัติการ") == [
        ("น.ส.", "สุดา ใจดี", "นักจัดการงานทั่วไปชำนาญการ", None), ("นาย", "เอก ทองคำ", "นิติกรปฏิบัติการ", None)]
    assert parties("นายเอก ทองคำ ผู้อำนวยการกองการศึกษานางสาวสุดา ใจดี ครูชำนาญการ") == [
        ("นาย", "เอก ทองคำ", "ผู้อำนวยการกองการศึกษา", None), ("น.ส.", "สุดา ใจดี", "ครูชำนาญการ", None)]


def test_one_party_per_line_of_a_cell():
    from records.owners import parse_owner_lines
    rows = [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owner_lines("งานพัสดุ\nสำนักงานเกษตรอำเภอ")]
    assert rows == [(None, None, None, "งานพัสดุ"), (None, None, None, "สำนักงานเกษตรอำเภอ")]
    rows = [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owner_lines("นางสุดา ใจดี\nนักวิชาการเงินและบัญชี")]
    assert rows == [("นาง", "สุดา ใจดี", "นักวิชาการเงินและบัญชี", None)]


def test_a_cell_line_that_starts_no_party_goes_on_as_a_wrapped_line():
    """The native reader of tests/layouts seed 700 broke "กอง" / "ยุทธศาสตร์และงบประมาณ, สำนักปลัดเทศบาล"
    into two paragraphs of the cell; the second starts no party, so it continues the first as a
    wrapped Thai line does, with no space inside the office's name (it was "กอง ยุทธศาสตร์...")."""
    from records.owners import parse_owner_lines
    rows = [(o.person_name, o.position, o.org_unit)
            for o in parse_owner_lines("กอง\nยุทธศาสตร์และงบประมาณ, สำนักปลัดเทศบาล")]
    assert rows == [(None, None, "กองยุทธศาสตร์และงบประมาณ"), (None, None, "สำนักปลัดเทศบาล")]
    rows = [(o.person_name, o.position) for o in parse_owner_lines("นายสมชาย ใจดี\nหัวหน้ากลุ่มงาน\nทรัพยากรบุคคล")]
    assert rows == [("สมชาย ใจดี", "หัวหน้ากลุ่มงานทรัพยากรบุคคล")]


def test_post_in_parentheses_after_a_name_and_person_after_an_office():
    from records.owners import parse_owner_lines
    got = [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owner_lines(
        "นางสาวมาลี ดีงาม (หัวหน้างานธุรการ)\nงานสารบรรณ")]
    assert got == [("น.ส.", "มาลี ดีงาม", "หัวหน้างานธุรการ", None), (None, None, None, "งานสารบรรณ")]
    got = [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owner_lines("กองคลัง (นายสมชาย ใจดี)")]
    assert got == [("นาย", "สมชาย ใจดี", None, "กองคลัง")]


def test_two_offices_joined_by_and_without_a_space():
    assert [(o.org_unit, o.position) for o in parse_owners("กองช่างและกองคลัง")] == [("กองช่าง", None), ("กองคลัง", None)]


@pytest.mark.parametrize("text", ["นางสาวกมลชนก ดีเลิศ ครูชำนาญการ ร่วมกับงานประชาสัมพันธ์",
                                  "นางสาวกมลชนก ดีเลิศ ครูชำนาญการร่วมกับงานประชาสัมพันธ์"])
def test_a_party_joined_by_together_with_glued_to_it(text):
    assert [(o.person_name, o.position, o.org_unit) for o in parse_owners(text)] == [
        ("กมลชนก ดีเลิศ", "ครูชำนาญการ", None), (None, None, "งานประชาสัมพันธ์")]


def test_a_rank_run_onto_the_office_before_it():
    """A PDF cell's two lines joined (blind-8): "งานอำนวยการ" / "ร.ต.อ.หญิง ปิยะนุช ศรีคำ"."""
    assert [(o.rank, o.person_name, o.org_unit) for o in parse_owners("งานอำนวยการร.ต.อ.หญิง ปิยะนุช ศรีคำ")] == [
        (None, None, "งานอำนวยการ"), ("ร.ต.อ.หญิง", "ปิยะนุช ศรีคำ", None)]
    assert [o.position for o in parse_owners("ผกก.สภ.บ้านโป่งแดง")] == ["ผกก.สภ.บ้านโป่งแดง"]
    # ranks after a dotted abbreviation are not cut there (samples/s001)
    assert [(o.rank, o.person_name) for o in parse_owners("ร.ต.อ.เกียรติศักดิ์ฯ ด.ต.วรวิฑูฯ")] == [
        ("ร.ต.อ.", "เกียรติศักดิ์"), ("ด.ต.", "วรวิฑู")]


def test_a_cell_that_writes_each_post_over_its_holder():
    """blind-9 plan: "ปลัดอำเภออาวุโส" / "นายวรพล สิทธิโชค" / "เจ้าพนักงานธุรการชำนาญงาน" / "นางรัชนี บุญมาก"."""
    from records.owners import parse_owner_lines

    got = parse_owner_lines("ปลัดอำเภออาวุโส\nนายวรพล สิทธิโชค\nเจ้าพนักงานธุรการชำนาญงาน\nนางรัชนี บุญมาก")
    assert [(o.rank, o.person_name, o.position) for o in got] == [
        ("นาย", "วรพล สิทธิโชค", "ปลัดอำเภออาวุโส"), ("นาง", "รัชนี บุญมาก", "เจ้าพนักงานธุรการชำนาญงาน")]
    # the other way round stays as it was: the post under its holder
    got = parse_owner_lines("นายสมบัติ แก้วมณี\nนักวิชาการสาธารณสุขชำนาญการ")
    assert [(o.person_name, o.position) for o in got] == [("สมบัติ แก้วมณี", "นักวิชาการสาธารณสุขชำนาญการ")]
    # blind-21: a post alone above a person whose own post is under the name, with no next name
    got = parse_owner_lines("หัวหน้าฝ่ายอำนวยการฯ\nนางสาวศิริพร วงศ์ใหญ่\nนักวิชาการคอมพิวเตอร์ชำนาญการ")
    assert [(o.person_name, o.position) for o in got] == [
        (None, "หัวหน้าฝ่ายอำนวยการฯ"), ("ศิริพร วงศ์ใหญ่", "นักวิชาการคอมพิวเตอร์ชำนาญการ")]


@pytest.mark.parametrize("cell, party", [
    # a scanned cell's lines "นางสุดา ใจดี" / "นักวิชาการเงินและบัญชี" joined with no space between them
    ("นางสุดาใจดีนักวิชาการเงินและบัญชี", ("นาง", "สุดาใจดี", "นักวิชาการเงินและบัญชี")),
    ("นายเอกทองคำเจ้าพนักงานธุรการ", ("นาย", "เอกทองคำ", "เจ้าพนักงานธุรการ")),
    ("นางสาวมาลีดีงามเจ้าหน้าที่บริหารงานทั่วไป", ("น.ส.", "มาลีดีงาม", "เจ้าหน้าที่บริหารงานทั่วไป")),
    ("นายสมชายใจดีผู้อำนวยการกองคลัง", ("นาย", "สมชายใจดี", "ผู้อำนวยการกองคลัง")),
    # no person before it: one post
    ("พนักงานเจ้าหน้าที่", (None, None, "พนักงานเจ้าหน้าที่")),
    ("นายอำเภอเจ้าหน้าที่", (None, None, "นายอำเภอเจ้าหน้าที่")),
])
def test_a_person_glued_to_the_post_after_them(cell: str, party: tuple) -> None:
    assert [(o.rank, o.person_name, o.position) for o in parse_owners(cell)] == [party]


def test_two_posts_a_pdf_cell_ran_together():
    """blind-12 PDF: a cell's lines "หัวหน้าสำนักปลัด" / "นักวิชาการคอมพิวเตอร์" joined as a wrap."""
    assert [o.position for o in parse_owners("หัวหน้าสำนักปลัดนักวิชาการคอมพิวเตอร์")] == [
        "หัวหน้าสำนักปลัด", "นักวิชาการคอมพิวเตอร์"]
    assert [o.org_unit for o in parse_owners("สำนักวิชาการ")] == ["สำนักวิชาการ"]


def test_a_teachers_post_glued_to_the_name():
    assert [(o.rank, o.person_name, o.position) for o in parse_owners("นางสาวปิยะนุช แสงอรุณครูชำนาญการ")] == [
        ("น.ส.", "ปิยะนุช แสงอรุณ", "ครูชำนาญการ")]


def test_the_joining_word_a_pdf_cell_wrapped_after():
    assert [o.org_unit for o in parse_owners("กลุ่มงานประกันสุขภาพและ กลุ่มงานบริหารทั่วไป")] == [
        "กลุ่มงานประกันสุขภาพ", "กลุ่มงานบริหารทั่วไป"]


def test_a_surname_glued_to_the_deputy_word_of_the_post_after_it():
    """blind-21 PDF: "ร.ต.อ.หญิงกมลชนก ศรีบุญ" / "รอง สว.อก." ran together as one wrapped line."""
    assert [(o.rank, o.person_name, o.position) for o in parse_owners("ร.ต.อ.หญิงกมลชนก ศรีบุญรอง สว.อก.")] == [
        ("ร.ต.อ.หญิง", "กมลชนก ศรีบุญ", "รอง สว.อก.")]
    # a surname that merely ends in "รอง" before no post keeps it
    assert [o.person_name for o in parse_owners("นายสมชาย ทองรอง")] == ["สมชาย ทองรอง"]



def test_a_post_over_an_office_is_two_parties_and_a_nurse_post_glued_to_the_name():
    """blind-21/23: "รองผู้อำนวยการโรงเรียน" / "กลุ่มบริหารงานทั่วไป" each own the measure (a person keeps the
    office line under the name); a PDF glued "พยาบาลวิชาชีพชำนาญการ" to the surname."""
    from records.owners import parse_owner_lines

    assert [(o.position, o.org_unit) for o in parse_owner_lines("รองผู้อำนวยการโรงเรียน\nกลุ่มบริหารงานทั่วไป")] == [
        ("รองผู้อำนวยการโรงเรียน", None), (None, "กลุ่มบริหารงานทั่วไป")]
    assert [(o.person_name, o.org_unit) for o in parse_owner_lines("นายสมศักดิ์ พลเยี่ยม\nงานพัสดุ")] == [
        ("สมศักดิ์ พลเยี่ยม", "งานพัสดุ")]
    assert [(o.person_name, o.position) for o in parse_owners("นางสาวอรุณี แสงทองพยาบาลวิชาชีพชำนาญการ")] == [
        ("อรุณี แสงทอง", "พยาบาลวิชาชีพชำนาญการ")]



def test_a_phone_number_or_mail_after_an_owner_is_no_part_of_the_party():
    """blind-24: owner cells "นายสมพงษ์ ศรีวงศ์ษา / นิติกรชำนาญการ / โทร. ๐๘๖-๗๑๒-๓๓๐๔"."""
    assert [(o.person_name, o.position) for o in parse_owners("นายสมพงษ์ ศรีวงศ์ษา นิติกรชำนาญการ โทร. 086-712-3304")] == [
        ("สมพงษ์ ศรีวงศ์ษา", "นิติกรชำนาญการ")]
    assert [o.org_unit for o in parse_owners("สำนักปลัดเทศบาล โทร. 054-336-112 ต่อ 101 e-mail: admin@patan.go.th")] == [
        "สำนักปลัดเทศบาล"]
