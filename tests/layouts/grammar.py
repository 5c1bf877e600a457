"""A seeded grammar of the activity tables Thai units publish, with gold by construction.

`report(seed)` draws one report: a unit, a title (action plan, progress or
monitoring report), a table whose columns, column order, header wording,
merged/split header rows, grouping rows, digits, budgets per year, check-box
status and owners vary, then signature blocks (side by side or stacked, with
ปฏิบัติราชการแทน) and sometimes a committee list. Every value placed in the
document is also written to the gold (the `records_eval` facts format), so no
reader output is ever used to make gold.

The vocabulary comes from real units' plans (tests/blind*/, /work/shared/seeds
and the issue's examples); the same seed always gives the same report.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MONTH_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
              "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
FONTS = ("Laksaman", "Garuda", "Loma", "Norasi", "Sawasdee", "Tlwg Typo", "Kinnari", "Umpush", "Waree")

# (name as printed, canonical name, unit_type, province, owner org units of that kind of unit)
UNITS = [
    ("องค์การบริหารส่วนตำบลหนองบัว", "subdistrict_admin", "อุดรธานี", ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา")),
    ("องค์การบริหารส่วนตำบลท่าช้าง", "subdistrict_admin", "นครราชสีมา", ("สำนักปลัด", "กองคลัง", "กองสาธารณสุขและสิ่งแวดล้อม")),
    ("เทศบาลตำบลบ้านโป่ง", "municipality", "ราชบุรี", ("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา")),
    ("เทศบาลเมืองสระบุรี", "municipality", "สระบุรี", ("สำนักปลัดเทศบาล", "กองคลัง", "กองยุทธศาสตร์และงบประมาณ")),
    ("โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน", "hospital", "สกลนคร", ("กลุ่มงานบริหารทั่วไป", "กลุ่มงานพัสดุ", "กลุ่มงานการพยาบาล", "กลุ่มงานประกันสุขภาพ")),
    ("โรงพยาบาลบ้านแพ้ว", "hospital", "สมุทรสาคร", ("กลุ่มงานบริหารทั่วไป", "กลุ่มงานทรัพยากรบุคคล", "งานพัสดุ")),
    ("สำนักงานสาธารณสุขอำเภอเมืองพะเยา", "health_office", "พะเยา", ("งานบริหารทั่วไป", "งานควบคุมโรค", "งานส่งเสริมสุขภาพ")),
    ("สำนักงานสาธารณสุขจังหวัดน่าน", "health_office", "น่าน", ("กลุ่มงานบริหารทั่วไป", "กลุ่มกฎหมาย", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข")),
]

# org units and people as owners, with their gold parts (rank, name, position, org_unit)
PEOPLE = [
    ("นาย", "สมชาย ใจดี"), ("นางสาว", "มาลี ศรีสุข"), ("นาง", "วันเพ็ญ ทองคำ"), ("นาย", "ประเสริฐ วงศ์ใหญ่"),
    ("นางสาว", "สุภาพร แก้วมณี"), ("นาย", "วิทยา ศรีทอง"), ("นาง", "อรุณี พรหมมา"), ("นาย", "ธนากร บุญมา"),
    ("นางสาว", "กนกวรรณ จันทร์เพ็ญ"), ("นาย", "สุรชัย พลเยี่ยม"), ("นาง", "จิราพร สายสุวรรณ"), ("นาย", "อนุชา มีสุข"),
]
RANK_SHORT = {"นาย": "นาย", "นาง": "นาง", "นางสาว": "น.ส."}
POSITIONS_OF_OFFICE = ("หัวหน้า", "ผู้อำนวยการ")

# ---------------------------------------------------------------------------- column roles and headers

HEADERS: dict[str, tuple[str, ...]] = {
    "seq": ("ที่", "ลำดับ", "ลำดับที่"),
    "title": ("มาตรการ/โครงการ/กิจกรรม", "แผนงาน/โครงการ/กิจกรรม", "โครงการ/กิจกรรม", "ชื่อโครงการ",
              "มาตรการ", "กิจกรรม", "แนวทาง/มาตรการ", "โครงการ / กิจกรรม", "ชื่อโครงการ/กิจกรรม"),
    "objective": ("วัตถุประสงค์", "วัตถุประสงค์ของโครงการ", "วัตถุประสงค์/หลักการ"),
    "target": ("เป้าหมาย", "เป้าหมาย/ตัวชี้วัด", "ตัวชี้วัดความสำเร็จ", "กลุ่มเป้าหมาย", "เป้าหมาย (ผลผลิต)"),
    "budget": ("งบประมาณ (บาท)", "งบประมาณ", "งบประมาณ(บาท)", "งบ ฯ (บาท)"),
    "period": ("ระยะเวลาดำเนินการ", "ระยะเวลา", "ห้วงเวลาดำเนินการ", "ช่วงเวลา", "กำหนดเวลา"),
    "owner": ("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบ/หน่วยงาน", "หน่วยงานที่รับผิดชอบ"),
    "result": ("ผลการดำเนินงาน", "ผลการดำเนินการ", "ผลการปฏิบัติงาน"),
    "status": ("สถานะการดำเนินงาน", "สถานะ", "ผลการดำเนินงาน (สถานะ)"),
    "remark": ("หมายเหตุ",),
}
OPTIONAL_ROLES = ("objective", "target", "budget", "period", "owner", "result", "status", "remark")

TITLE_VERBS = ("จัดทำ", "ส่งเสริม", "อบรม", "เผยแพร่", "ประชาสัมพันธ์", "ทบทวน", "พัฒนา", "สำรวจ",
               "ตรวจสอบ", "ติดตาม", "รณรงค์", "ปรับปรุง", "ประเมิน", "กำกับ")
TITLE_OBJECTS = (
    "คู่มือด้านพัสดุ", "ประกาศเจตนารมณ์การต่อต้านการทุจริต", "ช่องทางการร้องเรียนผ่านเว็บไซต์",
    "ข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน", "ความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร", "จรรยาบรรณของเจ้าหน้าที่",
    "การให้บริการประชาชนตามลำดับก่อนหลัง", "แนวปฏิบัติการลงเวลาทำงานของบุคลากร", "ความพึงพอใจของผู้รับบริการ",
    "ระบบควบคุมภายในของหน่วยงาน", "ชมรมจริยธรรมของหน่วยงาน", "การประเมินความเสี่ยงการทุจริต",
    "วัฒนธรรมองค์กรสุจริต", "การรายงานผลการจัดซื้อจัดจ้างรายเดือน", "การแจ้งเบาะแสผ่านสายด่วนของหน่วยงาน",
    "กิจกรรมจิตอาสาของบุคลากร", "การเปิดเผยแผนการจัดซื้อจัดจ้างประจำปี", "การประชุมประชาคมหมู่บ้าน",
    "กระบวนการบริหารทรัพยากรบุคคลให้โปร่งใส", "การใช้รถยนต์ส่วนกลางตามระเบียบ", "งานสารบรรณอิเล็กทรอนิกส์",
    "ความรู้ด้านวินัยและกฎหมายแก่ข้าราชการ", "การตอบข้อร้องเรียนภายในเวลาที่กำหนด", "ป้ายประกาศขั้นตอนการให้บริการ",
)
# titles that carry words the old readers took for indicators ("งบประมาณ", "ป้องกันการทุจริต"):
# the document ties no indicator to them, so their gold indicator is None
TRAP_TITLES = (
    "โครงการอบรมเชิงปฏิบัติการการจัดทำงบประมาณรายจ่ายประจำปี", "โครงการป้องกันการทุจริตในหน่วยงาน",
    "กิจกรรมเสริมสร้างความรู้เรื่องการป้องกันการทุจริตและประพฤติมิชอบ", "ประชุมชี้แจงการจัดทำคำของบประมาณประจำปีงบประมาณ",
)
OBJECTIVES = ("เพื่อให้บุคลากรมีความรู้ความเข้าใจ", "เพื่อสร้างความโปร่งใสในการปฏิบัติงาน",
              "เพื่อให้ประชาชนเข้าถึงข้อมูลได้สะดวก", "เพื่อปลูกฝังค่านิยมสุจริต", "เพื่อลดความเสี่ยงการทุจริต")
TARGETS = ("ผู้บริหาร และบุคลากรทุกคน จำนวน {n} คน", "บุคลากรร้อยละ {p} เข้าร่วมกิจกรรม", "{n} ครั้ง/ปี",
           "ประชาชนในพื้นที่ {n} คน", "ร้อยละ {p} ของหน่วยงาน")
REMARKS = ("", "", "ดำเนินการต่อเนื่อง", "ใช้งบประมาณของหน่วยงาน", "ตามแผน", "-")
RESULTS = ("ดำเนินการแล้ว มีผู้เข้าร่วม {n} คน", "จัดกิจกรรมแล้ว {n} ครั้ง", "เผยแพร่ทางเว็บไซต์แล้ว",
           "อยู่ระหว่างรวบรวมข้อมูล", "ยังไม่ได้ดำเนินการ เนื่องจากงบประมาณไม่เพียงพอ")
STATUSES = ("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ")

STRATEGIES = ("สร้างสังคมที่ไม่ทนต่อการทุจริต", "ยกระดับเจตจำนงทางการเมืองในการต่อต้านการทุจริต",
              "สกัดกั้นการทุจริตเชิงนโยบาย", "พัฒนาระบบป้องกันการทุจริตเชิงรุก",
              "ปฏิรูปกลไกและกระบวนการปราบปรามการทุจริต")
DIMENSIONS = ("การสร้างสังคมที่ไม่ทนต่อการทุจริต", "การบริหารราชการเพื่อป้องกันการทุจริต",
              "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ")
INDICATOR_NAMES = {1: "การปฏิบัติหน้าที่", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
                   5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
                   8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล"}

TITLES = {
    "plan": ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {fy}",
             "แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ {fy}",
             "แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {fy}"),
    "progress": ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {fy}",
                 "รายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. {fy}"),
    "monitoring": ("การติดตามผลการดำเนินการตามมาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. {fy}",
                   "แบบติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {fy}"),
}
SIGN_ROLES = (("ผู้จัดทำ", "ผู้รายงาน", "ผู้เสนอ"), ("ผู้เห็นชอบ", "ผู้อนุมัติ", "ผู้รับรอง"))
COMMITTEE_ROLES = ("ประธานคณะทำงาน", "รองประธานคณะทำงาน", "คณะทำงาน", "คณะทำงาน", "คณะทำงานและเลขานุการ")


@dataclass
class Row:
    """A table row as printed: its cells by role ('group' rows span the table)."""

    kind: str  # measure, group, total
    cells: dict[str, object] = field(default_factory=dict)
    text: str = ""  # group / total rows


@dataclass
class Report:
    seed: int
    font: str
    landscape: bool
    thai_digits: bool
    title: str
    unit: str
    unit_type: str
    province: str
    fiscal_year: int
    genre: str
    roles: list[str]  # column roles in order
    headers: list[list[str]]  # header rows (merged cells repeat their text)
    rows: list[Row]
    split_tables: bool  # Word: the table continues in a second table after a page break, header repeated
    unit_line: str  # "หน่วยงาน ..." line, or ""
    signatures: list[dict]
    side_by_side: bool
    committee: list[dict]
    committee_as_table: bool  # an order's member table (ลำดับ | ชื่อ - สกุล | ตำแหน่ง | หน้าที่) or numbered lines
    gold_measures: list[dict]
    budget_years: list[int]


def digits(text: str, thai: bool) -> str:
    return text.translate(THAI_DIGITS) if thai else text


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def _period(rng: random.Random, fy: int, thai: bool) -> tuple[str, str | None, str | None]:
    """A time frame written in one of the real ways, with its gold start/end (ISO, CE)."""
    ce_fy = fy - 543
    months = [(ce_fy - 1, m) for m in (10, 11, 12)] + [(ce_fy, m) for m in range(1, 10)]
    kind = rng.choice(("range", "range", "range_full", "month", "whole_year", "deadline", "quarter_range"))
    if kind == "whole_year":
        return rng.choice(("ตลอดปีงบประมาณ", f"ตลอดปีงบประมาณ {digits(str(fy), thai)}")), \
            date(ce_fy - 1, 10, 1).isoformat(), date(ce_fy, 9, 30).isoformat()
    a, b = sorted(rng.sample(range(12), 2))
    (y1, m1), (y2, m2) = months[a], months[b]
    yb1, yb2 = digits(str(y1 + 543), thai), digits(str(y2 + 543), thai)
    if kind == "range":
        txt = f"{MONTH_ABBR[m1 - 1]} {yb1} – {MONTH_ABBR[m2 - 1]} {yb2}" if rng.random() < 0.6 else \
            f"{MONTH_ABBR[m1 - 1]} {yb1[-2:]} - {MONTH_ABBR[m2 - 1]} {yb2[-2:]}"
        return txt, date(y1, m1, 1).isoformat(), _month_end(y2, m2).isoformat()
    if kind == "range_full":
        return f"{MONTH_FULL[m1 - 1]} {yb1} - {MONTH_FULL[m2 - 1]} {yb2}", date(y1, m1, 1).isoformat(), \
            _month_end(y2, m2).isoformat()
    if kind == "month":
        return f"{MONTH_FULL[m2 - 1]} {yb2}", date(y2, m2, 1).isoformat(), _month_end(y2, m2).isoformat()
    if kind == "deadline":
        d = _month_end(y2, m2)
        return f"ภายใน {digits(str(d.day), thai)} {MONTH_ABBR[m2 - 1]} {yb2}", None, d.isoformat()
    # quarter-ish range without the first year: "ต.ค. – ธ.ค. ๖๗"
    if y1 != y2:
        return f"{MONTH_ABBR[m1 - 1]} {yb1} – {MONTH_ABBR[m2 - 1]} {yb2}", date(y1, m1, 1).isoformat(), \
            _month_end(y2, m2).isoformat()
    return f"{MONTH_ABBR[m1 - 1]} – {MONTH_ABBR[m2 - 1]} {yb2}", date(y1, m1, 1).isoformat(), \
        _month_end(y2, m2).isoformat()


def _owner(rng: random.Random, offices: tuple[str, ...], unit: str) -> tuple[str, list[dict]]:
    """An owner cell and its gold owners."""
    kind = rng.choice(("office", "office", "two_offices", "person", "position"))
    if kind == "office":
        o = rng.choice(offices)
        return o, [{"rank": None, "person_name": None, "position": None, "org_unit": o}]
    if kind == "two_offices":
        a, b = rng.sample(list(offices), 2)
        sep = rng.choice((" / ", " และ ", ", ", "\n"))
        return f"{a}{sep}{b}", [{"rank": None, "person_name": None, "position": None, "org_unit": x} for x in (a, b)]
    if kind == "person":
        rank, name = rng.choice(PEOPLE)
        office = rng.choice(offices)
        pos = f"{'หัวหน้า' if office.startswith('สำนัก') else 'ผู้อำนวยการ' if office.startswith('กอง') else 'หัวหน้า'}{office}"
        return f"{rank}{name}\n{pos}" if rng.random() < 0.5 else f"{rank}{name} {pos}", \
            [{"rank": RANK_SHORT[rank], "person_name": name, "position": pos, "org_unit": None}]
    office = rng.choice(offices)
    pos = f"หัวหน้า{office}" if not office.startswith("กอง") else f"ผู้อำนวยการ{office}"
    return pos, [{"rank": None, "person_name": None, "position": pos, "org_unit": None}]


def _title(rng: random.Random, used: set[str]) -> str:
    for _ in range(50):
        if rng.random() < 0.12:
            t = rng.choice(TRAP_TITLES)
        else:
            lead = rng.choice(("", "", "โครงการ", "กิจกรรม", "มาตรการ"))
            t = f"{lead}{rng.choice(TITLE_VERBS)}{rng.choice(TITLE_OBJECTS)}"
        if t[:30] not in used:
            used.add(t[:30])
            return t
    return t


def report(seed: int) -> Report:
    rng = random.Random(seed)
    thai = rng.random() < 0.6
    unit, unit_type, province, offices = rng.choice(UNITS)
    fy = rng.choice((2566, 2567, 2568, 2569))
    genre = rng.choice(("plan", "plan", "progress", "monitoring"))
    title = rng.choice(TITLES[genre]).format(fy=digits(str(fy), thai))

    roles = ["title"]
    n_extra = rng.randint(1, 5)
    pool = list(OPTIONAL_ROLES)
    if genre == "plan":
        pool = [r for r in pool if r not in ("result", "status")]
    else:
        pool += ["result", "status"]  # progress reports: results likely
    extras = []
    for r in rng.sample(pool, min(n_extra, len(pool))):
        if r not in extras:
            extras.append(r)
    rng.shuffle(extras)
    if "remark" in extras:  # remarks come last in every real layout
        extras.remove("remark")
        extras.append("remark")
    roles += extras
    if rng.random() < 0.7:
        roles.insert(0, "seq")
    indicator_col = rng.random() < 0.15
    if indicator_col:
        roles.insert(1 if roles[0] == "seq" else 0, "indicator")

    budget_years = []
    if "budget" in roles and rng.random() < 0.4:
        k = rng.randint(2, 4)
        budget_years = [fy + i for i in range(k)]

    header_top, header_sub = [], []
    for r in roles:
        if r == "indicator":
            word = rng.choice(("ตัวชี้วัด", "ตัวชี้วัดที่"))
            header_top.append(word)
            header_sub.append(word)
        elif r == "budget" and budget_years:
            word = rng.choice(HEADERS["budget"])
            for y in budget_years:
                header_top.append(word)
                header_sub.append(f"ปี {digits(str(y), thai)}")
        else:
            h = rng.choice(HEADERS[r])
            header_top.append(h)
            header_sub.append(h)
    headers = [header_top, header_sub] if budget_years else [header_top]

    grouping = rng.choice(("none", "none", "strategy", "dimension", "indicator"))
    if indicator_col:
        grouping = rng.choice(("none", "strategy"))
    n_groups = rng.randint(2, 4) if grouping != "none" else 1
    rows: list[Row] = []
    gold: list[dict] = []
    used: set[str] = set()
    seq = 0
    ind_pool = rng.sample(sorted(INDICATOR_NAMES), n_groups) if grouping == "indicator" else []
    for g in range(n_groups):
        group_ind = None
        if grouping == "strategy":
            rows.append(Row("group", text=f"ยุทธศาสตร์ที่ {digits(str(g + 1), thai)} {STRATEGIES[g % len(STRATEGIES)]}"))
        elif grouping == "dimension":
            rows.append(Row("group", text=f"มิติที่ {digits(str(g + 1), thai)} {DIMENSIONS[g % len(DIMENSIONS)]}"))
        elif grouping == "indicator":
            group_ind = ind_pool[g]
            rows.append(Row("group", text=f"ตัวชี้วัดที่ {digits(str(group_ind), thai)} {INDICATOR_NAMES[group_ind]}"))
        for _ in range(rng.randint(2, 6) if n_groups > 1 else rng.randint(4, 14)):
            seq += 1
            t = _title(rng, used)
            cells: dict[str, object] = {"title": t}
            gm = {"indicator_no": group_ind, "title": t, "start_date": None, "end_date": None, "owners": []}
            for r in roles:
                if r == "seq":
                    cells[r] = digits(f"{seq}" + rng.choice(("", ".")), thai)
                elif r == "indicator":
                    ind = rng.choice(sorted(INDICATOR_NAMES))
                    cells[r] = rng.choice((digits(str(ind), thai), INDICATOR_NAMES[ind],
                                           f"ตัวชี้วัดที่ {digits(str(ind), thai)} {INDICATOR_NAMES[ind]}"))
                    gm["indicator_no"] = ind
                elif r == "objective":
                    cells[r] = rng.choice(OBJECTIVES)
                elif r == "target":
                    cells[r] = digits(rng.choice(TARGETS).format(n=rng.randint(2, 120), p=rng.choice((80, 90, 100))), thai)
                elif r == "budget":
                    vals = []
                    for _y in (budget_years or [fy]):
                        v = rng.choice((0, 0, 5000, 10000, 20000, 35000, 50000, 120000))
                        vals.append(digits(f"{v:,}", thai) if v else rng.choice(("-", "ไม่ใช้งบประมาณ")))
                    cells[r] = vals
                elif r == "period":
                    txt, s, e = _period(rng, fy, thai)
                    cells[r] = txt
                    gm["start_date"], gm["end_date"] = s, e
                elif r == "owner":
                    txt, owners = _owner(rng, offices, unit)
                    cells[r] = txt
                    gm["owners"] = owners
                elif r == "result":
                    cells[r] = digits(rng.choice(RESULTS).format(n=rng.randint(3, 90)), thai)
                elif r == "status":
                    st = rng.randrange(len(STATUSES))
                    style = rng.choice(("boxes", "boxes", "word"))
                    cells[r] = "\n".join(f"{'☑' if i == st else '☐'} {s}" for i, s in enumerate(STATUSES)) \
                        if style == "boxes" else STATUSES[st]
                elif r == "remark":
                    cells[r] = rng.choice(REMARKS)
            rows.append(Row("measure", cells))
            gold.append(gm)
    if "budget" in roles and rng.random() < 0.5:
        rows.append(Row("total", text="รวม"))

    signatures = []
    n_sign = rng.choice((1, 2, 2))
    chosen = rng.sample(PEOPLE, n_sign + 5)
    for k in range(n_sign):
        rank, name = chosen[k]
        role = rng.choice(SIGN_ROLES[k])
        if k == 0:
            pos = rng.choice((f"หัวหน้า{offices[0]}", f"ผู้อำนวยการ{offices[1]}" if offices[1].startswith("กอง")
                              else f"หัวหน้า{offices[1]}"))
            acting = None
        else:
            pos = rng.choice((f"ผู้อำนวยการ{unit}" if unit.startswith(("โรงพยาบาล", "สำนักงาน")) else f"ปลัด{unit}",))
            acting = f"ปฏิบัติราชการแทน นายแพทย์สาธารณสุขจังหวัด{province}" if unit_type in (
                "hospital", "health_office") and rng.random() < 0.5 else None
        signatures.append({"role": role, "rank": rank, "name": name, "position": pos, "acting": acting})
    committee = []
    if rng.random() < 0.3:
        for k, role in enumerate(COMMITTEE_ROLES[: rng.randint(3, 5)]):
            rank, name = chosen[n_sign + k]
            committee.append({"rank": rank, "name": name, "position": f"หัวหน้า{offices[k % len(offices)]}",
                              "role": role})

    return Report(
        seed=seed, font=rng.choice(FONTS), landscape=rng.random() < 0.5, thai_digits=thai, title=title,
        unit=unit, unit_type=unit_type, province=province, fiscal_year=fy, genre=genre, roles=roles,
        headers=headers, rows=rows, split_tables=rng.random() < 0.3 and len(rows) > 8,
        unit_line=rng.choice(("", "หน่วยงาน ", "ส่วนราชการ ", "ชื่อหน่วยงาน : ")), signatures=signatures,
        side_by_side=len(signatures) == 2 and rng.random() < 0.6, committee=committee,
        committee_as_table=rng.random() < 0.5, gold_measures=gold,
        budget_years=budget_years)


def gold_facts(rep: Report) -> dict:
    """The report's facts in the `records_eval` gold format."""
    people = [{"role": s["role"], "rank": RANK_SHORT[s["rank"]], "person_name": s["name"],
               "position": s["position"], "phone": None} for s in rep.signatures]
    people += [{"role": c["role"], "rank": RANK_SHORT[c["rank"]], "person_name": c["name"],
                "position": c["position"], "phone": None} for c in rep.committee]
    return {"stem": f"layout_{rep.seed}", "scores": [], "measures": rep.gold_measures, "people": people,
            "findings": []}


def gold_document(rep: Report) -> dict:
    return {"unit": rep.unit, "unit_type": rep.unit_type, "province": rep.province,
            "fiscal_year": rep.fiscal_year, "doc_type": "measures", "title": rep.title}
