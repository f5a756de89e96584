import { KNOWN_YEARS } from "../engine/frameworks/years";
import type { Lang } from "../engine/types";

// The built-in framework ids, from the frameworks data (a new year needs no edit here).
const IDS = `ita-${KNOWN_YEARS[0]} … ita-${KNOWN_YEARS[KNOWN_YEARS.length - 1]}`;

const EN = `ita-scorecard — grade, rank and compare ITA (NACC) indicator scores

Usage:
  ita-scorecard grade FILE [options]     grade the latest year in FILE, compare with the year before
  ita-scorecard report FILE -o OUT.xlsx [--pdf] [options]
                                         write the ranking, comparison and measures sheets (and a PDF
                                         through LibreOffice, when installed)
  ita-scorecard report FILE --docx OUT.docx [--fields FIELDS.json] [memo options] [--pdf]
                                         write the Word report: the memo (บันทึกข้อความ) and sections 1–7
  ita-scorecard group FILE [--group COLUMN] [--agency NAME] [--json] [-o OUT.xlsx] [--docx OUT.docx] [--pdf]
                                         many agencies: ranks, grade distribution, statistics, peers
                                         (--docx: a summary document for a provincial or ministry office)
  ita-scorecard --help

FILE: .csv, .tsv, .txt (pasted from a web page or PDF) or .xlsx; text in UTF-8,
UTF-16 or Windows-874 (Thai Excel's CSV), detected without asking.

Options:
  --year BE                 fiscal year for a file that names none (e.g. 2565)
  --framework ID|FILE.json  framework for the latest year: ${IDS}, or a custom JSON file
                            (a file's "year", if given, must be that year)
  --pass-mark N             pass mark (default 85)
  --lang th|en              output language (default th)
  --digits thai|arabic      digits (default thai for th, arabic for en); the sheets' page numbers
                            print in Arabic digits in Excel and the .xlsx whatever is chosen (Excel's
                            page-number code has none in Thai); the Word report's follow the choice
  --sheet NAME              worksheet of an .xlsx file
  --agency NAME             agency name for titles
  --plan-year BE            fiscal year of the measures plan (default: latest + 1)
  --include-strengths       plan measures to maintain strengths too
  --check REPORT.txt        check the figures a written report states against the scores
  --json                    one JSON object (shape in README), the same whatever --lang
  -o, --output OUT.xlsx     (report, group) the workbook to write
  --pdf                     (report, group) also print each file written to PDF with LibreOffice
  --docx OUT.docx           (report, group) the Word report (group: the summary document) to write
  --fields FIELDS.json      (report) the memo's fields: division, documentNumber, date, addressee,
                            subject, background, preparer {name, position}, reviewers [≤ 4]
  --division TEXT, --doc-number TEXT, --date YYYY-MM-DD, --addressee TEXT, --subject TEXT,
  --preparer NAME, --preparer-position TEXT, --reviewer "NAME|POSITION" (up to 4, in signing order)
                            (report) the same fields one by one, over the file's
  --group COLUMN            (group) the column to group agencies by (header text or letter)

Exit codes: 0 done, 2 bad input (the cell and the problem on stderr), 1 unexpected error.
`;

const TH = `ita-scorecard — วิเคราะห์ผลคะแนน ITA (สำนักงาน ป.ป.ช.) รายตัวชี้วัด

วิธีใช้:
  ita-scorecard grade FILE [ตัวเลือก]    คำนวณผลปีล่าสุดในไฟล์ และเปรียบเทียบกับปีก่อน
  ita-scorecard report FILE -o OUT.xlsx [--pdf] [ตัวเลือก]
                                         เขียนแผ่นงานอันดับ เปรียบเทียบ และมาตรการ (และ PDF ผ่าน LibreOffice)
  ita-scorecard report FILE --docx OUT.docx [--fields FIELDS.json] [ตัวเลือกบันทึกข้อความ] [--pdf]
                                         เขียนรายงาน Word: บันทึกข้อความ และหัวข้อ ๑–๗
  ita-scorecard group FILE [--group COLUMN] [--agency NAME] [--json] [-o OUT.xlsx] [--docx OUT.docx] [--pdf]
                                         หลายหน่วยงาน: อันดับ การกระจายระดับผล สถิติ และการเทียบกับกลุ่ม
                                         (--docx: เอกสารสรุปสำหรับสำนักงานจังหวัดหรือกระทรวง)
  ita-scorecard --help

FILE: .csv, .tsv, .txt (คัดลอกจากเว็บหรือ PDF) หรือ .xlsx รองรับ UTF-8, UTF-16 และ Windows-874 (CSV จาก Excel ภาษาไทย)

ตัวเลือก:
  --year พ.ศ.               ปีงบประมาณ เมื่อไฟล์ไม่ได้ระบุปี (เช่น 2565)
  --framework ID|FILE.json  กรอบการประเมินของปีล่าสุด: ${IDS} หรือไฟล์ JSON ที่กำหนดเอง
                            ("year" ในไฟล์ ถ้ามี ต้องเป็นปีนั้น)
  --pass-mark N             เกณฑ์ผ่าน (ค่าเริ่มต้น 85)
  --lang th|en              ภาษาของผลลัพธ์ (ค่าเริ่มต้น th)
  --digits thai|arabic      เลขไทยหรือเลขอารบิก (เลขหน้าท้ายกระดาษของแผ่นงานใน Excel และไฟล์ .xlsx
                            เป็นเลขอารบิกเสมอ เพราะรหัสเลขหน้าของ Excel ไม่มีแบบเลขไทย; เลขหน้าของรายงาน Word เป็นไปตามที่เลือก)
  --sheet NAME              ชื่อแผ่นงานในไฟล์ .xlsx
  --agency NAME             ชื่อหน่วยงาน
  --plan-year พ.ศ.          ปีงบประมาณของแผนมาตรการ (ค่าเริ่มต้น ปีล่าสุด + 1)
  --include-strengths       รวมมาตรการรักษาระดับจุดแข็ง
  --check REPORT.txt        ตรวจตัวเลขที่รายงานระบุไว้เทียบกับคะแนน
  --json                    ผลลัพธ์ JSON หนึ่งออบเจกต์ (รูปแบบใน README)
  -o, --output OUT.xlsx     (report, group) ไฟล์ Excel ที่จะเขียน
  --pdf                     (report, group) พิมพ์ไฟล์ที่เขียนเป็น PDF ด้วย LibreOffice ด้วย
  --docx OUT.docx           (report, group) ไฟล์รายงาน Word (group: เอกสารสรุป) ที่จะเขียน
  --fields FIELDS.json      (report) ข้อมูลบันทึกข้อความ: division, documentNumber, date, addressee,
                            subject, background, preparer {name, position}, reviewers [ไม่เกิน ๔]
  --division, --doc-number, --date ปปปป-ดด-วว, --addressee, --subject, --preparer ชื่อ,
  --preparer-position ตำแหน่ง, --reviewer "ชื่อ|ตำแหน่ง" (ไม่เกิน ๔ ตามลำดับการลงนาม)
                            (report) ระบุทีละช่อง แทนค่าในไฟล์
  --group COLUMN            (group) คอลัมน์ที่ใช้จัดกลุ่มหน่วยงาน (ชื่อหัวคอลัมน์หรือตัวอักษร)

รหัสออก: 0 สำเร็จ, 2 ข้อมูลไม่ถูกต้อง (ระบุเซลล์และปัญหาทาง stderr), 1 ข้อผิดพลาดที่ไม่คาดคิด
`;

export const usage = (lang: Lang): string => (lang === "th" ? TH : EN);
