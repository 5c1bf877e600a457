"""normalizers.units on unit names from the seeds, the field corpus and the
public DB contract."""

from __future__ import annotations

import pytest

from normalizers.units import (
    PROVINCES,
    Unit,
    expand_unit_abbreviations,
    find_unit_names,
    parse_unit,
    province_in,
    provinces_in,
    unit_type_of,
)


def test_provinces():
    assert len(PROVINCES) == 77
    assert len(set(PROVINCES)) == 77
    assert "กรุงเทพมหานคร" in PROVINCES
    assert "บึงกาฬ" in PROVINCES


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("สภ.จันทรา", "สถานีตำรวจภูธรจันทรา"),
        ("ผกก.สภ.จันทรา", "ผกก.สถานีตำรวจภูธรจันทรา"),
        ("รอง ผบก.ภ.จว.มหาสารคาม", "รอง ผบก.ตำรวจภูธรจังหวัดมหาสารคาม"),
        ("อบต.บ้านเป้า", "องค์การบริหารส่วนตำบลบ้านเป้า"),
        ("อบจ.ขอนแก่น", "องค์การบริหารส่วนจังหวัดขอนแก่น"),
        ("ทต.เขวาใหญ่", "เทศบาลตำบลเขวาใหญ่"),
        ("ทม.มหาสารคาม", "เทศบาลเมืองมหาสารคาม"),
        ("ทน.ขอนแก่น", "เทศบาลนครขอนแก่น"),
        ("สสอ.หนองใหญ่", "สำนักงานสาธารณสุขอำเภอหนองใหญ่"),
        ("สสจ.อุตรดิตถ์", "สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์"),
        ("รพ.พิชัย", "โรงพยาบาลพิชัย"),
        ("รพ.สต.บ้านนา", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา"),
        ("สป.มท.", "สำนักงานปลัดกระทรวงมหาดไทย"),
        ("สำนักงาน ป.ป.ช.", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"),
        ("ทต.เขวาใหญ่ อ.กันทรวิชัย จ.มหาสารคาม", "เทศบาลตำบลเขวาใหญ่ อำเภอกันทรวิชัย จังหวัดมหาสารคาม"),
        ("ต.หนองบัว อ.เมือง จ.อุดรธานี", "ตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี"),
    ],
)
def test_expand_unit_abbreviations(text, expanded):
    assert expand_unit_abbreviations(text) == expanded


def test_generic_one_letter_abbreviations_stay_outside_unit_context():
    # police ranks and titles: จ.ส.ต., ร.ต.อ., ด.ต., พ.ต.อ.
    text = "๑.ร.ต.อ.เกียรติศักดิ์ฯ รอง สว.จร.ฯ ๕.จ.ส.ต.พงศธรฯ ด.ต.วรวิฑูฯ พ.ต.อ.อัศวินดี"
    assert expand_unit_abbreviations(text) == text
    assert expand_unit_abbreviations("ศปท.จ.สป.") == "ศปท.จ.สป."


def test_province_in():
    assert province_in("เทศบาลตำบลเขวาใหญ่ อำเภอกันทรวิชัย จังหวัดมหาสารคาม") == "มหาสารคาม"
    assert province_in("ภ.จว.มหาสารคาม") == "มหาสารคาม"
    assert province_in("ภ.จว.แพร่") == "แพร่"
    assert province_in("จ.อยุธยา") == "พระนครศรีอยุธยา"
    assert province_in("สังกัด สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์") == "อุตรดิตถ์"
    assert province_in("เผยแพร่ข้อมูลบนเว็บไซต์") is None  # แพร่ is also a word
    assert province_in("ภายในจังหวัด") is None
    assert provinces_in("ตำรวจภูธรจังหวัดร้อยเอ็ด ณ จังหวัดขอนแก่น") == ["ร้อยเอ็ด", "ขอนแก่น"]


@pytest.mark.parametrize(
    ("name", "unit_type"),
    [
        ("สภ.จันทรา", "police_station"),
        ("สถานีตำรวจนครบาลลุมพินี", "police_station"),
        ("ภ.จว.มหาสารคาม", "provincial_police"),
        ("ตำรวจภูธรภาค ๔", "provincial_police"),
        ("ทต.เขวาใหญ่", "municipality"),
        ("เทศบาลเมืองมหาสารคาม", "municipality"),
        ("อบต.บ้านเป้า", "subdistrict_admin"),
        ("อบจ.ขอนแก่น", "provincial_admin"),
        ("จังหวัดสมุทรปราการ", "province"),
        ("ที่ทำการปกครองอำเภอเมืองมหาสารคาม", "district_office"),
        ("สำนักงานปลัดกระทรวงมหาดไทย", "ministry_office"),
        ("กรมส่งเสริมการปกครองท้องถิ่น", "department"),
        ("โรงพยาบาลพิชัย", "hospital"),
        ("รพ.สต.บ้านนา", "hospital"),
        ("สำนักงานสาธารณสุขอำเภอหนองใหญ่", "health_office"),
        ("สสจ.อุตรดิตถ์", "health_office"),
        ("โรงเรียนอนุบาลมหาสารคาม", "school"),
        ("มหาสารคาม", "other"),
        ("", "other"),
    ],
)
def test_unit_type_of(name, unit_type):
    assert unit_type_of(name) == unit_type


def _triples(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.unit_type, u.province) for u in find_unit_names(text)]


def test_trailing_location_gives_the_province():
    text = "การนำผลการประเมิน\nเทศบาลตำบลเขวาใหญ่\nอำเภอกันทรวิชัย จังหวัดมหาสารคาม\n"
    assert _triples(text) == [("เทศบาลตำบลเขวาใหญ่", "municipality", "มหาสารคาม")]


def test_field_corpus_ny01_province_on_next_line():
    from extractors.thai_repair import repair_thai_text

    # The raw text layer splits every sara am; the extractor repairs it first.
    text = repair_thai_text(
        "ประกาศส านักงานสาธารณสุขอ าเภอหนองใหญ่\n"
        "ไปแล้วนั้น เพื่อให้การด าเนินงานเกี่ยวกับการจัดซื้อจัดจ้าง ของส านักงานสาธารณสุขอ าเภอหนองใหญ่\n"
        "จังหวัดชลบุรี และหน่วยงานในก ากับ ถือปฏิบัติอย่างเคร่งครัด\n"
        "โดยให้ประกาศเผยแพร่ในเว็บไซต์ของกรมบัญชีกลางและเว็บไซต์ของหน่วยงาน"
    )
    assert _triples(text) == [
        ("สำนักงานสาธารณสุขอำเภอหนองใหญ่", "health_office", "ชลบุรี"),
        ("กรมบัญชีกลาง", "department", None),
    ]


def test_field_corpus_units():
    assert _triples("หน่วยงานสำนักงานสาธารณสุขอำเภอไทยเจริญ จังหวัดยโสธร") == [
        ("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", "ยโสธร")
    ]
    assert _triples("จัดทำโดย งานพัสดุ กลุ่มงานบริหารทั่วไป\nโรงพยาบาลพิชัย\nสังกัด สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์") == [
        ("โรงพยาบาลพิชัย", "hospital", None),
        ("สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์", "health_office", "อุตรดิตถ์"),
    ]
    # tj10: the head's title names the office
    assert _triples("เรียน สาธารณสุขอำเภอไทยเจริญ") == [("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", None)]


def test_name_ends_where_the_sentence_goes_on():
    text = (
        "แสดงให้เห็นว่า หน่วยงานเทศบาลตำบลเขวาสินรินทร์ควรจัดให้บุคลากรภายในหน่วยงาน "
        "หน่วยงานเทศบาลตำบลเขวาสินรินทร์ยังมีการสั่งการให้ทำในสิ่งที่ไม่ถูกต้อง "
        "การแก้ไขปัญหาการทุจริตของเทศบาลตำบล เขาใหญ่ มีผลคะแนน ๗๘.๔๓ คะแนน"
    )
    assert _triples(text) == [
        ("เทศบาลตำบลเขวาสินรินทร์", "municipality", None),
        ("เทศบาลตำบลเขาใหญ่", "municipality", None),
    ]


def test_seed_001_police():
    text = (
        "มาตรการยกระดับคุณธรรมและความโปร่งใส\nภายในหน่วยงาน\nประจำปีงบประมาณ ๒๕๖๘\n\nสถานีตำรวจภูธรจันทรา\n"
        "ตามนโยบายสำนักงานตำรวจแห่งชาติ ตำรวจภูธรภาค ๔ และ ตำรวจภูธรจังหวัดร้อยเอ็ด และเพื่อเป็นการเตรียมความพร้อม\n"
        "ของสถานีตำรวจภูธร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ โดยมี พ.ต.อ.ศักดิ์สิทธิ์ ศรีม่วงงาม ผกก.สภ.จังหวัด เป็นประธาน"
    )
    assert _triples(text) == [
        ("สถานีตำรวจภูธรจันทรา", "police_station", None),
        ("สำนักงานตำรวจแห่งชาติ", "department", None),
        ("ตำรวจภูธรภาค 4", "provincial_police", None),
        ("ตำรวจภูธรจังหวัดร้อยเอ็ด", "provincial_police", "ร้อยเอ็ด"),
    ]


def test_seed_000_abbreviated_provincial_police():
    text = "ผู้กำกับดูแลตัวชี้วัด : พ.ต.อ.อัศวินดี สุคนธวิท รอง ผบก.ภ.จว.มหาสารคาม\tผู้จัดเก็บข้อมูล : ๑.พ.ต.ท.ภัทรชัย มงคลศรี สว.ผอ.ภ.จว.มหาสารคาม"
    assert find_unit_names(text) == [Unit("ตำรวจภูธรจังหวัดมหาสารคาม", "provincial_police", "มหาสารคาม")]
    assert len(find_unit_names(text, unique=False)) == 2


def test_seed_003_ministry_with_typo_and_ppc():
    text = (
        "เข้าร่วมประชุมคณะทำงาน การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        "ของสำนักงานปลัดกระทรวงมหาดไทย ครั้งที่ 2 / 2566\n"
        "1. สำนักงาน ป.ป.ช. ได้ประกาศผลคะแนน ITA\n"
        "6. จากการประชุมคณะทำงาน (ITA) ของสำนักงานปลัดกระทรวงมาไทยครั้งที่ 4/ 2565"
    )
    assert _triples(text) == [
        ("สำนักงานปลัดกระทรวงมหาดไทย", "ministry_office", None),
        ("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "other", None),
    ]


def test_seed_004_province_and_agencies():
    text = (
        "มาตรการส่งเสริมความโปร่งใสภายในหน่วยงานจังหวัดสมุทรปราการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n"
        "สำนักงาน ป.ป.ท. กรมส่งเสริมการปกครองท้องถิ่น สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ "
        "และสำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม โดยมีหน่วยงานภาครัฐ\n"
        "และหัวหน้าสำนักงานจังหวัดสมุทรปราการ เป็นคณะกรรมการและเลขานุการ"
    )
    assert _triples(text) == [
        ("จังหวัดสมุทรปราการ", "province", "สมุทรปราการ"),
        ("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ", "other", None),
        ("กรมส่งเสริมการปกครองท้องถิ่น", "department", None),
        ("สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "ministry_office", None),
        ("สำนักงานจังหวัดสมุทรปราการ", "province", "สมุทรปราการ"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("อบต.บ้านเป้า อ.เมือง จ.ลำปาง", ("องค์การบริหารส่วนตำบลบ้านเป้า", "subdistrict_admin", "ลำปาง")),
        ("สภ.เมืองมหาสารคาม", ("สถานีตำรวจภูธรเมืองมหาสารคาม", "police_station", "มหาสารคาม")),
        ("รพ.สต.บ้านหนองบัว ต.หนองบัว อ.เมือง จ.อุดรธานี", ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว", "hospital", "อุดรธานี")),
        ("สน.ลุมพินี", ("สถานีตำรวจนครบาลลุมพินี", "police_station", "กรุงเทพมหานคร")),
        ("สพป.มหาสารคาม เขต ๑", ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 1", "other", "มหาสารคาม")),
        ("สำนักงานพัฒนาชุมชนอำเภอกันทรวิชัย จังหวัดมหาสารคาม", ("สำนักงานพัฒนาชุมชนอำเภอกันทรวิชัย", "other", "มหาสารคาม")),
        ("เทศบาลนครขอนแก่น", ("เทศบาลนครขอนแก่น", "municipality", "ขอนแก่น")),
        ("อบจ.ขอนแก่น", ("องค์การบริหารส่วนจังหวัดขอนแก่น", "provincial_admin", "ขอนแก่น")),
        ("เทศบาลตำบลในเมือง", ("เทศบาลตำบลในเมือง", "municipality", None)),
    ],
)
def test_unseen_unit_shapes(text, expected):
    unit = parse_unit(text)
    assert unit is not None
    assert (unit.name, unit.unit_type, unit.province) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ภายในจังหวัด",
        "ของสถานีตำรวจภูธร ประจำปีงบประมาณ",
        "สถานีตำรวจ สามารถยกระดับผลการประเมิน ITA",
        "หน่วยระดับต่ำกว่ากรมยื่นอุทธรณ์",
        "ระดับต่ำกว่า กรมที่ ยื่นอุทธรณ์",
        "อุปกรณ์สำนักงาน",
        "",
    ],
)
def test_no_unit(text):
    assert find_unit_names(text) == []


def test_generic_words_and_programmes_are_no_unit_names():
    from normalizers.units import find_unit_names
    assert find_unit_names("ผู้รับผิดชอบ : ปลัดอำเภอทุกฝ่าย", unique=False) == []
    assert find_unit_names("จัดกิจกรรมโรงเรียนสุจริต ปลูกฝังค่านิยม", unique=False) == []
    assert [u.name for u in find_unit_names("โรงเรียนบ้านหนองบัว อำเภอเมือง", unique=False)] == ["โรงเรียนบ้านหนองบัว"]


def test_institution_names_run_through_content_words():
    from normalizers.units import find_unit_names
    assert [u.name for u in find_unit_names("กรมพัฒนาที่ดิน กระทรวงเกษตรและสหกรณ์")] == [
        "กรมพัฒนาที่ดิน", "กระทรวงเกษตรและสหกรณ์"]
    assert [u.name for u in find_unit_names("โรงเรียนวังน้ำพัฒนาศึกษา อำเภอวังน้ำเขียว")][0] == "โรงเรียนวังน้ำพัฒนาศึกษา"
    assert [u.name for u in find_unit_names("กรมปศุสัตว์กระทรวงเกษตรและสหกรณ์")] == ["กรมปศุสัตว์", "กระทรวงเกษตรและสหกรณ์"]
    assert [u.name for u in find_unit_names("โรงเรียนบ้านดอนได้ดำเนินการ")] == ["โรงเรียนบ้านดอน"]


def test_a_frequency_after_a_unit_word_is_no_name():
    """"จดหมายข่าวโรงเรียนรายเดือน" (a monthly school newsletter, blind-8) names no school."""
    assert find_unit_names("มอบหมายให้กลุ่มบริหารทั่วไปจัดทำจดหมายข่าวโรงเรียนรายเดือนและเผยแพร่ทางเพจ") == []
    # nor a signing role a PDF ran onto the position
    assert find_unit_names("(นางวิมลรัตน์ พูลผล) รองผู้อำนวยการโรงเรียนผู้ตรวจรายงานการประชุม") == []


def test_a_post_or_signature_run_onto_a_unit_word_names_no_unit():
    """blind-22: "ปลัดอำเภอหัวหน้างานทะเบียนและบัตร" is a post, "ปลัดองค์การบริหารส่วนตำบล" / "ลงชื่อ" a
    signature block run together: neither names a district or an อบต. (no unit_mismatch finding)."""
    assert find_unit_names("ปลัดอำเภอหัวหน้างานทะเบียนและบัตร") == []
    assert find_unit_names("ปลัดองค์การบริหารส่วนตำบลลงชื่อ........ผู้อนุมัติ") == []
    assert [u.name for u in find_unit_names("ที่ว่าการอำเภอนาหว้าทอง")] == ["อำเภอนาหว้าทอง"]

    # "การปฏิบัติงานของโรงพยาบาลเป็นไปตามมาตรฐาน": a verb after the unit word, no hospital named
    assert find_unit_names("การปฏิบัติงานของโรงพยาบาลเป็นไปตามมาตรฐาน") == []



def test_a_place_name_ending_in_a_verb_word_and_a_round_after_a_unit_word():
    """blind-24/25: "โรงพยาบาลศรีธาตุพัฒนา" keeps its last word; "ของโรงพยาบาล รอบ ๖ เดือน" names no hospital."""
    assert [u.name for u in find_unit_names("ITA โรงพยาบาลศรีธาตุพัฒนา  โทร. ๐ ๔๒๑๘")] == ["โรงพยาบาลศรีธาตุพัฒนา"]
    assert find_unit_names("โรงพยาบาลพัฒนาคุณภาพบริการ") == []
    assert find_unit_names("ต่อคณะกรรมการ ITA ของโรงพยาบาล รอบ ๖ เดือน") == []
