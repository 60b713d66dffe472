#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
"""Writes the seed corpora of the harnesses of the parse helper's readers and their neighbours
(tests/fuzz/corpus/{mail,docx,docxtext,parsedjson,search,rulepack,csvtable,xlsx}) from texts we wrote. The .msg
seeds need an OLE2 writer and are written by the fuzz_msgseeds program (tests/fuzz/msgseeds.cpp).

Usage: tests/fuzz/make-seeds.py   (from anywhere; rewrites the files, deterministically)
"""
import base64
import io
import json
import pathlib
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RULES = HERE.parent.parent / "resources" / "rules" / "de"

FIRST = "Die Stadtwerke Nordheim haben am 27. Februar 2026 einen Fehler in ihrem Kundenportal bemerkt."
SECOND = ("Rund 1.200 Kundinnen und Kunden konnten für etwa drei Stunden die Rechnungen anderer Kunden sehen. "
          "Die Aufsichtsbehörde wurde am 28. Februar informiert.")


def write(folder, name, data):
    path = CORPUS / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


HEADERS = ("From: Pressestelle Stadtwerke Nordheim <presse@stadtwerke-nordheim.example>\n"
           "To: Redaktion <redaktion@lokalblatt.example>\n"
           "Date: Mon, 2 Mar 2026 09:15:00 +0100\n"
           "MIME-Version: 1.0\n")


def mails():
    write("mail", "plain.eml", crlf(HEADERS + "Subject: Datenpanne im Kundenportal\n"
                                    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                                    + FIRST + "\n\n" + SECOND + "\n"))
    write("mail", "latin1-qp.eml", crlf(HEADERS + "Subject: =?ISO-8859-1?Q?Datenpanne_bei_M=FCller?=\n"
                                        "Content-Type: text/plain; charset=ISO-8859-1; format=flowed\n"
                                        "Content-Transfer-Encoding: quoted-printable\n\n"
                                        "Die Aufsichtsbeh=F6rde wurde am 28. Februar informiert, die Kunden =\n"
                                        "am 1. M=E4rz. \nEin zweiter Satz.\n"))
    write("mail", "alternative.eml", crlf(HEADERS + "Subject: Datenpanne\n"
                                          "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
                                          "--b1\nContent-Type: text/plain; charset=utf-8\n\n" + FIRST + "\n"
                                          "--b1\nContent-Type: text/html; charset=utf-8\n\n"
                                          "<html><body><p>" + FIRST + "</p><p>" + SECOND + "</p></body></html>\n"
                                          "--b1--\n"))
    write("mail", "html-only.eml", crlf(HEADERS + "Subject: Nur HTML\n"
                                        "Content-Type: text/html; charset=windows-1252\n"
                                        "Content-Transfer-Encoding: base64\n\n"
                                        + base64.encodebytes(("<p>" + SECOND + "</p>").encode("cp1252")).decode()))
    forwarded = (HEADERS + "Subject: Datenpanne im Kundenportal\nContent-Type: text/plain; charset=utf-8\n\n"
                 + SECOND + "\n")
    write("mail", "forward.eml", crlf(
        "From: Redakteurin <r@lokalblatt.example>\nDate: Tue, 3 Mar 2026 10:00:00 +0100\nSubject: WG: Datenpanne\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n"
        "--outer\nContent-Type: text/plain; charset=utf-8\n\nZur Info, siehe unten.\n"
        "--outer\nContent-Type: message/rfc822\n\n" + forwarded + "--outer--\n"))
    write("mail", "inline-forward.eml", crlf(
        HEADERS + "Subject: Fwd: Datenpanne\nContent-Type: text/plain; charset=utf-8\n\n"
        "-------- Weitergeleitete Nachricht --------\nBetreff: Datenpanne\nDatum: 2. März 2026\n"
        "Von: Pressestelle <presse@stadtwerke-nordheim.example>\nAn: Redaktion <r@lokalblatt.example>\n\n"
        + FIRST + "\n"))
    write("mail", "attachments.eml", crlf(
        HEADERS + "Subject: Pressemitteilung\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
        "--m\nContent-Type: text/plain; charset=utf-8\n\nAnbei die Mitteilung.\n"
        "--m\nContent-Type: text/plain; charset=utf-8; name=\"mitteilung.txt\"\n"
        "Content-Disposition: attachment; filename=\"../mitteilung.txt\"\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(FIRST.encode()).decode()
        + "--m\nContent-Type: image/png; name=\"logo.png\"\nContent-Disposition: attachment; filename=\"logo.png\"\n"
        "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
        "--m\nContent-Type: application/octet-stream\n"
        "Content-Disposition: attachment; filename*=UTF-8''Bericht%20M%C3%A4rz.html\n\n<p>" + SECOND + "</p>\n"
        "--m--\n"))
    write("mail", "encrypted.eml", crlf(
        HEADERS + "Subject: Vertraulich\nContent-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; "
        "boundary=\"e\"\n\n--e\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n"
        "--e\nContent-Type: application/octet-stream\n\n-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----\n"
        "--e--\n"))
    write("mail", "no-boundary.eml", crlf(HEADERS + "Subject: Kaputt\nContent-Type: multipart/mixed\n\n" + FIRST + "\n"))
    write("mail", "not-a-mail.eml", "Nur ein Satz ohne Kopfzeilen.\n")


def docx(document, core=None, rels=True, extra=()):
    """A Word document as Word writes its smallest form: content types, the package relationships, the
    main part and (optionally) the core properties."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [
            ("[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>'),
        ] + ([("_rels/.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'officeDocument" Target="word/document.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
               'core-properties" Target="docProps/core.xml"/></Relationships>')] if rels else []) \
                + [("word/document.xml", document)] + ([("docProps/core.xml", core)] if core else []) + list(extra):
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def body(inner):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{inner}</w:body></w:document>'


def para(text, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Datenpanne im Kundenportal</dc:title><dc:creator>Pressestelle</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:15:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03</dcterms:modified></cp:coreProperties>')

DOCUMENTS = {
    "paragraphs": body(para("Datenpanne im Kundenportal", "Title") + para(FIRST) + para(SECOND)),
    "headings-lists": body(para("Was geschah", "Heading1") + para(FIRST, "ListParagraph")
                           + '<w:p><w:r><w:t>Zeile</w:t><w:br/><w:t>zwei</w:t><w:tab/><w:t>Tab</w:t></w:r></w:p>'),
    "table": body('<w:tbl><w:tr><w:tc>' + para("Betroffene") + '</w:tc><w:tc>' + para("1.200") + para("Kunden")
                  + '</w:tc></w:tr><w:tr><w:tc><w:tbl><w:tr><w:tc>' + para("innen") + '</w:tc></w:tr></w:tbl>'
                  '</w:tc><w:tc/></w:tr></w:tbl>' + para(SECOND)),
    "tracked-fields": body('<w:p><w:r><w:t>Es waren </w:t></w:r><w:del><w:r><w:delText>500</w:delText></w:r></w:del>'
                           '<w:ins><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                           '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                           '</w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'),
    "textbox": body('<w:p><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent '
                    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">'
                    '<w:drawing><w:txbxContent>' + para("Im Kasten") + '</w:txbxContent></w:drawing></mc:Choice>'
                    '<mc:Fallback><w:pict>' + para("Kopie") + '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
                    '</w:p>'),
    "entities": '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                f'<w:document {W}><w:body><w:p><w:r><w:t>&b;&amp;&#x2013;</w:t></w:r></w:p></w:body></w:document>',
    "broken": f'<w:document {W}><w:body><w:p><w:r><w:t>offen',
}


def docx_files():
    for name, document in DOCUMENTS.items():
        write("docxtext", name + ".xml", document)
    write("docxtext", "core.xml", CORE)
    write("docx", "paragraphs.docx", docx(DOCUMENTS["paragraphs"], CORE))
    write("docx", "table.docx", docx(DOCUMENTS["table"]))
    write("docx", "no-rels.docx", docx(DOCUMENTS["headings-lists"], CORE, rels=False))
    write("docx", "broken-xml.docx", docx(DOCUMENTS["broken"]))
    write("docx", "no-document.docx", docx("", extra=()).replace(b"word/document.xml", b"word/dokument.xml"))
    write("docx", "not-a-zip.docx", "PK\x03\x04 kein Zip")


def parsed_json():
    write("parsedjson", "pdf.json", json.dumps({
        "format": "pdf", "title": "Datenpanne", "author": "Pressestelle", "published": "2026-03-02",
        "text": FIRST + "\n\n" + SECOND, "page_starts": [0, len(FIRST) + 2]}, ensure_ascii=False))
    write("parsedjson", "mail.json", json.dumps({
        "format": "eml", "title": "Datenpanne", "text": FIRST, "page_starts": [],
        "attachments": [{"name": "mitteilung.pdf", "content_type": "application/pdf", "size": 1234,
                         "file": "attachment-1.pdf"},
                        {"name": "x", "content_type": "text/html", "size": 5, "file": "../escape.html"}]}))
    write("parsedjson", "error.json", '{"error":"the mail is encrypted (PGP/MIME)"}')
    write("parsedjson", "bad-pages.json", '{"text":"abc","page_starts":[0,5,2]}')
    write("parsedjson", "wrong-types.json", '{"text":7,"page_starts":"0","attachments":{"file":1}}')


def search():
    for name, query in {
        "words": "Kund Rechnungen", "prefix": "Kund*", "phrase": '"fremde" Rechnungen',
        "syntax": "NEAR(Kunden Rechnungen, 2) AND NOT col:value ^Die", "symbols": "Müller & Söhne \"GmbH\" 100% a_b \\",
        "trigram": "stadtwerke nord", "dashes": "Kunden-Nr. -4711 :-)",
    }.items():
        write("search", name + ".txt", query)


def rulepack():
    # The first byte picks the file (by index in the folder's sorted listing), the rest replaces it.
    files = sorted(p.name for p in RULES.iterdir() if p.is_file())
    for name in ["norm-settings.tsv", "norm-months.tsv", "norm-number-words.tsv", "norm-scales.tsv",
                 "negation-cues.tsv", "organization-suffixes.tsv", "abbreviations.tsv", "norm-time-words.tsv"]:
        write("rulepack", name, bytes([files.index(name)]) + (RULES / name).read_bytes())
    write("rulepack", "regex-entry.tsv", bytes([files.index("negation-cues.tsv")]) + b"(a+)+$\tpre\n[x\tpost\n")


def csv_files():
    """Registers as spreadsheets save them, written for the seeds."""
    write("csvtable", "excel-german.csv",
          "\ufeffNr.;Kenntnis erlangt;Beschreibung;Betroffene\r\n"
          "1;15.01.2026 14:30;\"Fehlversand; Liste an falsche Gruppe\";ca. 1.200\r\n"
          "2;03.02.2026;\"Mehrzeilig:\r\nzweite Zeile mit \"\"Zitat\"\"\";250 000\r\n\r\n")
    write("csvtable", "comma.csv", "no,date,description\n1,2026-01-15,\"a, b\"\n2,,\n")
    write("csvtable", "tabs.tsv", "Nr.\tDatum\tArt\n1\t15.01.2026\tVertraulichkeit\n")
    write("csvtable", "ragged.csv", "a;b;c\n1\n1;2;3;4;5\n\"open quote;never closed\n")


def xlsx(sheet, strings=None, styles=None, rels=True):
    """An Excel workbook in its smallest form: the workbook, its relationships, the first sheet, and
    (optionally) shared strings and styles."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = [("[Content_Types].xml",
              '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
              'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
             ("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} {rel}><sheets>'
                                 '<sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>'),
             ("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {ns}><sheetData>{sheet}</sheetData>'
                                          '</worksheet>')]
    if rels:
        parts.append(("xl/_rels/workbook.xml.rels",
                      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                      'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                      'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                      '</Relationships>'))
    if strings is not None:
        items = "".join(f"<si><t>{text}</t></si>" for text in strings)
        parts.append(("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {ns}>{items}</sst>'))
    if styles is not None:
        parts.append(("xl/styles.xml", f'<?xml version="1.0"?><styleSheet {ns}>{styles}</styleSheet>'))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def xlsx_files():
    strings = ["Kenntnis erlangt", "Beschreibung", "Betroffene", "Fehlversand an falsche Gruppe"]
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy hh:mm"/></numFmts>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>')
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" s="1"><v>46037.6041666667</v></c><c r="B2" t="s"><v>3</v></c>'
            '<c r="C2"><v>1200</v></c></row>'
            '<row r="3"><c r="A3" t="inlineStr"><is><t>03.02.2026</t></is></c><c r="B3" t="b"><v>1</v></c>'
            '<c r="C3"><f>C2*2</f><v>2400</v></c></row>')
    write("xlsx", "register.xlsx", xlsx(rows, strings, styles))
    write("xlsx", "no-relationships.xlsx", xlsx(rows, strings, styles, rels=False))
    write("xlsx", "no-shared-strings.xlsx", xlsx('<row r="1"><c r="A1" t="s"><v>7</v></c><c r="Z9"><v>x</v></c></row>'))
    write("xlsx", "empty-sheet.xlsx", xlsx(""))
    write("xlsx", "broken-xml.xlsx", xlsx('<row r="1"><c r="A1"><v>1</v></row>', strings))


if __name__ == "__main__":
    mails()
    docx_files()
    parsed_json()
    search()
    rulepack()
    csv_files()
    xlsx_files()
